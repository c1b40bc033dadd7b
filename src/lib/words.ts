/**
 * The site's recurring words, in one place: counts, lists, "Nationwide", how much a text changed,
 * and status tags with their colours. Pages, feeds, the editor's previews and the search script
 * (this file is pure, so it is also bundled for the browser) read them from here.
 *
 * Written for a second language: plurals go through `Intl.PluralRules` with every form spelt out
 * by the caller (`count(3, 'activity', 'activities')`, never an appended "s"), lists through
 * `Intl.ListFormat`, numbers through `Intl.NumberFormat`. A translation then swaps `locale` and
 * the phrases below, and callers stay as they are.
 */
import { completionLevels, consultationStates, dataRequestStatuses, decisionOutcomes, evidenceStates, inputOutcomes, irmCompletionLevels, meetingStatuses, planStatuses, reuseTypes } from '../schemas/vocabularies.ts';

/**
 * British English: "31 March 2027" and "Toledo, Stann Creek and Cayo" (no serial comma), as
 * Belize's government writes; plural rules and digits are the same as in any English.
 */
const locale = 'en-GB';
const pluralRules = new Intl.PluralRules(locale);
const numbers = new Intl.NumberFormat(locale);
const conjunction = new Intl.ListFormat(locale, { type: 'conjunction' });

/** A number as readers write it: `12,400`. */
function formatNumber(n: number): string {
  return numbers.format(n);
}

/** The form of a word that goes with `n`: `plural(1, 'district', 'districts')` → `district`. */
export function plural(n: number, one: string, other: string): string {
  return pluralRules.select(n) === 'one' ? one : other;
}

/** A number and the word that goes with it: `1 meeting`, `3 activities`, `12,400 rows`. */
export function count(n: number, one: string, other: string): string {
  return `${formatNumber(n)} ${plural(n, one, other)}`;
}

/** A list as a sentence says it: `Toledo`, `Toledo and Cayo`, `Toledo, Stann Creek and Cayo`. */
export function listInWords(items: string[]): string {
  return conjunction.format(items);
}

/** Where a page of a list stands in it: `21 to 40 of 312 meetings`, `1 of 1 meeting`, `No meetings`. */
export function rangeInWords({ first, last, total }: { first: number; last: number; total: number }, one: string, other: string): string {
  if (!total) return `No ${other}`;
  if (first === 1 && last === total) return count(total, one, other);
  return `${formatNumber(first)} to ${formatNumber(last)} of ${count(total, one, other)}`;
}

/** What a record that names no district covers. */
export const nationwide = 'Nationwide';

/** A record's districts on a line of facts: `Cayo, Toledo`, or `Nationwide` when it names none. */
export function districtsInWords(names: string[]): string {
  return names.length ? names.join(', ') : nationwide;
}

/** What touches a district, in words: `7 commitments, 1 meeting and 6 datasets`. */
export function countsInWords({ commitments, meetings, datasets }: { commitments: number; meetings: number; datasets: number }): string {
  return listInWords([count(commitments, 'commitment', 'commitments'), count(meetings, 'meeting', 'meetings'), count(datasets, 'dataset', 'datasets')]);
}

/** How much a text changed, from its line diff's counts: `3 lines added, 1 line removed`. */
export function linesChanged({ added, removed }: { added: number; removed: number }): string {
  const parts = [added && `${count(added, 'line', 'lines')} added`, removed && `${count(removed, 'line', 'lines')} removed`].filter(Boolean);
  // Both zero: the texts differ only in line endings or a final newline.
  return parts.length ? parts.join(', ') : 'changed';
}

/** GeoJSON geometry types in words, one and other: `3 points`, `1 multi-polygon`. */
const geometryNames: Record<string, [string, string]> = {
  Point: ['point', 'points'],
  MultiPoint: ['multi-point', 'multi-points'],
  LineString: ['line', 'lines'],
  MultiLineString: ['multi-line', 'multi-lines'],
  Polygon: ['polygon', 'polygons'],
  MultiPolygon: ['multi-polygon', 'multi-polygons'],
  GeometryCollection: ['geometry collection', 'geometry collections'],
};

/** How many geometries of a GeoJSON type: `12 points`. */
export function geometriesInWords(type: string, n: number): string {
  const [one, other] = geometryNames[type] ?? [`${type} geometry`, `${type} geometries`];
  return count(n, one, other);
}

/** The colours a status tag can take. The words carry the meaning; the colour only repeats them. */
export type Tone = 'complete' | 'in-progress' | 'overdue' | 'unfinished' | 'upcoming';

/** A tag's colour: a status's, or `reuse` for a reuse's type, which is a kind of thing, not a status. */
export type TagTone = Tone | 'reuse';

/** A status as a tag shows it: its words and its colour. */
export interface Tag {
  label: string;
  tone: Tone;
}

