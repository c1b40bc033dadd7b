/**
 * Lists page by page (issue #15): the splitting itself, then the built site, where following
 * the `rel="next"` links from a list's first page reaches every record once, in order, with
 * nothing but links.
 */
import { readdirSync } from 'node:fs';
import { dataRequestFormUrl, dataRequestThankYouUrl, thankYouUrl } from '../src/lib/urls.ts';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content/check.ts';
import { pageNumbers, pagePaths, paginate, pageSize, previewSize } from '../src/lib/pagination/pages.ts';
import { page, htmlPages } from './support/dist.ts';
import { startTags } from './support/html.ts';

const { records } = checkContent('content');
const of = (collection: string) => records.filter((record) => record.collection === collection);

describe('splitting a list into pages', () => {
  const letters = Array.from({ length: 45 }, (_, i) => `item ${i + 1}`);

  it('puts the first page at the list address and the others under page/<n>/', () => {
    expect(paginate(letters, '/meetings/', 20).map((p) => p.url)).toEqual(['/meetings/', '/meetings/page/2/', '/meetings/page/3/']);
  });

  it('keeps every item once, in order, and says where each page stands', () => {
    const pages = paginate(letters, '/x/', 20);
    expect(pages.flatMap((p) => p.items)).toEqual(letters);
    expect(pages.map((p) => [p.first, p.last, p.total, p.count])).toEqual([[1, 20, 45, 3], [21, 40, 45, 3], [41, 45, 45, 3]]);
  });

  it('links each page to the one before and after, and none beyond the ends', () => {
    const [first, second, third] = paginate(letters, '/x/', 20);
    expect([first.prev, first.next]).toEqual([undefined, '/x/page/2/']);
    expect([second.prev, second.next]).toEqual(['/x/', '/x/page/3/']);
    expect([third.prev, third.next]).toEqual(['/x/page/2/', undefined]);
  });

  it('gives an empty list one empty page, so its address still answers', () => {
    expect(paginate([], '/x/').map((p) => [p.url, p.items.length, p.count, p.first, p.last])).toEqual([['/x/', 0, 1, 0, 0]]);
  });

  it('refuses a page size that is not a whole number above zero', () => {
    expect(() => paginate(letters, '/x/', 0)).toThrow(/page size/);
  });

  it('gives a route the rest of the address below its folder, with the filter in it', () => {
    const paths = pagePaths(letters, '/changes/commitments/', { root: '/changes/', props: { collection: 'commitments' }, size: 20 });
    expect(paths.map((p) => p.params.page)).toEqual(['commitments', 'commitments/page/2', 'commitments/page/3']);
    expect(paths[1].props.collection).toBe('commitments');
    expect(pagePaths(letters, '/meetings/', { size: 20 }).map((p) => p.params.page)).toEqual([undefined, 'page/2', 'page/3']);
  });

  it('shows the first and last page numbers and two either side of the current, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(10, 40)).toEqual([1, undefined, 8, 9, 10, 11, 12, undefined, 40]);
    // A gap of one page shows the page itself.
    expect(pageNumbers(5, 40)).toEqual([1, 2, 3, 4, 5, 6, 7, undefined, 40]);
  });
});

/** The record links of a list page's main content, as paths. */
function recordLinks(path: string, section: string): string[] {
  const html = page(path);
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const paths = startTags(main)
    .filter((tag) => tag.name === 'a')
    .map((tag) => Object.fromEntries(tag.attributes).href as string)
    .filter((href) => new RegExp(`^/${section}/[a-z0-9-]+/$`).test(href) && !href.startsWith(`/${section}/page/`))
    // The forms and their thank-you pages sit beside the records.
    .filter((href) => ![dataRequestFormUrl, dataRequestThankYouUrl, thankYouUrl].includes(href));
  return [...new Set(paths)];
}

/** Follows `rel="next"` from a list's first page; returns every page visited. */
function follow(first: string): string[] {
  const visited = [first];
  for (;;) {
    const next = startTags(page(visited.at(-1)!)).find((tag) => tag.name === 'a' && Object.fromEntries(tag.attributes).rel === 'next');
    if (!next) return visited;
    visited.push(Object.fromEntries(next.attributes).href);
    expect(visited.length, 'a loop of next links').toBeLessThan(100);
  }
}

