/**
 * Bad content stops `astro build` with the content report: no stack trace, no half-built site,
 * and for each failing file the commit that last changed it and its author. One build carries
 * every kind of bad input the build must stop on (the report lists every problem): bad records,
 * a data file whose values are not of their columns' types, a screenshot too wide and one never
 * uploaded, a telephone number in published public input, a site address that is not one, and
 * the meeting of issue #17, committed by hand. Each kind of problem is checked on its own,
 * without a build, in tests/content-check.test.ts and tests/data-files-check.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAstro } from './support/astro.ts';
import { TempRepo } from './support/git-repo.ts';

const repo = new TempRepo('og-bad-build-');
const content = join(repo.dir, 'content');
const outDir = join(mkdtempSync(join(tmpdir(), 'og-bad-build-out-')), 'dist');
let build: ReturnType<typeof runAstro>;
let output: string;
let sha: string;

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  repo.commit('Content as published', { author: 'Ana Pérez', date: '2026-11-01T10:00:00Z' });
  const add = (fixture: string, to: string) => cpSync(`tests/fixtures/${fixture}`, join(content, to), { recursive: true });
  add('invalid/commitments/en/missing-reference.md', 'commitments/en/missing-reference.md');
  add('invalid/commitments/en/malformed-date.md', 'commitments/en/malformed-date.md');
  // A translation that copies a fact from the English record (issue #18).
  add('invalid/commitments/es/open-contracting.md', 'commitments/es/open-contracting.md');
  add('invalid-data/wrong-types', '.');
  add('invalid/reuses/oversized-screenshot.md', 'reuses/oversized-screenshot.md');
  add('invalid/files/reuses/too-wide.png', 'files/reuses/too-wide.png');
  add('invalid/reuses/missing-screenshot.md', 'reuses/missing-screenshot.md');
  add('invalid/public-input/phone-in-published-text.yaml', 'public-input/phone-in-published-text.yaml');
  // The site's address, which the build's configuration needs, is reported like any other field.
  writeFileSync(join(content, 'settings.yaml'), readFileSync('content/settings.yaml', 'utf8').replace(/^url: .*$/m, 'url: opengov.example.bz'));
  // The meeting of issue #17: every field the editor marked required, neither a district nor "held online".
  writeFileSync(join(content, 'meetings/en/2026-11-26-toledo-consultation.md'), '---\ntitle: Toledo consultation\nsummary: Parents discussed school meals.\nkind: public-consultation\nstatus: held\ndate: 2026-11-26\n---\n');
  sha = repo.commit('Add the Toledo consultation', { author: 'Jane Coordinator', date: '2026-11-26T18:00:00Z' });
  build = runAstro(['build', '--outDir', outDir], { CONTENT_DIR: content });
  output = build.stdout + build.stderr;
}, 240_000);
afterAll(() => {
  repo.remove();
  rmSync(join(outDir, '..'), { recursive: true, force: true });
});

it('stops the build on bad content and writes nothing', () => {
  expect(build.status).toBe(1);
  expect(output).toContain('Nothing was built.');
  expect(existsSync(outDir)).toBe(false);
});

it('names each bad record and its field', () => {
  expect(output).toContain('commitments/en/missing-reference.md');
  expect(output).toContain('lead: "ministry-of-magic" is not one of the organizations');
  expect(output).toContain('commitments/en/malformed-date.md');
  expect(output).toContain('milestones[0].end');
  expect(output).toContain('settings.yaml');
  expect(output).toContain('url (Site address): expected a web address');
});

it('names a fact copied into a translation, and says to keep it in the English file', () => {
  expect(output).toContain('commitments/es/open-contracting.md');
  expect(output).toMatch(/status: status is not prose to translate: facts are kept once, in the English file \S*content\/commitments\/en\/open-contracting\.md; remove status from this translation/);
});

it('names a bad data file with its line', () => {
  expect(output).toContain('files/datasets/wrong-types.csv:3');
});

it('names a screenshot too large for the site, and one never uploaded', () => {
  expect(output).toContain('reuses/oversized-screenshot.md');
  expect(output).toContain('screenshot.file: /files/reuses/too-wide.png is 3000 × 60 pixels');
  expect(output).toContain('reuses/missing-screenshot.md');
  expect(output).toContain('screenshot.file: there is no file /files/reuses/never-uploaded.png');
});

it('names a telephone number in published public input without repeating it', () => {
  expect(output).toContain('public-input/phone-in-published-text.yaml');
  expect(output).toContain('text (The input): published input carries a telephone number');
  expect(output).not.toContain('610-4477');
});

it('names the commit that last changed a failing file, and its author, when a bad record was committed by hand', () => {
  expect(output).toContain(`meetings/en/2026-11-26-toledo-consultation.md (last changed in commit ${sha.slice(0, 10)} by Jane Coordinator, 2026-11-26: "Add the Toledo consultation")`);
  expect(output).toContain('- district (District): name the district where the meeting was held, or mark it as held online');
});

it('shows no stack trace', () => {
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
});
