/** The pages a browser test visits: every URL of the built sitemap, plus the 404 page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './dist.ts';
import { contentDir } from '../../src/lib/paths.ts';
import { defaultLanguage } from '../../src/lib/i18n/languages.ts';
import { languageOfPath, neutralPath } from '../../src/lib/i18n/routes.ts';

/** The `<loc>` URLs of a sitemap file in dist/. */
function locs(file: string): string[] {
  return [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
}

/** Every page of the sitemap as a site path (`/commitments/x/`), in sitemap order. */
export function sitemapPaths(): string[] {
  return locs('sitemap-index.xml')
    .flatMap((sitemap) => locs(new URL(sitemap).pathname))
    .map((url) => new URL(url).pathname);
}

/** The pages each action plan has besides its own, each a page type of its own. */
const planPages = ['dashboard', 'timeline', 'print'];

/** Collections whose every record has a page of its own, built from its own file. */
const recordCollections = ['action-plans', 'commitments', 'meetings', 'datasets', 'organizations', 'districts', 'reuses', 'data-requests', 'challenges', 'consultations'];

/** The page type of a path, for reports: the collection, with index, listing and history pages apart. */
export function pageType(path: string): string {
  const lang = languageOfPath(path);
  const type = pageTypeInEnglish(neutralPath(path));
  return lang === defaultLanguage ? type : `${type} (${lang})`;
}

/** The page type of a path in the default language. */
function pageTypeInEnglish(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts[0] === '404.html' || parts[0] === '404') return '404';
  if (parts.at(-1) === 'history') return 'history';
  if (parts.at(-1) === 'poster') return 'poster';
  if (parts[0] === 'action-plans' && parts.length === 3 && planPages.includes(parts[2])) return `plan ${parts[2]}`;
  if (parts.length === 1) return [...recordCollections, 'search', 'map', 'changes'].includes(parts[0]) ? `${parts[0]} index` : 'plain page';
  if (parts.length === 2 && recordCollections.includes(parts[0])) return parts[0];
  return `${parts[0]} listing`;
}

/**
 * The pages browser tests visit, to keep them fast on two cores: every page built from its own
 * file (records, plain pages) and every index, plus the first two of each generated family
 * (a record type's history pages, the changes pages, the catalogue's facet pages, a list's later
 * pages, a district's or organization's whole lists), which share one template and differ only
 * in generated data; in other languages, one page of each type. Static checks (links,
 * html-validate) still read every page.
 */
export function browserPaths(paths = [...sitemapPaths(), '/404.html', '/es/404/']): string[] {
  const seen = new Map<string, number>();
  // Another language's pages share every template with the default language's: one of each type,
  // a translated record's where there is one (its longer text is the harder test of a layout).
  const others = paths.filter((path) => languageOfPath(path) !== defaultLanguage);
  const translated = onePerType([...others.filter(isTranslated), ...others.filter((path) => !isTranslated(path))]);
  return paths.filter((path) => languageOfPath(path) === defaultLanguage).filter((path) => {
    const parts = path.split('/').filter(Boolean);
    if (parts.length <= 1 || (parts.length === 2 && recordCollections.includes(parts[0]))) return true;
    // A list's later pages (`page/2/`) are a family of their own, apart from records' sub-pages.
    const family = parts.map((part, index) => (index === 0 || ['history', 'poster', 'page', ...planPages].includes(part) ? part : '*')).join('/');
    seen.set(family, (seen.get(family) ?? 0) + 1);
    return seen.get(family)! <= 2;
  }).concat(translated);
}

/** Whether a page in another language shows a record or page that has a translation in that language. */
function isTranslated(path: string): boolean {
  const [collection, id] = neutralPath(path).split('/').filter(Boolean);
  const file = id && recordCollections.includes(collection) ? `${collection}/${languageOfPath(path)}/${id}.md` : `pages/${languageOfPath(path)}/${collection}.md`;
  return existsSync(join(contentDir, file));
}

/** One path of each page type, the first in sitemap order, for tests too slow to run on every page. */
export function onePerType(paths = [...sitemapPaths(), '/404.html', '/es/404/']): string[] {
  const seen = new Map<string, string>();
  for (const path of paths) if (!seen.has(pageType(path))) seen.set(pageType(path), path);
  return [...seen.values()];
}
