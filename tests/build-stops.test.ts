/** Bad content stops `astro build` with the content report: no stack trace, no half-built site. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runAstro } from './support/astro.ts';

const root = mkdtempSync(join(tmpdir(), 'og-bad-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('stops the build on bad content, naming the file and field, and writes nothing', () => {
  const content = join(root, 'content');
  const outDir = join(root, 'dist');
  cpSync('content', content, { recursive: true });
  cpSync('tests/fixtures/invalid/commitments/missing-reference.md', join(content, 'commitments/missing-reference.md'));
  cpSync('tests/fixtures/invalid/commitments/malformed-date.md', join(content, 'commitments/malformed-date.md'));
  cpSync('tests/fixtures/invalid/public-input/phone-in-published-text.yaml', join(content, 'public-input/phone-in-published-text.yaml'));
  // The site's address, which the build's configuration needs, is reported like any other field.
  writeFileSync(join(content, 'settings.yaml'), readFileSync('content/settings.yaml', 'utf8').replace(/^url: .*$/m, 'url: opengov.example.bz'));

  const result = runAstro(['build', '--outDir', outDir], { CONTENT_DIR: content });
  const output = result.stdout + result.stderr;

  expect(result.status).toBe(1);
  expect(output).toContain('commitments/missing-reference.md');
  expect(output).toContain('lead: "ministry-of-magic" is not one of the organizations');
  expect(output).toContain('commitments/malformed-date.md');
  expect(output).toContain('milestones[0].end');
  expect(output).toContain('public-input/phone-in-published-text.yaml');
  expect(output).toContain('text (The input): published input carries a telephone number');
  expect(output).not.toContain('610-4477'); // the build log never repeats the number itself
  expect(output).toContain('settings.yaml');
  expect(output).toContain('url (Site address): expected a web address');
  expect(output).toContain('Nothing was built.');
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
  expect(existsSync(outDir)).toBe(false);
});
