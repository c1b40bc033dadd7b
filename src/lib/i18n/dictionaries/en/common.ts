/** Words every part of the site uses: countable nouns, lists, districts, how much a text changed. */

/** A countable noun in each plural form the language has (`Intl.PluralRules` picks one). */
export interface Noun { one: string; other: string }

const noun = (one: string, other: string): Noun => ({ one, other });

export const common = {
  nouns: {
    commitment: noun('commitment', 'commitments'),
    meeting: noun('meeting', 'meetings'),
    dataset: noun('dataset', 'datasets'),
    milestone: noun('milestone', 'milestones'),
    organization: noun('organization', 'organizations'),
    district: noun('district', 'districts'),
    consultation: noun('consultation', 'consultations'),
    reuse: noun('reuse', 'reuses'),
    dataRequest: noun('data request', 'data requests'),
    challenge: noun('challenge', 'challenges'),
    plan: noun('action plan', 'action plans'),
    page: noun('page', 'pages'),
    change: noun('change', 'changes'),
    line: noun('line', 'lines'),
    row: noun('row', 'rows'),
    result: noun('result', 'results'),
    day: noun('day', 'days'),
    month: noun('month', 'months'),
    year: noun('year', 'years'),
    activity: noun('activity', 'activities'),
    place: noun('place', 'places'),
    piece: noun('piece of input', 'pieces of input'),
  },
  /** What a record that names no district covers. */
  nationwide: 'Nationwide',
  /** A Markdown task list's checkboxes, for screen readers. */
  tasks: { done: 'Done', notDone: 'Not done' },
  /** `3 lines added`, `1 line removed`; `changed` when only line endings differ. */
  added: (lines: string) => `${lines} added`,
  removed: (lines: string) => `${lines} removed`,
  changed: 'changed',
  /** `1 January 2026 to 30 June 2028`, `from 1 January 2026`. */
  period: (start: string, end: string) => `${start} to ${end}`,
  from: (start: string) => `from ${start}`,
  /** `moved once`, `moved twice`, `moved 3 times`. */
  times: (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`),
  /** What a commit did to a record. */
  changeKinds: { added: 'Added', changed: 'Changed', removed: 'Removed' },
};
