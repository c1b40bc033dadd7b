/**
 * schema.org JSON-LD for dataset search engines: a `Dataset` on every dataset page with what
 * Google's dataset guide requires and recommends, a `DataCatalog` on the catalogue page.
 */
import { describe, expect, it } from 'vitest';
import { page } from './support/dist.ts';
import { sampleRecords } from './support/records.ts';

const datasets = sampleRecords()('datasets');

/** Every JSON-LD block of a page, parsed. */
function jsonLd(path: string): Record<string, any>[] {
  return [...page(path).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

const absolute = /^https?:\/\/[^/]+\//;

describe('a dataset page', () => {
  it.each(datasets.map((d) => [d.id, d] as const))('%s describes its Dataset for search engines', (id, record) => {
    const blocks = jsonLd(`/datasets/${id}/`);
    expect(blocks).toHaveLength(1);
    const [ld] = blocks;
    const { data } = record;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Dataset');
    // Required by Google: name and a description of 50 to 5,000 characters.
    expect(ld.name).toBe(data.title);
    expect(ld.description.length).toBeGreaterThanOrEqual(50);
    expect(ld.description.length).toBeLessThanOrEqual(5000);
    expect(ld.description).toContain(data.summary);
    // Recommended.
    expect(ld.url).toMatch(absolute);
    expect(ld.url).toMatch(new RegExp(`/datasets/${id}/$`));
    expect(ld.identifier).toBe(ld.url);
    expect(ld.license).toMatch(/^https:\/\/(creativecommons|opendatacommons)\.org\//);
    expect(ld.isAccessibleForFree).toBe(true);
    expect(ld.keywords.length).toBeGreaterThan(0);
    for (const role of ['creator', 'publisher']) {
      expect(ld[role]['@type']).toBe('Organization');
      expect(ld[role].name.length).toBeGreaterThan(0);
      expect(ld[role].url).toMatch(absolute);
    }
    expect(ld.datePublished).toBe(data.issued);
    expect(ld.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ld.distribution).toHaveLength(data.resources.length);
    for (const download of ld.distribution) {
      expect(download['@type']).toBe('DataDownload');
      expect(download.encodingFormat).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(download.contentUrl).toMatch(absolute);
    }
    expect(ld.spatialCoverage['@type']).toBe('Place');
    expect(ld.spatialCoverage.name).toMatch(/Belize$/);
    const [south, west, north, east] = ld.spatialCoverage.geo.box.split(' ').map(Number);
    expect(south < north && west < east && south > 15 && north < 19 && west > -90 && east < -87).toBe(true);
    if (data.temporal) expect(ld.temporalCoverage).toBe(`${data.temporal.start}/${data.temporal.end ?? '..'}`);
    expect(ld.includedInDataCatalog['@type']).toBe('DataCatalog');
  });

  it('names the columns its data dictionaries describe as variables measured', () => {
    const [ld] = jsonLd('/datasets/public-health-facilities/');
    expect(ld.variableMeasured.map((v: { name: string }) => v.name)).toContain('beds');
    expect(ld.variableMeasured.find((v: { name: string }) => v.name === 'beds').unitText).toBe('beds');
  });
});

describe('the catalogue page', () => {
  it('describes the DataCatalog with every dataset linked to its page', () => {
    const [ld] = jsonLd('/datasets/');
    expect(ld['@type']).toBe('DataCatalog');
    expect(ld.url).toMatch(/\/datasets\/$/);
    expect(ld.dataset.map((d: { url: string }) => d.url.replace(/^.*\/datasets\/|\/$/g, '')).sort()).toEqual(datasets.map((d) => d.id).sort());
    for (const dataset of ld.dataset) expect(dataset['@type']).toBe('Dataset');
  });

  it('escapes "<" so no text can close the script element early', () => {
    expect(page('/datasets/')).not.toMatch(/<script type="application\/ld\+json">[^<]*<(?!\/script>)/);
  });
});
