/**
 * Dataset pages show what is inside each file before anyone downloads it, with no JavaScript: a
 * CSV's first rows, its row and column counts and size; its data dictionary; a GeoJSON file's
 * feature count. Checked against the files themselves.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/lib/data-files/csv.ts';
import { formatBytes } from '../src/lib/content/files.ts';
import { geometriesInWords } from '../src/lib/data-files/previews.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';
import { page, pageText } from './support/dist.ts';
import { sampleRecords } from './support/records.ts';

const datasets = sampleRecords()('datasets');
const resources = datasets.flatMap((d) => d.data.resources.map((r) => ({ dataset: d.id, ...r })));
const csvs = resources.filter((r) => r.format === 'CSV' && r.file);
/** Text as Astro writes it into HTML. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** A row of the preview table as the page writes it. */
const rowHtml = (cells: string[]) => `<tr>${cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`;

describe('each CSV file on its dataset page', () => {
  it.each(csvs.map((r) => [r.file, r] as const))('%s: row and column counts, size and the first 10 rows', (file, resource) => {
    const table = parseCsv(readFileSync(`content${file}`, 'utf8'));
    const text = pageText(`/datasets/${resource.dataset}/`);
    expect(text).toContain(`${table.rows.length} rows and ${table.header.length} columns, ${formatBytes(statSync(`content${file}`).size)}`);
    const html = page(`/datasets/${resource.dataset}/`);
    for (const name of table.header) expect(html).toContain(`<th scope="col">${escape(name)}</th>`);
    for (const row of table.rows.slice(0, 10).filter((cells) => cells.every((cell) => cell.length < 80))) expect(html).toContain(rowHtml(row));
    if (table.rows.length > 10) {
      expect(text).toContain(`The first 10 of ${table.rows.length} rows`);
      expect(html).not.toContain(rowHtml(table.rows[10]));
    }
  });

  it.each(csvs.filter((r) => r.schema).map((r) => [r.schema, r] as const))('%s: the data dictionary, column by column, and a download link', (schema, resource) => {
    const dictionary = JSON.parse(readFileSync(`content${schema}`, 'utf8'));
    const html = page(`/datasets/${resource.dataset}/`);
    for (const field of dictionary.fields) {
      expect(html).toContain(`<th scope="row"><code>${field.name}</code></th>`);
      expect(html).toContain(`<td>${escape(field.description)}</td><td>${escape(field.unit ?? '')}</td>`);
    }
    expect(html).toContain(`<a href="${schema}" download>Download the data dictionary</a>`);
  });
});

describe('each GeoJSON file on its dataset page', () => {
  it.each(resources.filter((r) => r.format === 'GeoJSON').map((r) => [r.file, r] as const))('%s: its number of features', (file, resource) => {
    const { features } = JSON.parse(readFileSync(`content${file}`, 'utf8'));
    expect(pageText(`/datasets/${resource.dataset}/`)).toContain(`${features.length} features: ${features.length} points`);
  });
});

it('keeps the previews free of script: the pages work without JavaScript', () => {
  for (const dataset of datasets) expect(page(`/datasets/${dataset.id}/`)).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
});

describe('GeoJSON geometries in words', () => {
  it('names each geometry type with its plural, in the page\'s language', () => {
    expect(geometriesInWords('Point', 1, wordsIn('en'))).toBe('1 point');
    expect(geometriesInWords('MultiPolygon', 2, wordsIn('en'))).toBe('2 multi-polygons');
    expect(geometriesInWords('MultiPolygon', 2, wordsIn('es'))).toBe('2 multipolígonos');
  });

  it('names a type it does not know by its GeoJSON name', () => {
    expect(geometriesInWords('Curve', 3, wordsIn('en'))).toBe('3 Curve geometries');
  });
});
