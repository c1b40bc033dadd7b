/**
 * Builds the site once before the tests, with a fixed build date so that "overdue" and other
 * date-relative words are reproducible. `SKIP_BUILD=1` reuses an existing dist/ while iterating.
 * Also names the test run, so that files can share what they build for it (variant-site.ts),
 * and removes that afterwards.
 */
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { runAstro, testBuildDate } from './astro.ts';
import { dist } from './dist.ts';
import { variantSiteFolder } from './variant-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An id of this test run, for what its files build once and share. */
    testRun: string;
  }
}

export default function setup(project: TestProject) {
  const run = `${Date.now()}-${process.pid}`;
  project.provide('testRun', run);
  const teardown = () => rmSync(variantSiteFolder(run), { recursive: true, force: true });
  if (process.env.SKIP_BUILD === '1' && existsSync(`${dist}/index.html`)) return teardown;
  const started = performance.now();
  const result = runAstro(['build'], { BUILD_DATE: testBuildDate });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
  console.log(`Site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return teardown;
}
