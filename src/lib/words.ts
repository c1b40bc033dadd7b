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
import { completionLevels, decisionOutcomes, meetingStatuses, planStatuses } from '../schemas/vocabularies.ts';

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

/** A status as a tag shows it: its words and its colour. */
export interface Tag {
  label: string;
  tone: Tone;
}

const planTones = { 'co-creation': 'in-progress', implementation: 'in-progress', completed: 'complete' } as const;
const completionTones = { 'not-started': 'upcoming', limited: 'in-progress', substantial: 'in-progress', complete: 'complete' } as const;
const meetingTones = { scheduled: 'upcoming', held: 'complete', cancelled: 'overdue', postponed: 'overdue' } as const;
const decisionTones = { adopted: 'complete', rejected: 'overdue', deferred: 'upcoming' } as const;
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
  /** What the forum did with a proposal. */
  decision: (outcome: keyof typeof decisionOutcomes): Tag => ({ label: decisionOutcomes[outcome], tone: decisionTones[outcome] }),
  /** What a commit did to a record. */
  change: (kind: keyof typeof changeTags): Tag => changeTags[kind],
};
