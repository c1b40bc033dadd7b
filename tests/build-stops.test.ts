/**
 * Bad content stops `astro build` with the content report: no stack trace, no half-built site.
 * One build carries several bad inputs at once (two bad commitments and a data file whose values
 * are not of their columns' types), since the report lists every problem; each kind of problem
 * is checked on its own, without a build, in tests/content-check.test.ts and
 * tests/data-files-check.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAstro } from './support/astro.ts';

const root = mkdtempSync(join(tmpdir(), 'og-bad-build-'));
const outDir = join(root, 'dist');
let build: ReturnType<typeof runAstro>;
let output: string;

beforeAll(() => {
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  cpSync('tests/fixtures/invalid/commitments/missing-reference.md', join(content, 'commitments/missing-reference.md'));
  cpSync('tests/fixtures/invalid/commitments/malformed-date.md', join(content, 'commitments/malformed-date.md'));
  cpSync('tests/fixtures/invalid-data/wrong-types', content, { recursive: true });
  build = runAstro(['build', '--outDir', outDir], { CONTENT_DIR: content });
  output = build.stdout + build.stderr;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('stops the build on bad content and writes nothing', () => {
  expect(build.status).toBe(1);
  expect(output).toContain('Nothing was built.');
  expect(existsSync(outDir)).toBe(false);
});

it('names each bad record and its field', () => {
  expect(output).toContain('commitments/missing-reference.md');
  expect(output).toContain('lead: "ministry-of-magic" is not one of the organizations');
  expect(output).toContain('commitments/malformed-date.md');
  expect(output).toContain('milestones[0].end');
});

it('names a bad data file with its line', () => {
  expect(output).toContain('files/datasets/wrong-types.csv:3');
});

it('shows no stack trace', () => {
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
});
