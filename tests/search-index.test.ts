/** The search index the build writes: record pages only, content without navigation, one index per language. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dist, htmlPages, page } from './support/dist.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';

const plainPages = readdirSync(recordFolder('pages')).map((name) => name.replace(/\.md$/, ''));
const recordPage = new RegExp(`^/(action-plans|commitments|meetings|datasets|organizations|districts|reuses|challenges)/[^/]+/$|^/consultations/(?!thank-you/)[^/]+/$|^/data-requests/(?!new/|thank-you/)[^/]+/$|^/(${plainPages.join('|')})/$`);

describe('the search index', () => {
  it('is written by the build, with one index per page language', () => {
    const entry = JSON.parse(readFileSync(`${dist}/pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
    const languages = new Set(htmlPages().map((path) => page(path).match(/<html lang="([^"]+)"/)![1]));
    expect(Object.keys(entry.languages).sort()).toEqual([...languages].sort());
    const indexed = htmlPages().filter((path) => page(path).includes('data-pagefind-body'));
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(indexed.length);
  });

  it('covers every record page and nothing else (no lists, no 404, no search page)', () => {
    for (const path of htmlPages()) {
      const indexed = page(path).includes('data-pagefind-body');
      expect(indexed, path).toBe(recordPage.test(path));
    }
  });

  it('indexes the main content only: header, navigation, banner and footer stay outside', () => {
    const html = page('/commitments/open-contracting/');
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(body).toContain('data-pagefind-body');
    for (const outside of ['og-header', 'og-banner', 'og-footer', 'og-breadcrumbs', 'aria-label="Main"']) expect(body).not.toContain(outside);
  });

  it('gives every record page the facets search filters on, a title and a date to sort by', () => {
    const html = page('/meetings/2026-02-12-belmopan-launch/');
    for (const filter of ['type', 'district', 'status', 'organization', 'year']) expect(html).toContain(`data-pagefind-filter="${filter}"`);
    expect(html).toMatch(/data-pagefind-meta="title">[^<]+</);
    expect(html).toMatch(/data-pagefind-sort="date">\d{4}-\d{2}-\d{2}</);
  });
});
