/**
 * The sites the tests build besides dist/, each once per test run: the variant site
 * (variant-site.ts, read by tests/history-build.test.ts and tests/xss.test.ts), its shallow clone
 * (tests/history-build.test.ts) and a second build of the same commit (tests/calendar.test.ts);
 * and, last, the project's type check (`astro check`, read by tests/typecheck.test.ts), which
 * runs the same way so that it costs the run no time of its own.
 * The global setup starts the ones the run's files need in the background, one after another in
 * a child process, while the files that need none of them run on the other core; a file that
 * needs one waits for it. A build that was not started (a file run with another configuration)
 * is built by the first file that asks. Each build leaves `<name>.json` in the run's folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runAstro, testBuildDate } from './astro.ts';
import { TempRepo } from './git-repo.ts';
import { buildVariantSite, type VariantSite } from './variant-site.ts';

/** A site built for the tests: where it went, and the build's exit status and output for the files to judge. */
export interface BuiltSite {
  out: string;
  status: number | null;
  output: string;
}

/** What each shared build gives, by name. */
export interface SharedBuilds {
  variant: VariantSite;
  /** The variant site's repository cloned with `--depth 1`, as a CI checkout does, and built. */
  shallow: BuiltSite;
  /** The sample content built a second time, as dist/ was: a build must be reproducible. */
  rebuild: BuiltSite;
  /** `astro check` over the project, on the types the first build wrote into .astro/. */
  types: { status: number | null; output: string };
}

/** The name of a shared build. */
export type SharedBuildName = keyof SharedBuilds;

/** The test files that read each build, so that the global setup starts only what a run needs. */
export const sharedBuildReaders: Record<SharedBuildName, string[]> = {
  variant: ['tests/history-build.test.ts', 'tests/xss.test.ts'],
  shallow: ['tests/history-build.test.ts'],
  rebuild: ['tests/calendar.test.ts'],
  types: ['tests/typecheck.test.ts'],
};

/** The folder of a test run's shared builds: inside the project, where Astro keeps a build's prerender chunks apart from other builds'. */
export function sharedBuildsFolder(run: string): string {
  return resolve(`tests/.tmp/builds-${run}`);
}

/** Builds one shared site into `folder` now (the shallow clone after the variant site it clones), and records it. */
export function buildShared<N extends SharedBuildName>(folder: string, name: N): SharedBuilds[N] {
  const record = join(folder, `${name}.json`);
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as SharedBuilds[N];
  const dir = join(folder, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const astro = (content: string | undefined) => {
    const out = join(dir, 'dist');
    const result = runAstro(['build'], { ...(content ? { CONTENT_DIR: content } : {}), DIST_DIR: out, ASTRO_CACHE_DIR: join(dir, 'cache'), BUILD_DATE: testBuildDate });
    return { out, status: result.status, output: result.stdout + result.stderr };
  };
  let site: SharedBuilds[SharedBuildName];
  if (name === 'variant') site = buildVariantSite(dir);
  else if (name === 'types') {
    // --noSync: reads .astro/ as the first build left it; a check that wrote it could clash with a build.
    const result = runAstro(['check', '--noSync', '--minimumFailingSeverity', 'warning']);
    site = { status: result.status, output: result.stdout + result.stderr };
  } else if (name === 'shallow') {
    const clone = new TempRepo('', buildShared(folder, 'variant').repo).shallowClone();
    site = astro(join(clone.dir, 'content'));
    clone.remove();
  } else site = astro(undefined);
  // Written whole, then named: a file waiting for it never reads half of it.
  writeFileSync(`${record}.part`, JSON.stringify(site));
  renameSync(`${record}.part`, record);
  return site as SharedBuilds[N];
}

/** The shared builds under way in the background, started by the global setup. */
export interface BackgroundBuilds {
  /** Stops what is still building (the run ended early or failed). */
  stop: () => void;
}

/**
 * Starts `names`, in that order, in a child process (`shared-builds-run.ts`), and says so in the
 * folder (`queued.json`); when the child ends it leaves `ended.json`, so that a file never waits
 * for a build that died.
 */
export function startSharedBuilds(run: string, names: SharedBuildName[]): BackgroundBuilds {
  const folder = sharedBuildsFolder(run);
  mkdirSync(folder, { recursive: true });
  if (!names.length) return { stop: () => undefined };
  writeFileSync(join(folder, 'queued.json'), JSON.stringify(names));
  // Its own process group, so that stopping it stops the Astro build it runs too.
  const child: ChildProcess = spawn(process.execPath, ['tests/support/shared-builds-run.ts', folder, ...names], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let errors = '';
  let stopped = false;
  child.stderr!.on('data', (chunk) => (errors += chunk));
  child.on('exit', (code, signal) => stopped || writeFileSync(join(folder, 'ended.json'), JSON.stringify({ code, signal, errors })));
  return {
    stop: () => {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
    },
  };
}

/** A shared build of this test run: waits for it when the global setup started it, or builds it now. */
export async function sharedBuild<N extends SharedBuildName>(name: N): Promise<SharedBuilds[N]> {
  // Imported here: the configuration reads this file too (for its readers), where Vitest's runtime has no place.
  const { inject } = await import('vitest');
  const folder = sharedBuildsFolder(inject('testRun'));
  const record = join(folder, `${name}.json`);
  const queued = join(folder, 'queued.json');
  if (existsSync(queued) && (JSON.parse(readFileSync(queued, 'utf8')) as string[]).includes(name)) {
    while (!existsSync(record)) {
      const ended = join(folder, 'ended.json');
      // The record is written before the child ends: read it once more before giving up.
      if (existsSync(ended) && !existsSync(record)) throw new Error(`The background build of the ${name} site stopped before it was done: ${readFileSync(ended, 'utf8')}`);
      await sleep(200);
    }
  }
  return buildShared(folder, name);
}

/**
 * Resolves once the background builds have ended, at once when none were started. Every Astro
 * build of the project writes its .astro/ folder (a content folder's asset imports among it): a
 * test that builds another site waits for this first, so that two builds never run side by side.
 */
export async function sharedBuildsIdle(): Promise<void> {
  const { inject } = await import('vitest');
  const folder = sharedBuildsFolder(inject('testRun'));
  if (!existsSync(join(folder, 'queued.json'))) return;
  while (!existsSync(join(folder, 'ended.json'))) await sleep(200);
}
