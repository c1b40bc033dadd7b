/**
 * Benchmark, run by `npm run bench`: the CSV parser reads a 4.8 MB file of 50,000 rows within two
 * seconds. Prints the time. (That it reads the file right is checked by `npm test`, in
 * tests/csv.test.ts.)
 */
import { expect, it } from 'vitest';
import { parseCsv } from '../src/lib/data-files/csv.ts';
import { largeCsv, largeCsvRows } from './support/large-csv.ts';

it('parses a large file quickly', () => {
  const started = performance.now();
  const table = parseCsv(largeCsv);
  const ms = performance.now() - started;
  console.log(`Parsed ${(largeCsv.length / 1e6).toFixed(1)} MB, ${table.rows.length} rows, in ${ms.toFixed(0)} ms`);
  expect(table.rows).toHaveLength(largeCsvRows);
  expect(ms).toBeLessThan(2_000);
});