describe('the built lists', () => {
  it('reach every organization once through the next links, 20 at most a page', () => {
    const pages = follow('/organizations/');
    expect(pages.length).toBe(Math.ceil(readdirSync('content/organizations').length / 20));
    const seen = pages.flatMap((path) => recordLinks(path, 'organizations'));
    for (const path of pages) expect(recordLinks(path, 'organizations').length, path).toBeLessThanOrEqual(pageSize);
    expect(seen.sort()).toEqual(of('organizations').map((o) => `/organizations/${o.id}/`).sort());
  });

  it('links back from each later page with rel="prev", and marks the current page', () => {
    const html = page('/organizations/page/2/');
    const prev = startTags(html).find((tag) => tag.name === 'a' && Object.fromEntries(tag.attributes).rel === 'prev');
    expect(Object.fromEntries(prev!.attributes).href).toBe('/organizations/');
    expect(html).toMatch(/<a href="\/organizations\/page\/2\/" aria-current="page">/);
    expect(html).toContain('<title>Organizations, page 2 of 2');
  });

  it('keeps a filter on every page: the changes to one type page through that type only', () => {
    const pages = follow('/changes/');
    expect(pages.length, 'the sample history fills more than one page of changes').toBeGreaterThan(1);
    for (const path of pages.slice(1)) expect(path).toMatch(/^\/changes\/page\/\d+\/$/);
    const typed = follow('/changes/organizations/');
    for (const path of typed.slice(1)) expect(path).toMatch(/^\/changes\/organizations\/page\/\d+\/$/);
  });

  it('serves no page of a list past its last', () => {
    const all = new Set(htmlPages());
    expect(all.has('/organizations/page/3/')).toBe(false);
    expect(all.has('/organizations/page/1/'), 'the first page lives at the list address only').toBe(false);
  });

  // The lists main added beside the scale work: the sample fills one page of each, so these check
  // that each is served through the pager with every record once; the splitting is tested above.
  const published = (collection: string) => of(collection).filter((r) => !('moderation' in r.data) || r.data.moderation === 'published');
  it.each(['reuses', 'data-requests', 'challenges', 'consultations'])('reaches every published record of /%s/ once through the next links', (section) => {
    const pages = follow(`/${section}/`);
    expect(pages.length).toBe(Math.max(1, Math.ceil(published(section).length / pageSize)));
    expect(pages.flatMap((path) => recordLinks(path, section)).sort()).toEqual(published(section).map((r) => `/${section}/${r.id}/`).sort());
  });

  it('pages a reuses filter by its own address: a district\'s own reuses, then those for the whole country', () => {
    const district = 'toledo';
    const serving = of('reuses').filter((r) => (r.data.districts as string[]).length === 0 || (r.data.districts as string[]).includes(district));
    const pages = follow(`/reuses/district/${district}/`);
    for (const path of pages.slice(1)) expect(path).toMatch(new RegExp(`^/reuses/district/${district}/page/\\d+/$`));
    expect(pages.flatMap((path) => recordLinks(path, 'reuses')).sort()).toEqual(serving.map((r) => `/reuses/${r.id}/`).sort());
  });

  it('pages a consultation\'s input by filter value, at the filter\'s own address', () => {
    const input = published('public-input').filter((i) => i.data.consultation === '2025-co-creation' && (i.data.response as { outcome: string }).outcome === 'adopted');
    expect(input.length).toBeGreaterThan(0);
    const html = page('/consultations/2025-co-creation/outcome/adopted/');
    expect(html).toContain(`${input.length} of the `);
    expect(htmlPages().some((path) => /^\/consultations\/2025-co-creation\/outcome\/adopted\/page\//.test(path))).toBe(input.length > pageSize);
  });

  it('shows a district the first few of a long list and links to the whole of it', () => {
    // The district with the most current-plan commitments, counted from the content files.
    const plan = '2026-2028';
    const current = of('commitments').filter((c) => c.data.plan === plan);
    const national = current.filter((c) => (c.data.districts as string[]).length === 0).length;
    expect(national, 'the sample has more nationwide commitments than a district page shows').toBeGreaterThan(previewSize);
    const district = 'toledo';
    const local = current.filter((c) => (c.data.districts as string[]).includes(district)).length;
    const html = page(`/districts/${district}/`);
    expect(recordLinks(`/districts/${district}/`, 'commitments').length).toBe(Math.min(local, previewSize) + Math.min(national, previewSize));
    expect(html).toContain(`href="/districts/${district}/commitments/"`);
    const whole = follow(`/districts/${district}/commitments/`).flatMap((path) => recordLinks(path, 'commitments'));
    expect(whole.length).toBe(local + national);
  });
});
