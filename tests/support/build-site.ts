/**
 * Builds the site once before the tests, with a fixed build date so that "overdue" and other
 * date-relative words are reproducible. `SKIP_BUILD=1` reuses an existing dist/ while iterating.
 * Also names the test run, so that files can share what they build for it, starts in the
 * background the shared builds the run's files need (shared-builds.ts), and removes them afterwards.
 */
import { existsSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro, testBuildDate } from './astro.ts';
import { dist } from './dist.ts';
import { sharedBuildReaders, sharedBuildsFolder, startSharedBuilds, type SharedBuildName } from './shared-builds.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An id of this test run, for what its files build once and share. */
    testRun: string;
  }
}

/** The shared builds the files of this run read. */
async function neededBuilds(project: TestProject): Promise<SharedBuildName[]> {
  // The command line's file filters: Vitest keeps them on its instance (not a public field; without it every build is started, which is only slower).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const files = new Set((await project.vitest.getRelevantTestSpecifications(filters)).map((spec) => relative(project.config.root, spec.moduleId)));
  return (Object.keys(sharedBuildReaders) as SharedBuildName[]).filter((name) => sharedBuildReaders[name].some((file) => files.has(file)));
}

export default async function setup(project: TestProject) {
  const run = `${Date.now()}-${process.pid}`;
  project.provide('testRun', run);
  if (process.env.SKIP_BUILD !== '1' || !existsSync(`${dist}/index.html`)) {
    const started = performance.now();
    const result = runAstro(['build'], { BUILD_DATE: testBuildDate });
    if (result.status !== 0) throw new Error(`The site did not build:\n${result.stdout}\n${result.stderr}`);
    console.log(`Site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // After dist/: the second build of the same commit is compared with it, and two builds at once would slow the first.
  const background = startSharedBuilds(run, await neededBuilds(project));
  return () => {
    background.stop();
    rmSync(sharedBuildsFolder(run), { recursive: true, force: true });
  };
}
