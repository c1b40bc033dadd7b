/**
 * The variant site, built once per test run and shared by the two files that read it
 * (tests/history-build.test.ts and tests/xss.test.ts): the sample content, three of its records
 * carrying script-injection payloads (xss-payloads.ts), committed in a temporary Git repository
 * and followed by a known history (history-fixture.ts). The first file that asks builds it; the
 * next one reads what was built (test files run one at a time); the global setup removes it
 * after the run.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { runAstro, testBuildDate } from './astro.ts';
import { TempRepo } from './git-repo.ts';
import { historyFixture, type FixtureCommits } from './history-fixture.ts';
import { addPayloads } from './xss-payloads.ts';

/** The variant site as built. */
export interface VariantSite {
  /** The Git repository it was built from, its content under `content/`. */
  repo: string;
  /** The built site. */
  out: string;
  /** The ids of the history's commits. */
  commits: FixtureCommits;
  /** The build's exit status and output, for the files to judge. */
  status: number | null;
  output: string;
}

/** The folder of a test run's variant site: inside the project, where Astro keeps a build's prerender chunks apart from other builds'. */
export function variantSiteFolder(run: string): string {
  return resolve(`tests/.tmp/variant-site-${run}`);
}

/** The variant site of this test run, built on first use. */
export function variantSite(): VariantSite {
  const dir = variantSiteFolder(inject('testRun'));
  const record = join(dir, 'site.json');
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as VariantSite;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'repo'), { recursive: true });
  const repo = new TempRepo('', join(dir, 'repo'));
  repo.git('init', '-q', '-b', 'main');
  cpSync('content', join(repo.dir, 'content'), { recursive: true });
  addPayloads(join(repo.dir, 'content'));
  repo.commit('Sample content', { author: 'Maintainers', date: '2025-12-01T12:00:00Z' });
  const { commits } = historyFixture(repo);
  const out = join(dir, 'dist');
  const result = runAstro(['build'], { CONTENT_DIR: join(repo.dir, 'content'), DIST_DIR: out, ASTRO_CACHE_DIR: join(dir, 'cache'), BUILD_DATE: testBuildDate });
  const site: VariantSite = { repo: repo.dir, out, commits, status: result.status, output: result.stdout + result.stderr };
  writeFileSync(record, JSON.stringify(site));
  return site;
}
