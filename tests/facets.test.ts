/**
 * Facets of the catalogue without JavaScript: pages by publisher, theme, format and district,
 * linked from /datasets/ with their counts, each listing exactly its datasets; and the grouping
 * stays linear as the catalogue grows past hundreds of datasets.
 */
import { describe, expect, it } from 'vitest';
import { catalogFacets } from '../src/lib/open-data/facets.ts';
import { htmlPages, page, pageText } from './support/dist.ts';
import { sampleRecords } from './support/records.ts';

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
  /** A synthetic catalogue of `n` datasets, each with 2 themes, 2 formats and 1 to 3 districts. */
  function catalogue(n: number) {
    const themes = ['open-data', 'health', 'education', 'justice', 'environment'];
    const formats = ['CSV', 'GeoJSON', 'JSON', 'PDF'];
    const organizations = Array.from({ length: 40 }, (_, i) => `org-${i}`);
    return {
      districts: districts.map((id) => ({ id, data: { name: id } })),
      organization: (id: string) => ({ id, data: { name: `Organization ${id}` } }),
      datasets: Array.from({ length: n }, (_, i) => ({
        id: `dataset-${i}`,
        data: {
          publisher: organizations[i % organizations.length],
          themes: [themes[i % 5], themes[(i + 2) % 5]],
          resources: [{ format: formats[i % 4] }, { format: formats[(i + 1) % 4] }],
          districts: i % 7 === 0 ? [] : districts.slice(i % 4, (i % 4) + 1 + (i % 3)),
        },
      })),
    } as unknown as Parameters<typeof catalogFacets>[0];
  }
  const time = (n: number) => {
    const source = catalogue(n);
    const started = performance.now();
    const facets = catalogFacets(source);
    return { ms: performance.now() - started, facets };
  };

  it('groups 20,000 datasets in linear time', () => {
    time(1_000); // warm up the JIT
    const small = time(5_000);
    const large = time(20_000);
    console.log(`Facets of 5,000 datasets: ${small.ms.toFixed(1)} ms; of 20,000: ${large.ms.toFixed(1)} ms`);
    expect(large.facets.publisher.reduce((sum, value) => sum + value.datasets.length, 0)).toBe(20_000);
    expect(large.ms).toBeLessThan(1_000);
    // Four times the datasets should cost about four times as long, far from the sixteen of a quadratic pass.
    expect(large.ms / Math.max(small.ms, 1)).toBeLessThan(10);
  });
});
