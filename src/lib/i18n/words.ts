/**
 * The words of one language, ready to use: the dictionary, and counts, lists, numbers and dates
 * through `Intl` in that language's locale. A page gets its `Words` from `Astro.locals.t` (set by
 * src/middleware.ts from its URL); library code that writes text takes a `Words` argument.
 */
import { languages, type Language } from './languages.ts';
import type { Dictionary } from './dictionaries/en/index.ts';
import type { Noun } from './dictionaries/en/common.ts';

export type { Dictionary } from './dictionaries/en/index.ts';
export type { Noun } from './dictionaries/en/common.ts';

/** One language's words and formats. */
export interface Words {
  lang: Language;
  /** The `Intl` locale. */
  intl: string;
  /** Every string of the interface. */
  words: Dictionary;
  /** The form of a noun that goes with `n`: `plural(1, nouns.district)` → `district`. */
  plural(n: number, noun: Noun): string;
  /** A number and its noun: `1 meeting`, `12,400 rows`. */
  count(n: number, noun: Noun): string;
  /** A list as a sentence says it: `Toledo, Stann Creek and Cayo`. */
  list(items: string[]): string;
  /** A number as readers write it: `12,400`. */
  number(n: number): string;
  /** `2027-03-31` → `31 March 2027`. */
  date(iso: string): string;
  /** `2027-01-21` → `Thursday 21 January 2027`. */
  day(iso: string): string;
  /** `2027-03` (or a full date) → `March 2027`. */
  month(iso: string): string;
  /** `1 January 2026 to 30 June 2028`, or `from 1 January 2026`. */
  period(start: string, end?: string): string;
  /** A duration in the largest unit that reads well: `12 days`, `3 months`, `1 year`. */
  duration(days: number): string;
  /** A record's districts on a line of facts, or "Nationwide". */
  districts(names: string[]): string;
  /** `3 lines added, 1 line removed`. */
  linesChanged(counts: { added: number; removed: number }): string;
}

const cache = new Map<Language, Words>();

/** The words of `lang` (made once per language). */
export function wordsIn(lang: Language): Words {
  const cached = cache.get(lang);
  if (cached) return cached;
  const { intl, dictionary } = languages[lang];
  const plurals = new Intl.PluralRules(intl);
  const numbers = new Intl.NumberFormat(intl);
  const lists = new Intl.ListFormat(intl, { type: 'conjunction' });
  const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intl, { ...options, timeZone: 'UTC' });
  const dates = utc({ day: 'numeric', month: 'long', year: 'numeric' });
  const weekdays = utc({ weekday: 'long' });
  const months = utc({ month: 'long', year: 'numeric' });
  // Content dates are `YYYY-MM-DD`: read at midnight UTC and written in UTC, whatever the machine's zone.
  const at = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso.slice(0, 10)}T00:00:00Z`);
  const { nouns } = dictionary.common;
  const words: Words = {
    lang,
    intl,
    words: dictionary,
    plural: (n, noun) => (plurals.select(n) === 'one' ? noun.one : noun.other),
    count: (n, noun) => `${numbers.format(n)} ${words.plural(n, noun)}`,
    list: (items) => lists.format(items),
    number: (n) => numbers.format(n),
    date: (iso) => dates.format(at(iso)),
    // The weekday before the date, without the comma some locales add (`Thursday 21 January 2027`).
    day: (iso) => `${weekdays.format(at(iso))} ${dates.format(at(iso))}`,
    month: (iso) => months.format(at(iso)),
    period: (start, end) => (end ? dictionary.common.period(words.date(start), words.date(end)) : dictionary.common.from(words.date(start))),
    duration: (n) => {
      if (n < 45) return words.count(n, nouns.day);
      if (n < 365) return words.count(Math.round(n / 30.44), nouns.month);
      return words.count(Math.floor(n / 365.25), nouns.year);
    },
    districts: (names) => (names.length ? names.join(', ') : dictionary.common.nationwide),
    linesChanged: ({ added, removed }) => {
      const parts = [added && dictionary.common.added(words.count(added, nouns.line)), removed && dictionary.common.removed(words.count(removed, nouns.line))].filter(Boolean);
      // Both zero: the texts differ only in line endings or a final newline.
      return parts.length ? parts.join(', ') : dictionary.common.changed;
    },
  };
  cache.set(lang, words);
  return words;
}
