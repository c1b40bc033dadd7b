/** The search index the build writes: record pages only, content without navigation, one index per language. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dist, htmlPages, page } from './support/dist.ts';
import { recordFile, recordFolder } from '../src/lib/content/record-files.ts';
import { neutralPath } from '../src/lib/i18n/routes.ts';

const plainPages = readdirSync(recordFolder('pages')).map((name) => name.replace(/\.md$/, ''));
const recordPage = new RegExp(`^/(action-plans|commitments|meetings|datasets|organizations|districts|reuses|challenges)/[^/]+/$|^/consultations/(?!thank-you/)[^/]+/$|^/data-requests/(?!new/|thank-you/)[^/]+/$|^/(${plainPages.join('|')})/$`);

describe('the search index', () => {
  const entry = (folder: string) => JSON.parse(readFileSync(`${dist}/${folder}/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pagesIn = (folder: string) => Object.values(entry(folder).languages).reduce((sum, language) => sum + language.page_count, 0);

  it('is written by the build, with one index per page language', () => {
    const languages = new Set(htmlPages().map((path) => page(path).match(/<html lang="([^"]+)"/)![1]));
    expect(Object.keys(entry('pagefind').languages).sort()).toEqual([...languages].sort());
    const indexed = htmlPages().filter((path) => page(path).includes('data-pagefind-body'));
    expect(pagesIn('pagefind') + pagesIn('pagefind-archive')).toBe(indexed.length);
  });

  it('puts in the archive the commitments, meetings, datasets and plans dated more than five years before the build, and only those', () => {
    // Built on 27 November 2026 (tests/support/astro.ts): the archive is what is dated before 27 November 2021.
    // The record's collection, not its type in words, which differs by language.
    const old = htmlPages().filter((path) => {
      const html = page(path);
      const kind = /data-search-kind="([^"]+)"/.exec(html)?.[1];
      const date = /data-pagefind-meta="date">([^<]+)</.exec(html)?.[1] ?? '';
      return html.includes('data-pagefind-body') && ['commitments', 'meetings', 'datasets', 'action-plans'].includes(kind ?? '') && date < '2021-11-27';
    });
    expect(old.length, 'the 2020-2021 plan and its commitments').toBeGreaterThan(0);
    expect(pagesIn('pagefind-archive')).toBe(old.length);
  });

  it('covers every record page and nothing else (no lists, no 404, no search page), in every language', () => {
    for (const path of htmlPages()) {
      const indexed = page(path).includes('data-pagefind-body');
      // A Spanish page is a record page where its English page is: /es/about/ as /about/.
      expect(indexed, path).toBe(recordPage.test(neutralPath(path)));
    }
  });

  it('indexes the main content only: header, navigation, banner and footer stay outside', () => {
    const html = page('/commitments/open-contracting/');
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(body).toContain('data-pagefind-body');
    for (const outside of ['og-header', 'og-banner', 'og-footer', 'og-breadcrumbs', 'aria-label="Main"']) expect(body).not.toContain(outside);
  });

  it('gives a Spanish page its facets in Spanish, for the Spanish index', () => {
    const html = page('/es/meetings/2026-02-12-belmopan-launch/');
    expect(html).toContain('data-pagefind-meta="type">Reunión<');
    expect(html).toContain('data-pagefind-filter="type">Reunión<');
    expect(html).toContain('data-pagefind-filter="status">Realizada<');
    expect(html).toContain('data-search-kind="meetings"');
  });

  it('gives every record page the facets search filters on, a title and a date', () => {
    const html = page('/meetings/2026-02-12-belmopan-launch/');
    for (const filter of ['type', 'district', 'status', 'organization', 'year']) expect(html).toContain(`data-pagefind-filter="${filter}"`);
    expect(html).toMatch(/data-pagefind-meta="title">[^<]+</);
    expect(html).toMatch(/data-pagefind-meta="date">\d{4}-\d{2}-\d{2}</);
  });

  it('keeps Pagefind\'s metadata file small: no sort, which would add every page to it (issue #15)', () => {
    for (const path of htmlPages()) expect(page(path), path).not.toContain('data-pagefind-sort');
  });

  it('leaves out of the index what every page repeats: the last update and the static map', () => {
    const html = page('/meetings/2026-02-12-belmopan-launch/');
    expect(html).toMatch(/<dd data-last-updated data-pagefind-ignore>/);
    expect(html).toMatch(/<figure class="og-map[^"]*" data-pagefind-ignore>/);
  });

  it('files a meeting under the organizations that must act on it, not every attendee', () => {
    const html = page('/meetings/2026-02-12-belmopan-launch/');
    const organizations = [...html.matchAll(/data-pagefind-filter="organization">([^<]+)</g)].map((m) => m[1]);
    const text = readFileSync(recordFile('meetings', '2026-02-12-belmopan-launch'), 'utf8');
    const owners = new Set([...text.slice(text.indexOf('\nactions:')).matchAll(/organization: ([a-z0-9-]+)/g)].map((m) => m[1]));
    expect(organizations.length).toBe(owners.size);
    expect(organizations.length).toBeLessThan([...text.matchAll(/organization: /g)].length);
  });
});
