import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * `npm run bench`: the benchmarks (`tests/*.bench.ts`), kept out of `npm test` because they
 * measure time rather than check behaviour. Each prints its figures and asserts its target (a
 * growth ratio, a first paint), so CI, which runs them after the tests, still fails on a
 * regression. Same build and settings as the tests.
 */
export default defineConfig({
  test: {
    ...base.test,
    include: ['tests/**/*.bench.ts'],
    testTimeout: 600_000,
  },
});
