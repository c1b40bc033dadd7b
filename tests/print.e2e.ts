/**
 * The printable action plan, printed to PDF by Chromium on A4 and on US Letter and read back
 * with pdftotext (poppler-utils, installed by .ci/run): every commitment of the plan is there,
 * each starting a page of its own, with its milestones; link addresses are printed; the site's
 * navigation is not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser } from './support/browser.ts';
import { dist } from './support/dist.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';

const front = (path: string) => yaml.load(readFileSync(path, 'utf8').split(/^---$/m)[1]) as Record<string, any>;
const plans = readdirSync(recordFolder('action-plans')).map((f) => f.replace(/\.md$/, ''));
const commitments = readdirSync(recordFolder('commitments')).map((f) => front(`${recordFolder('commitments')}/${f}`));
const work = mkdtempSync(join(tmpdir(), 'og-print-'));

/** The text of a PDF, one string per page (pdftotext separates pages with form feeds). */
function pdfPages(pdf: Buffer): string[] {
  const file = join(work, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const result = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed (apt-get install poppler-utils): ${result.stderr}`);
  return result.stdout.split('\f').map((page) => page.replace(/\s+/g, ' ').trim());
}

describeInBrowser('the printable action plan', () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it.each(plans.flatMap((plan) => [[plan, 'A4'], [plan, 'Letter']]))('%s on %s holds every commitment, each from the top of a page, with link addresses and no navigation', async (plan, format) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/action-plans/${plan}/print/`, { waitUntil: 'load' });
    const pages = pdfPages(await page.pdf({ format: format as 'A4' | 'Letter', printBackground: true }));
    await page.close();
    const text = pages.join(' ');
    const mine = commitments.filter((c) => c.plan === plan);
    expect(mine.length).toBeGreaterThan(0);
    for (const commitment of mine) {
      // The heading is the first thing on its page (titles may wrap: compare their first words).
      const heading = `${commitment.code}: ${commitment.title}`.replace(/\s+/g, ' ').slice(0, 40);
      expect(pages.some((p) => p.startsWith(heading)), `${heading} starts a page`).toBe(true);
      for (const milestone of commitment.milestones) expect(text, milestone.title).toContain(milestone.title.replace(/\s+/g, ' ').slice(0, 30));
    }
    expect(text).toMatch(/\(\/commitments\/|\(https?:\/\//);
    expect(text).not.toContain('Skip to main content');
    expect(text).not.toContain('Search the site');
    expect(text).not.toContain("Editors' sign-in");
  }, 60_000);
});
