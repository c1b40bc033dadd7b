/**
 * No broken internal link anywhere in the built site (issue #3): every `href`, `src`, `srcset`,
 * form `action` and CSS `url()` that points into the site resolves to a built file, and every
 * `#fragment` to an element with that id on the target page. Also: nothing is loaded from another
 * origin (links to other sites are fine; images, scripts and styles from them are not).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, distFiles } from './support/dist.ts';
import { startTags } from './support/html.ts';
import { sitemapPaths } from './support/sitemap.ts';

/** The site's public origin (from the sitemap): absolute URLs with it are internal too. */
const siteOrigin = new URL(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8').match(/<loc>([^<]+)<\/loc>/)![1]).origin;

/** One reference from a built file to a URL. */
interface Reference {
  from: string;
  /** Where the URL was found: `a[href]`, `img[src]`, `url()`… */
  attribute: string;
  url: string;
}

/** Every URL an HTML file refers to, tag by tag. */
function htmlReferences(file: string, html: string): Reference[] {
  const references: Reference[] = [];
  for (const { name, attributes } of startTags(html)) {
    for (const [attribute, value] of attributes) {
      if (!['href', 'src', 'srcset', 'action', 'poster', 'data'].includes(attribute)) continue;
      const urls = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
      for (const url of urls) if (url) references.push({ from: file, attribute: `${name}[${attribute}]`, url });
    }
  }
  return references;
}

/** Every `url()` a stylesheet refers to. */
function cssReferences(file: string, css: string): Reference[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => ({ from: file, attribute: 'url()', url: match[1] }));
}

/** The built file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const local = join(dist, decodeURIComponent(path));
  const candidates = path.endsWith('/') ? [join(local, 'index.html')] : [local, join(local, 'index.html'), `${local}.html`];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const ids = new Map<string, Set<string>>();
/** The ids (and legacy `<a name>` anchors) of a built HTML file. */
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) {
    const html = readFileSync(file, 'utf8');
    const targets = startTags(html).flatMap(({ name: tag, attributes }) => attributes.filter(([name]) => name === 'id' || (tag === 'a' && name === 'name')));
    ids.set(file, new Set(targets.map(([, value]) => value)));
  }
  return ids.get(file)!;
}

const files = distFiles().filter((file) => !file.startsWith('pagefind/'));
const references = files.flatMap((file) => {
  if (file.endsWith('.html')) return htmlReferences(file, readFileSync(join(dist, file), 'utf8'));
  if (file.endsWith('.css')) return cssReferences(file, readFileSync(join(dist, file), 'utf8'));
  return [];
});

/** Why a reference is broken, or undefined when it resolves. */
function problem({ from, attribute, url }: Reference): string | undefined {
  if (/^(mailto|tel):/i.test(url) || url.startsWith('data:')) return undefined;
  const base = new URL(`/${from.replace(/\\/g, '/')}`, siteOrigin);
  const target = new URL(url, base);
  if (target.origin !== siteOrigin) {
    // Links may point anywhere; anything the browser fetches by itself must come from here.
    return ['a[href]', 'area[href]'].includes(attribute) ? undefined : `loads from another origin: ${url}`;
  }
  const file = fileFor(target.pathname);
  if (!file) return `no file for ${target.pathname}`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  // The editor at /admin/ routes by its hash (`#/collections/…`): a place in the app, not an element.
  if (fragment && fragment !== 'top' && !fragment.startsWith('/') && file.endsWith('.html') && !idsOf(file).has(fragment)) return `no element with id "${fragment}" on ${target.pathname}`;
  return undefined;
}

describe('links in the built site', () => {
  it('finds the references it checks (a parser that finds nothing would pass anything)', () => {
    expect(references.length).toBeGreaterThan(1000);
    expect(references.some((reference) => reference.url.includes('#'))).toBe(true);
    expect(references.some((reference) => reference.attribute === 'a[href]' && reference.url.startsWith('/files/'))).toBe(true);
  });

  it('has no broken internal href, src, anchor or asset in any page or stylesheet', () => {
    const broken = references.map((reference) => ({ reference, problem: problem(reference) })).filter((entry) => entry.problem);
    expect(broken.map(({ reference, problem }) => `${reference.from}: ${reference.attribute}="${reference.url}": ${problem}`)).toEqual([]);
  });

  it('lists only pages that exist in the sitemap', () => {
    expect(sitemapPaths().filter((path) => !fileFor(path))).toEqual([]);
  });

  it('reports a broken link, a missing anchor and a foreign script', () => {
    expect(problem({ from: 'index.html', attribute: 'a[href]', url: '/commitments/no-such-commitment/' })).toMatch(/no file/);
    expect(problem({ from: 'index.html', attribute: 'a[href]', url: '/#no-such-id' })).toMatch(/no element with id/);
    expect(problem({ from: 'index.html', attribute: 'script[src]', url: 'https://cdn.example.com/x.js' })).toMatch(/another origin/);
    expect(problem({ from: 'index.html', attribute: 'a[href]', url: 'https://www.opengovpartnership.org/' })).toBeUndefined();
  });
});
