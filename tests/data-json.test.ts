/** `/data.json`, the DCAT-US 1.1 catalog that portals harvest, checked against the official schema. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content/check.ts';
import { dist } from './support/dist.ts';
import { describeErrors, draft04 } from './support/json-schema.ts';
import { dcatCatalog } from '../src/lib/open-data/dcat.ts';

const catalog = JSON.parse(readFileSync(`${dist}/data.json`, 'utf8'));
const datasets = checkContent('content').records.filter((r) => r.collection === 'datasets');
const site = new URL((readFileSync('content/settings.yaml', 'utf8').match(/^url: (.+)$/m) ?? [])[1]);

describe('the DCAT-US catalog /data.json', () => {
  it('is valid against the DCAT-US 1.1 non-federal JSON Schema', () => {
    const validate = draft04('tests/standards/dcat-us-1.1-non-federal', 'catalog.json');
    const valid = validate(catalog);
    expect(valid, describeErrors(validate.errors)).toBe(true);
  });

  it('the schema itself rejects a catalog missing what the profile requires', () => {
    const validate = draft04('tests/standards/dcat-us-1.1-non-federal', 'catalog.json');
    const broken = structuredClone(catalog);
    delete broken.dataset[0].contactPoint;
    broken.dataset[1].distribution[0].mediaType = undefined;
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });

  it('carries a translated dataset\'s Spanish title and description as language-tagged Dublin Core values, and stays valid (issue #18)', () => {
    const validate = draft04('tests/standards/dcat-us-1.1-non-federal', 'catalog.json');
    // The catalog of one dataset, rebuilt with a Spanish translation from its own entry's fields.
    const english = catalog.dataset[0];
    const entry = {
      id: 'x', url: english.identifier, title: english.title, description: english.description, keywords: [], themes: english.theme,
      publisher: { id: 'p', name: english.publisher.name, url: english.identifier }, contact: { name: english.contactPoint.fn, email: english.contactPoint.hasEmail.replace('mailto:', '') },
      licence: { url: english.license, label: '' }, accessLevel: english.accessLevel, accrualPeriodicity: english.accrualPeriodicity, issued: english.issued, modified: english.modified,
      spatial: { name: '', bbox: english.spatial.split(',').map(Number) }, distributions: [], variables: [],
      translations: { es: { title: 'Puntos de acceso wifi públicos', description: 'Dónde conectarse gratis.' } },
    } as unknown as Parameters<typeof dcatCatalog>[0][number];
    const translated = dcatCatalog([entry], site);
    expect(validate(translated), describeErrors(validate.errors)).toBe(true);
    expect(translated.dataset[0]).toMatchObject({
      title: english.title,
      'http://purl.org/dc/terms/title': [{ '@language': 'es', '@value': 'Puntos de acceso wifi públicos' }],
      'http://purl.org/dc/terms/description': [{ '@language': 'es', '@value': 'Dónde conectarse gratis.' }],
    });
    expect(dcatCatalog([{ ...entry, translations: {} }], site).dataset[0]).not.toHaveProperty(['http://purl.org/dc/terms/title']);
  });

  it('lists every dataset once, identified by the absolute address of its page', () => {
    const identifiers = catalog.dataset.map((d: { identifier: string }) => d.identifier).sort();
    expect(identifiers).toEqual(datasets.map((d) => new URL(`/datasets/${d.id}/`, site).href).sort());
  });

  it('gives absolute download addresses, with media type, for every file', () => {
    for (const dataset of catalog.dataset) {
      for (const distribution of dataset.distribution) {
        const address = distribution.downloadURL ?? distribution.accessURL;
        expect(address, dataset.title).toMatch(new RegExp(`^(${site.origin}/|https?://)`));
        expect(distribution.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      }
    }
  });

  it('points each CSV with a data dictionary at its Table Schema', () => {
    const csv = catalog.dataset.flatMap((d: { distribution: { format: string; describedBy?: string }[] }) => d.distribution).filter((d: { format: string }) => d.format === 'CSV');
    expect(csv.length).toBeGreaterThan(0);
    for (const distribution of csv) expect(distribution.describedBy).toMatch(/\.schema\.json$/);
  });

  it('dates each dataset: the date in its record, or else its last change in Git', () => {
    for (const dataset of catalog.dataset) {
      const record = datasets.find((d) => dataset.identifier.endsWith(`/datasets/${d.id}/`))!;
      expect(dataset.modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (record.data.modified) expect(dataset.modified).toBe(record.data.modified);
      expect(dataset.modified >= dataset.issued).toBe(true);
    }
  });
});
