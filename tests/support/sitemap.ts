/** The pages a browser test visits: every URL of the built sitemap, plus the 404 page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './dist.ts';

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

/** The page type of a path, for reports: the first segment, with index pages apart. */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts[0] === '404.html') return '404';
  if (parts.length === 1) return ['action-plans', 'commitments', 'meetings', 'datasets', 'organizations', 'districts', 'search', 'map'].includes(parts[0]) ? `${parts[0]} index` : 'plain page';
  return parts[0];
}

/** One path of each page type, the first in sitemap order, for tests too slow to run on every page. */
export function onePerType(paths = [...sitemapPaths(), '/404.html']): string[] {
  const seen = new Map<string, string>();
  for (const path of paths) if (!seen.has(pageType(path))) seen.set(pageType(path), path);
  return [...seen.values()];
}
