/**
 * Builds the site once before the tests, with a fixed build date so that "overdue" and other
 * date-relative words are reproducible. `SKIP_BUILD=1` reuses an existing dist/ while iterating.
 */
import { existsSync } from 'node:fs';
import { runAstro, testBuildDate } from './astro.ts';
import { dist } from './dist.ts';

export default function setup() {
  if (process.env.SKIP_BUILD === '1' && existsSync(`${dist}/index.html`)) return;
  const started = performance.now();
  const result = runAstro(['build'], { BUILD_DATE: testBuildDate });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
  console.log(`Site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
