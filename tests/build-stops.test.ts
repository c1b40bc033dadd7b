/**
 * Bad content stops `astro build` with the content report: no stack trace, no half-built site,
 * and for each failing file the commit that last changed it and its author.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runAstro } from './support/astro.ts';
import { TempRepo } from './support/git-repo.ts';

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

it('names the commit that last changed a failing file, and its author, when a bad record was committed by hand', () => {
  const repo = new TempRepo('og-bad-commit-');
  try {
    cpSync('content', join(repo.dir, 'content'), { recursive: true });
    repo.commit('Content as published', { author: 'Ana Pérez', date: '2026-11-01T10:00:00Z' });
    // The meeting of issue #17: every field the editor marked required, neither a district nor "held online".
    writeFileSync(join(repo.dir, 'content/meetings/2026-11-26-toledo-consultation.md'), '---\ntitle: Toledo consultation\nsummary: Parents discussed school meals.\nkind: public-consultation\nstatus: held\ndate: 2026-11-26\n---\n');
    const sha = repo.commit('Add the Toledo consultation', { author: 'Jane Coordinator', date: '2026-11-26T18:00:00Z' });

    const result = runAstro(['build', '--outDir', join(repo.dir, 'dist')], { CONTENT_DIR: join(repo.dir, 'content') });
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).toContain(`meetings/2026-11-26-toledo-consultation.md (last changed in commit ${sha.slice(0, 10)} by Jane Coordinator, 2026-11-26: "Add the Toledo consultation")`);
    expect(output).toContain('- district (District): name the district where the meeting was held, or mark it as held online');
  } finally {
    repo.remove();
  }
});

it('stops the build on a screenshot too large for the site, naming the record and the image', () => {
  const content = join(root, 'content-image');
  const outDir = join(root, 'dist-image');
  cpSync('content', content, { recursive: true });
  cpSync('tests/fixtures/invalid/reuses/oversized-screenshot.md', join(content, 'reuses/oversized-screenshot.md'));
  cpSync('tests/fixtures/invalid/files/reuses/too-wide.png', join(content, 'files/reuses/too-wide.png'));
  cpSync('tests/fixtures/invalid/reuses/missing-screenshot.md', join(content, 'reuses/missing-screenshot.md'));

  const result = runAstro(['build', '--outDir', outDir], { CONTENT_DIR: content });
  const output = result.stdout + result.stderr;

  expect(result.status).toBe(1);
  expect(output).toContain('reuses/oversized-screenshot.md');
  expect(output).toContain('screenshot.file: /files/reuses/too-wide.png is 3000 × 60 pixels');
  expect(output).toContain('reuses/missing-screenshot.md');
  expect(output).toContain('screenshot.file: there is no file /files/reuses/never-uploaded.png');
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(existsSync(outDir)).toBe(false);
});
