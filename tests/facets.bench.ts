/**
 * Benchmark, run by `npm run bench`: grouping the catalogue into its facets stays linear as it
 * grows to 20,000 datasets. Prints the times. (That the grouping is right is checked by
 * `npm test`, in tests/facets.test.ts.)
 */
import { expect, it } from 'vitest';
import { checkContent } from '../src/lib/content/check.ts';
import { catalogFacets } from '../src/lib/open-data/facets.ts';
import { syntheticCatalogue } from './support/synthetic-catalogue.ts';

const districts = checkContent('content').records.filter((r) => r.collection === 'districts').map((r) => r.id);

/** The best of three runs, as benchmarks do, so that a busy moment or a garbage collection does not decide the figure. */
const time = (n: number) => {
  const source = syntheticCatalogue(n, districts);
  const runs = [1, 2, 3].map(() => {
    const fresh = { ...source }; // a new object: the facets are cached per catalogue object
    const started = performance.now();
    const facets = catalogFacets(fresh);
    return { ms: performance.now() - started, facets };
  });
  return runs.reduce((best, run) => (run.ms < best.ms ? run : best));
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
