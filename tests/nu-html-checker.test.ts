/**
 * Every built page is valid HTML by the W3C's own validator, the Nu HTML Checker (issue #11):
 * no error and no warning; its informational notes are allowed. All pages go through one Java
 * process (Java starts slowly); each page then gets its own test, so a failure names the page,
 * with the line and the checker's message.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dist, distFiles } from './support/dist.ts';
import { describeWithJava, runNuChecker, type NuMessage } from './support/nu-checker.ts';
import { inlineStyles, ownPolicies, styleSource } from './support/styles.ts';

const files = distFiles().filter((file) => file.endsWith('.html')).sort();

/** A page broken the way /search/ once was (a script after </html>), checked in the same run. */
const scratch = mkdtempSync(join(tmpdir(), 'og-vnu-'));
const broken = join(scratch, 'broken.html');
writeFileSync(broken, '<!doctype html><html lang="en"><head><title>Broken</title></head><body><p>Text</p></body></html><script type="module" src="/x.js"></script>');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describeWithJava(`the Nu HTML Checker on every built page (${files.length})`, () => {
  const byFile = new Map<string, NuMessage[]>();
  beforeAll(() => {
    for (const message of runNuChecker([...files.map((file) => join(dist, file)), broken])) {
      const file = resolve(fileURLToPath(message.url));
      byFile.set(file, [...(byFile.get(file) ?? []), message]);
    }
  }, 180_000);

  /**
   * Errors and warnings of one file, as "file:line: message" lines; notes left out, and the CSS
   * validator's complaint about `paint-order` (SVG 2 and CSS Fill and Stroke; every browser has it,
   * the checker's CSS grammar does not), which it reads now that the stylesheet is inline (issue #15).
   */
  const unknownToTheChecker = /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/;
  /**
   * The checker reads a page's own Content-Security-Policy but not the hashes in it, and takes
   * the page's `<style>` for a violation. Left out only where the policy names that stylesheet's
   * hash, worked out here; Chromium enforcing the policy is tested too (the browser walks fail on
   * any violation, tests/accessibility.e2e.ts).
   */
  const hashUnread = /^Inline style violates Content Security Policy \(meta tag\)/;
  const hashedInPolicy = (file: string) => {
    const html = readFileSync(file, 'utf8');
    const sources = ownPolicies(html).join(' ').split(' ');
    return inlineStyles(html).every((css) => sources.includes(styleSource(css)));
  };
  const failures = (file: string) =>
    (byFile.get(resolve(file)) ?? [])
      .filter((message) => message.type !== 'info' || message.subType === 'warning')
      .filter((message) => !unknownToTheChecker.test(message.message))
      .filter((message) => !(hashUnread.test(message.message) && hashedInPolicy(file)))
      // The Spanish list of changes quotes commit messages and record titles as they were written,
      // in English (each marked lang="en"); they outweigh its Spanish words in the checker's guess
      // at the page's language, which reads text whatever its lang attribute says.
      .filter((message) => !(/[/\\]es[/\\]changes[/\\]/.test(file) && /^This document appears to be written in English/.test(message.message)))
      .map((message) => `${file}:${message.lastLine ?? '?'}: ${message.subType === 'warning' ? 'warning' : message.type}: ${message.message}${message.extract ? `\n    ${message.extract.replace(/\s+/g, ' ')}` : ''}`);

  it('finds every page', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('search/index.html');
  });

  it.each(files)('%s has no error or warning', (file) => {
    expect(failures(join(dist, file))).toEqual([]);
  });

  it('reports a script after </html> (so a silent checker cannot pass)', () => {
    expect(failures(broken).join('\n')).toMatch(/error: Stray start tag “script”/);
  });
});
