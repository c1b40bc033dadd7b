/**
 * Facets of the catalogue without JavaScript: pages by publisher, theme, format and district,
 * linked from /datasets/ with their counts, each listing exactly its datasets; and a synthetic
 * catalogue of a thousand datasets grouped right. (How the time grows with the catalogue is
 * measured by `npm run bench`, tests/facets.bench.ts.)
 */
import { describe, expect, it } from 'vitest';
import { catalogFacets } from '../src/lib/open-data/facets.ts';
import { htmlPages, page, pageText } from './support/dist.ts';
import { sampleRecords } from './support/records.ts';
import { publishers, syntheticCatalogue } from './support/synthetic-catalogue.ts';

const of = sampleRecords();
const datasets = of('datasets');
const districts = of('districts').map((r) => r.id);

/** The values each dataset has, worked out here independently of the site's code. */
const expected: Record<string, Map<string, string[]>> = { publisher: new Map(), theme: new Map(), format: new Map(), district: new Map() };
for (const { id, data } of datasets) {
  const add = (facet: string, value: string) => expected[facet].set(value, [...new Set([...(expected[facet].get(value) ?? []), id])]);
  add('publisher', data.publisher);
  data.themes.forEach((theme) => add('theme', theme));
  data.resources.forEach((resource) => add('format', resource.format.toLowerCase()));
  (data.districts.length ? data.districts : districts).forEach((district) => add('district', district));
}
const cases = Object.entries(expected).flatMap(([facet, values]) => [...values].map(([value, ids]) => [`${facet}/${value}`, ids] as const));

describe('the catalogue page', () => {
  it('links every facet value to its page, with its number of datasets', () => {
    const html = page('/datasets/');
    for (const [path, ids] of cases) expect(html).toMatch(new RegExp(`<a href="/datasets/${path}/">[^<]+</a> <span class="og-meta">\\(${ids.length}\\)</span>`));
  });

  it('offers all four ways in: publisher, theme, format and district', () => {
    const text = pageText('/datasets/');
    for (const facet of ['By publisher', 'By theme', 'By format', 'By district']) expect(text).toContain(facet);
  });
});

describe('a facet page', () => {
  it.each(cases)('/datasets/%s/ lists exactly its datasets', (path, ids) => {
    const html = page(`/datasets/${path}/`);
    const listed = [...html.matchAll(/<h3><a href="\/datasets\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...ids].sort());
  });

  it('for a district, separates data about it from nationwide data', () => {
    const text = pageText('/datasets/district/toledo/');
    const listed = datasets.filter((d) => d.data.districts.includes('toledo')).length;
    const nationwide = datasets.filter((d) => d.data.districts.length === 0).length;
    expect(text).toContain(`About Toledo District (${listed})`);
    expect(text).toContain(`Nationwide, including Toledo (${nationwide})`);
  });

  it('exists only for values some dataset has', () => {
    const facetPages = htmlPages().filter((path) => /^\/datasets\/(publisher|theme|format|district)\//.test(path));
    expect(facetPages.sort()).toEqual(cases.map(([path]) => `/datasets/${path}/`).sort());
  });
});

describe('grouping a large catalogue', () => {
  it('lists each of 1,000 datasets once under its publisher, theme and format', () => {
    // 1,000 datasets in turn among 40 publishers, 5 themes (two each) and 4 formats (two each).
    const facets = catalogFacets(syntheticCatalogue(1_000, districts));
    const counts = (facet: keyof typeof facets) => facets[facet].map((value) => value.datasets.length).sort((a, b) => a - b);
    expect(counts('publisher')).toEqual(Array(publishers).fill(1_000 / publishers));
    expect(counts('theme')).toEqual(Array(5).fill((1_000 * 2) / 5));
    expect(counts('format')).toEqual(Array(4).fill((1_000 * 2) / 4));
  });
});
