/** Numbers and lists in words, for captions, titles and popups (pure: also bundled for the browser). */

/** `1 meeting`, `2 meetings`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `Toledo and Stann Creek`; `Toledo, Stann Creek, and Cayo`. */
export function listInWords(words: string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(words);
}

/** What touches a district, in words: `7 commitments, 1 meeting and 6 datasets`. */
export function countsInWords({ commitments, meetings, datasets }: { commitments: number; meetings: number; datasets: number }): string {
  return `${plural(commitments, 'commitment')}, ${plural(meetings, 'meeting')} and ${plural(datasets, 'dataset')}`;
}


/** `14 milestones: 5 complete, 6 on time, 2 overdue`: each count with its words, zeros left out (but always the first). */
export function tallyInWords(total: number, noun: string, parts: [count: number, words: string][]): string {
  const shown = parts.filter(([count], index) => count > 0 || index === 0);
  return `${plural(total, noun)}${shown.length && total ? `: ${shown.map(([count, words]) => `${count} ${words.toLowerCase()}`).join(', ')}` : ''}`;
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
} as const;
