/**
 * The variant site, shared by tests/history-build.test.ts and tests/xss.test.ts and built once
 * per test run (shared-builds.ts): the sample content, three of its records carrying
 * script-injection payloads (xss-payloads.ts), committed in a temporary Git repository and
 * followed by a known history (history-fixture.ts).
 */
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** Makes the variant site's repository in `dir` (an empty folder inside the project) and builds it there. */
export function buildVariantSite(dir: string): VariantSite {
  mkdirSync(join(dir, 'repo'), { recursive: true });
  const repo = new TempRepo('', join(dir, 'repo'));
  repo.git('init', '-q', '-b', 'main');
  cpSync('content', join(repo.dir, 'content'), { recursive: true });
  addPayloads(join(repo.dir, 'content'));
  repo.commit('Sample content', { author: 'Maintainers', date: '2025-12-01T12:00:00Z' });
  const { commits } = historyFixture(repo);
  const out = join(dir, 'dist');
  const result = runAstro(['build'], { CONTENT_DIR: join(repo.dir, 'content'), DIST_DIR: out, ASTRO_CACHE_DIR: join(dir, 'cache'), BUILD_DATE: testBuildDate });
  return { repo: repo.dir, out, commits, status: result.status, output: result.stdout + result.stderr };
}
