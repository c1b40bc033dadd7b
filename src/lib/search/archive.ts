/**
 * The search's archive (issue #15). Every first query downloads Pagefind's metadata, a few bytes
 * for each page in the index, and index chunks that grow with the pages that hold the word: at ten
 * thousand records, searching everything cost the first query 211 KB. So the index the search
 * page loads holds the recent records, and commitments, meetings, datasets and action plans
 * older than `recentYears` go to a second index, the archive, which the reader adds with one
 * tick (Pagefind's mergeIndex). Organizations, districts and plain pages are never archived.
 */

/** Years the first search covers; a third of a generated ten-year archive at ten thousand records. */
export const recentYears = 5;

/** The collections whose records go to the archive with age (a page's facets' `kind`, src/lib/search/facets.ts: the same in every language). */
const archivable = new Set(['commitments', 'meetings', 'datasets', 'action-plans']);

/** The first day the first search covers, `recentYears` before `today` (YYYY-MM-DD): `2021-11-27` for 27 November 2026. */
export function archiveCutoff(today: string): string {
  return `${Number(today.slice(0, 4)) - recentYears}${today.slice(4)}`;
}

/** Whether a page of this collection (its search facets' `kind`) and date (their date) is in the archive. */
export function inArchive(kind: string, date: string, today: string): boolean {
  return archivable.has(kind) && date < archiveCutoff(today);
}
