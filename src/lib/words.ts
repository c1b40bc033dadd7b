/** Numbers and lists in words, for captions, titles and popups (pure: also bundled for the browser). */

/** `1 meeting`, `2 meetings`; `2 entries` with the plural given. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** `Toledo and Stann Creek`; `Toledo, Stann Creek, and Cayo`. */
export function listInWords(words: string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(words);
}

/** What touches a district, in words: `7 commitments, 1 meeting and 6 datasets`. */
export function countsInWords({ commitments, meetings, datasets }: { commitments: number; meetings: number; datasets: number }): string {
  return `${plural(commitments, 'commitment')}, ${plural(meetings, 'meeting')} and ${plural(datasets, 'dataset')}`;
}
