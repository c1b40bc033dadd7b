/**
 * The content check for datasets' files: a CSV that does not parse, a data dictionary that does
 * not match the header, a value of the wrong type, a broken dictionary, a GeoJSON file outside
 * Belize or not a FeatureCollection: each is reported with the data file and its line (and stops
 * the build: tests/build-stops.test.ts builds with one of them). Each case in
 * tests/fixtures/invalid-data/ is a dataset and its files.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../src/lib/content/check.ts';

const fixtures = 'tests/fixtures/invalid-data';
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the sample content with one fixture case laid over it. */
function contentWith(fixture: string): string {
  const root = mkdtempSync(join(tmpdir(), 'og-data-'));
  scratch.push(root);
  cpSync('content', root, { recursive: true });
  cpSync(join(fixtures, fixture), root, { recursive: true });
  return root;
}

/** The problems of one case, with file paths relative to the content folder. */
function problemsWith(fixture: string): Problem[] {
  return checkContent(contentWith(fixture)).problems.map((problem) => ({ ...problem, file: problem.file.replace(/^.*og-data-[^/]+\//, '') }));
}

describe('the sample datasets', () => {
  it('have CSV files that parse, match their dictionaries, and GeoJSON inside Belize', () => {
    expect(checkContent('content').problems).toEqual([]);
  });
});

describe('a CSV that cannot be read stops the content check at its line', () => {
  it('a row with a field missing', () => {
    const [problem, ...rest] = problemsWith('ragged-row');
    expect(rest).toEqual([]);
    expect(problem.file).toBe('files/datasets/ragged-row.csv:4');
    expect(problem.message).toMatch(/line 4 has 4 fields but the header has 5/);
  });

  it('a quote that is never closed', () => {
    const [problem] = problemsWith('unclosed-quote');
    expect(problem.file).toBe('files/datasets/unclosed-quote.csv:3');
    expect(problem.message).toMatch(/never closed/);
  });
});

describe('a data dictionary that does not fit its CSV', () => {
  it('reports a header that names other columns than the dictionary, at line 1', () => {
    const [problem, ...rest] = problemsWith('header-mismatch');
    expect(rest).toEqual([]);
    expect(problem.file).toBe('files/datasets/header-mismatch.csv:1');
    expect(problem.message).toContain('header-mismatch.schema.json');
    expect(problem.message).toMatch(/the dictionary lists "users" but the header does not; the header has "monthly_users"/);
  });

  it('reports each value that is not of its column\'s type, with its line', () => {
    const problems = problemsWith('wrong-types');
    expect(problems.map((p) => p.file)).toEqual(['files/datasets/wrong-types.csv:3', 'files/datasets/wrong-types.csv:4', 'files/datasets/wrong-types.csv:4']);
    expect(problems[0].message).toMatch(/column "opened" on line 3 is "16\/03\/2026": expected a date written YYYY-MM-DD/);
    expect(problems[1].message).toMatch(/column "users" on line 4 is "1,200": expected a whole number/);
    expect(problems[2].message).toMatch(/column "free" on line 4 is "yes": expected true or false/);
  });

  it('reports a dictionary that is not a valid Table Schema, with the field', () => {
    const [problem] = problemsWith('bad-dictionary');
    expect(problem.file).toBe('files/datasets/bad-dictionary.schema.json');
    expect(problem.field).toBe('fields[3].type');
    expect(problem.message).toMatch(/expected one of: string, number, integer/);
  });
});

describe('a GeoJSON file', () => {
  it('with a position outside Belize says the pair looks swapped', () => {
    const [problem, ...rest] = problemsWith('geojson-swapped');
    expect(rest).toEqual([]);
    expect(problem.file).toBe('files/datasets/geojson-swapped.geojson');
    expect(problem.field).toBe('features[1].geometry.coordinates');
    expect(problem.message).toMatch(/latitude and longitude look swapped/);
  });

  it('that is a single Feature rather than a FeatureCollection', () => {
    const [problem] = problemsWith('geojson-not-collection');
    expect(problem.message).toMatch(/expected a GeoJSON FeatureCollection/);
  });

  it('that is not valid JSON, at its line', () => {
    const [problem] = problemsWith('geojson-broken');
    expect(problem.file).toBe('files/datasets/geojson-broken.geojson:4');
    expect(problem.message).toMatch(/not valid JSON/);
  });
});
