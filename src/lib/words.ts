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
import { wordsIn, type Noun, type Words } from './i18n/words.ts';
import { defaultLanguage } from './i18n/languages.ts';
import type { completionLevels, consultationStates, dataRequestStatuses, decisionOutcomes, evidenceStates, inputOutcomes, irmCompletionLevels, meetingStatuses, planStatuses, reuseTypes } from '../schemas/vocabularies.ts';

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
export function rangeInWords(t: Words, { first, last, total }: { first: number; last: number; total: number }, noun: Noun): string {
  const p = t.words.pagination;
  if (!total) return p.none(noun.other);
  if (first === 1 && last === total) return t.count(total, noun);
  return p.range(t.number(first), t.number(last), t.count(total, noun));
}

/** What a record that names no district covers. */
export const nationwide = 'Nationwide';

/** A record's districts on a line of facts: `Cayo, Toledo`, or `Nationwide` when it names none. */
export function districtsInWords(names: string[]): string {
  return names.length ? names.join(', ') : nationwide;
}

/** What touches a district, in the words of `t`: `7 commitments, 1 meeting and 6 datasets`. */
export function countsIn(t: Words, { commitments, meetings, datasets }: { commitments: number; meetings: number; datasets: number }): string {
  const { nouns } = t.words.common;
  return t.list([t.count(commitments, nouns.commitment), t.count(meetings, nouns.meeting), t.count(datasets, nouns.dataset)]);
}

/** What touches a district, in English, for the files every language shares (share cards): `7 commitments, 1 meeting and 6 datasets`. */
export function countsInWords(counts: { commitments: number; meetings: number; datasets: number }): string {
  return countsIn(wordsIn(defaultLanguage), counts);
}

/** How much a text changed, from its line diff's counts: `3 lines added, 1 line removed`. */
export function linesChanged({ added, removed }: { added: number; removed: number }): string {
  const parts = [added && `${count(added, 'line', 'lines')} added`, removed && `${count(removed, 'line', 'lines')} removed`].filter(Boolean);
  // Both zero: the texts differ only in line endings or a final newline.
  return parts.length ? parts.join(', ') : 'changed';
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
const changeTones = { added: 'complete', changed: 'in-progress', removed: 'overdue' } as const;

/** Status tags in a language: labels from its dictionary's vocabularies, with the colour each status takes everywhere. */
export function tagsIn(t: Words) {
  const v = t.words.vocabularies;
  return {
    /** Where an action plan is in its life cycle. */
    plan: (status: keyof typeof planStatuses): Tag => ({ label: v.planStatuses[status], tone: planTones[status] }),
    /** A commitment's OGP completion level. */
    completion: (level: keyof typeof completionLevels): Tag => ({ label: v.completionLevels[level], tone: completionTones[level] }),
    /** Whether a meeting took place. */
    meeting: (status: keyof typeof meetingStatuses): Tag => ({ label: v.meetingStatuses[status], tone: meetingTones[status] }),
    /** Completion as the IRM or civil society assessed it (the IRM's scale). */
    irmCompletion: (level: keyof typeof irmCompletionLevels): Tag => ({ label: v.irmCompletionLevels[level], tone: irmTones[level] }),
    /** What the forum did with a proposal. */
    decision: (outcome: keyof typeof decisionOutcomes): Tag => ({ label: v.decisionOutcomes[outcome], tone: decisionTones[outcome] }),
    /** Where a consultation stands on the build date. */
    consultation: (state: keyof typeof consultationStates): Tag => ({ label: v.consultationStates[state], tone: consultationTones[state] }),
    /** What became of a piece of public input (the reasoned response). */
    outcome: (outcome: keyof typeof inputOutcomes): Tag => ({ label: v.inputOutcomes[outcome], tone: outcomeTones[outcome] }),
    /** What the OGP evidence page says of a requirement. */
    evidence: (state: keyof typeof evidenceStates): Tag => ({ label: v.evidenceStates[state], tone: evidenceTones[state] }),
    /** What a commit did to a record. */
    change: (kind: keyof typeof changeTones): Tag => ({ label: t.words.common.changeKinds[kind], tone: changeTones[kind] }),
    /** Where a data request stands. */
    dataRequest: (status: keyof typeof dataRequestStatuses): Tag => ({ label: v.dataRequestStatuses[status], tone: dataRequestTones[status] }),
    /** What kind of thing a reuse is: a type, not a status, so one colour of its own. */
    reuse: (type: keyof typeof reuseTypes): { label: string; tone: TagTone } => ({ label: v.reuseTypes[type].label, tone: 'reuse' }),
  };
}

/** Status tags in English, for code not yet given a page's language. */
export const tags = tagsIn(wordsIn(defaultLanguage));

/** `14 milestones: 5 complete, 6 on time, 2 overdue`: each count with its words, zeros left out (but always the first). */
export function tallyInWords(t: Words, total: number, noun: Noun, parts: [count: number, words: Noun][]): string {
  const shown = parts.filter(([count], index) => count > 0 || index === 0);
  return `${t.count(total, noun)}${shown.length && total ? `: ${shown.map(([count, words]) => t.count(count, words)).join(', ')}` : ''}`;
}

/** `moved 2 times`, `moved once`: a verb from the dictionary and how often. */
export function timesInWords(t: Words, n: number, verb: string): string {
  return `${verb} ${t.words.common.times(n)}`;
}