const planTones = { 'co-creation': 'in-progress', implementation: 'in-progress', completed: 'complete' } as const;
const completionTones = { 'not-started': 'upcoming', limited: 'in-progress', substantial: 'in-progress', complete: 'complete' } as const;
const meetingTones = { scheduled: 'upcoming', held: 'complete', cancelled: 'overdue', postponed: 'overdue' } as const;
const irmTones = { 'no-evidence': 'upcoming', 'not-started': 'upcoming', limited: 'in-progress', substantial: 'in-progress', complete: 'complete' } as const;
const decisionTones = { adopted: 'complete', rejected: 'overdue', deferred: 'upcoming' } as const;
const dataRequestTones = { received: 'upcoming', 'under-review': 'in-progress', planned: 'in-progress', published: 'complete', declined: 'unfinished' } as const;
const consultationTones = { upcoming: 'upcoming', open: 'in-progress', closed: 'unfinished', 'response-published': 'complete' } as const;
const outcomeTones = { adopted: 'complete', 'partly-adopted': 'in-progress', merged: 'in-progress', 'not-adopted': 'upcoming', 'out-of-scope': 'upcoming', pending: 'unfinished' } as const;
const evidenceTones = { met: 'complete', 'not-met': 'overdue', 'not-yet-due': 'upcoming', unavailable: 'upcoming' } as const;
const changeTags = {
  added: { label: 'Added', tone: 'complete' },
  changed: { label: 'Changed', tone: 'in-progress' },
  removed: { label: 'Removed', tone: 'overdue' },
} as const satisfies Record<string, Tag>;

/** Status tags: labels from the vocabularies, with the colour each status takes everywhere. */
export const tags = {
  /** Where an action plan is in its life cycle. */
  plan: (status: keyof typeof planStatuses): Tag => ({ label: planStatuses[status], tone: planTones[status] }),
  /** A commitment's OGP completion level. */
  completion: (level: keyof typeof completionLevels): Tag => ({ label: completionLevels[level], tone: completionTones[level] }),
  /** Whether a meeting took place. */
  meeting: (status: keyof typeof meetingStatuses): Tag => ({ label: meetingStatuses[status], tone: meetingTones[status] }),
  /** Completion as the IRM or civil society assessed it (the IRM's scale). */
  irmCompletion: (level: keyof typeof irmCompletionLevels): Tag => ({ label: irmCompletionLevels[level], tone: irmTones[level] }),
  /** What the forum did with a proposal. */
  decision: (outcome: keyof typeof decisionOutcomes): Tag => ({ label: decisionOutcomes[outcome], tone: decisionTones[outcome] }),
  /** Where a consultation stands on the build date. */
  consultation: (state: keyof typeof consultationStates): Tag => ({ label: consultationStates[state], tone: consultationTones[state] }),
  /** What became of a piece of public input (the reasoned response). */
  outcome: (outcome: keyof typeof inputOutcomes): Tag => ({ label: inputOutcomes[outcome], tone: outcomeTones[outcome] }),
  /** What the OGP evidence page says of a requirement. */
  evidence: (state: keyof typeof evidenceStates): Tag => ({ label: evidenceStates[state], tone: evidenceTones[state] }),
  /** What a commit did to a record. */
  change: (kind: keyof typeof changeTags): Tag => changeTags[kind],
  /** Where a data request stands. */
  dataRequest: (status: keyof typeof dataRequestStatuses): Tag => ({ label: dataRequestStatuses[status].label, tone: dataRequestTones[status] }),
  /** What kind of thing a reuse is: a type, not a status, so one colour of its own. */
  reuse: (type: keyof typeof reuseTypes): { label: string; tone: TagTone } => ({ label: reuseTypes[type].label, tone: 'reuse' }),
};

/** `14 milestones: 5 complete, 6 on time, 2 overdue`: each count with its words, zeros left out (but always the first). */
export function tallyInWords(total: number, [one, other]: [string, string], parts: [count: number, words: string][]): string {
  const shown = parts.filter(([count], index) => count > 0 || index === 0);
  return `${count(total, one, other)}${shown.length && total ? `: ${shown.map(([count, words]) => `${count} ${words.toLowerCase()}`).join(', ')}` : ''}`;
}

/** `moved 2 times`, `moved once`. */
export function timesInWords(n: number, verb: string): string {
  return `${verb} ${n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`}`;
}

/** The sentences of calendar events (src/lib/calendar/), kept here with the site's other words. */
export const calendarWords = {
  online: 'Online',
  alsoOnline: ' (also online)',
  summaryPrefix: { scheduled: '', held: '', cancelled: 'Cancelled: ', postponed: 'Postponed: ' },
  status: { scheduled: '', held: '', cancelled: 'This meeting is cancelled.', postponed: 'This meeting is postponed: a new date will be announced on the site.' },
  meetingOf: (kind: string) => `${kind} of the Open Government Coordination Mechanism.`,
  startsAt: (time: string) => `Starts at ${time}, Belize time.`,
  agenda: (items: string[]) => `Agenda: ${items.map((item, i) => `${i + 1}. ${item}`).join(' ')}`,
  deadline: (code: string, title: string) => `Deadline ${code}: ${title}`,
  milestoneOf: (number: number, code: string, title: string) => `Milestone ${number} of ${code}: ${title}.`,
  ledBy: (name: string) => `Led by ${name}.`,
  standing: (state: string, completed: string | undefined, level: string) => `Where it stands: ${state}${completed ? `, completed ${completed}` : ''}. The commitment: ${level}.`,
  rescheduled: (original: string) => `Rescheduled: first due ${original}.`,
  consultation: (title: string) => `Consultation open for input: ${title}`,
  consultationOf: (kind: string, period: string) => `${kind}: anyone may give input, ${period}.`,
} as const;
