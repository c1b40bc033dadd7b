/**
 * The ids a plain page (served at `/<id>/`) may not take, because the site already serves that
 * address: read from the routes themselves, so a new section is reserved the day its folder is
 * added to src/pages/.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { builtFolders } from '../urls.ts';
import { defaultLanguage, languageCodes } from '../i18n/languages.ts';

/** Where Astro's routes live, relative to the project root (builds, tests and checks run there). */
const pagesDir = 'src/pages';

/** File extensions Astro turns into routes: pages and endpoints (`build.json.ts` serves `/build.json`). */
const routeExtension = /\.(astro|md|mdx|html|ts|js)$/;

/**
 * The first segment of every route in `dir`, the folders the build adds (`/files/`, `/admin/`,
 * `/pagefind/`) and the languages' folders (`/es/`). A rest parameter may match nothing, so `[...record]/history.astro` serves
 * `/history/` and reserves `history`; a single parameter (`[page].astro`) reserves nothing.
 */
export function reservedIds(dir: string = pagesDir): string[] {
  const ids = new Set(builtFolders.map((url) => url.replaceAll('/', '')));
  // Each other language's pages live under `/<code>/`.
  for (const lang of languageCodes) if (lang !== defaultLanguage) ids.add(lang);
  for (const file of routeFiles(dir)) {
    const segments = relative(dir, file).replace(routeExtension, '').split(sep).filter((segment) => segment !== 'index');
    const first = segments.find((segment) => !/^\[\.\.\..+\]$/.test(segment));
    if (first && !first.includes('[')) ids.add(first);
  }
  return [...ids].sort();
}

/** Files in `dir` that Astro makes routes of: not those whose names start with `_`. */
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return routeExtension.test(entry.name) ? [path] : [];
  });
}

/** The ids no plain page may take on this site. */
export const reservedPageIds: readonly string[] = reservedIds();
