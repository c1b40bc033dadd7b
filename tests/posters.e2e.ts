/**
 * Posters (issue #16), in Chromium: every upcoming meeting has one; each prints to PDF on one
 * A4 page and on one Letter page with its title, address and ways to take part; its QR code,
 * decoded by an independent decoder (jsQR) from the printed page and from a rendering only
 * 3 cm wide, gives back the absolute address of the record's page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import yaml from 'js-yaml';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testBuildDate } from './support/astro.ts';
import { describeInBrowser, launchBrowser, watchPage } from './support/browser.ts';
import { dist } from './support/dist.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { sitemapPaths } from './support/sitemap.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';

const settings = yaml.load(readFileSync('content/settings.yaml', 'utf8')) as { url: string; contactEmail: string; contactTelephone?: string };
const frontMatter = (file: string) => yaml.load(readFileSync(file, 'utf8').split(/^---$/m)[1]) as { title: string; status: string; date: Date | string };
const iso = (date: Date | string) => (date instanceof Date ? date.toISOString().slice(0, 10) : date);

/** Upcoming meetings, worked out from the files: scheduled, on or after the test build date. */
const upcoming = readdirSync(recordFolder('meetings'))
  .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
  .map((name) => ({ id: name.slice(0, -3), ...frontMatter(join(recordFolder('meetings'), name)) }))
  .filter((meeting) => meeting.status === 'scheduled' && iso(meeting.date) >= testBuildDate);

/** Every poster page the site publishes (meetings now; any other kind later), with the record it announces. */
const posters = sitemapPaths()
  .filter((path) => path.endsWith('/poster/'))
  .map((path) => ({ path, record: path.slice(0, -'poster/'.length) }));

/** jsQR on a PNG: its text, or undefined when no code is found. */
async function decode(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

it('the sample has an upcoming meeting, so posters are tested at all', () => {
  expect(upcoming.length).toBeGreaterThan(0);
});

it('publishes a poster for every upcoming meeting and for no other meeting', () => {
  const meetingPosters = posters.filter(({ path }) => path.startsWith('/meetings/')).map(({ path }) => path);
  expect(meetingPosters.sort()).toEqual(upcoming.map((meeting) => `/meetings/${meeting.id}/poster/`).sort());
});

describeInBrowser(`posters (${posters.length})`, () => {
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  const work = mkdtempSync(join(tmpdir(), 'og-posters-'));

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist })]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it.each(posters)('$path is linked from its record', ({ path, record }) => {
    expect(readFileSync(join(dist, record, 'index.html'), 'utf8')).toContain(`href="${path}"`);
  });

  it.each(posters)('$path prints on one page of A4 and of Letter, saying what, where and how to take part', async ({ path, record }) => {
    const problems = await watchPage(page);
    await page.goto(server.url + path, { waitUntil: 'load' });
    const title = (await page.locator('h1').innerText()).trim();
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = join(work, `${format}.pdf`);
      await page.pdf({ path: pdf, format, printBackground: true });
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), `${path} on ${format}`).toMatch(/^Pages:\s+1$/m);
      // The telephone number is set with non-breaking spaces and hyphens; read as plain ones.
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\u2011/g, '-').replace(/\s+/g, ' ');
      // A long title may wrap after a dash ("2026–" / "2028"), where pdftotext puts a space.
      expect(text.replace(/\s+/g, '')).toContain(title.replace(/\s+/g, ''));
      expect(text).toContain(new URL(record, settings.url).href);
      expect(text).toContain(settings.contactEmail);
      if (settings.contactTelephone) expect(text).toContain(settings.contactTelephone);
      expect(text, 'the site menus are left out').not.toContain('Skip to main content');
    }
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it.each(posters)('$path has a QR code that reads back as its record\'s address, printed and at 3 cm', async ({ path, record }) => {
    const expected = new URL(record, settings.url).href;
    await page.goto(server.url + path, { waitUntil: 'load' });

    // As printed: the PDF page rasterised at 150 dpi, as an office printer would put it on paper.
    const pdf = join(work, 'qr.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', pdf, join(work, 'printed')]);
    expect(await decode(readFileSync(join(work, 'printed.png')))).toBe(expected);

    // At 3 cm, a screenshot at 96 dpi: about 3 pixels a module, far coarser than a phone camera sees.
    await page.emulateMedia({ media: 'print' });
    const code = page.locator('svg.og-poster__qr');
    await code.evaluate((svg: SVGElement) => {
      svg.style.width = '3cm';
      svg.style.height = '3cm';
    });
    expect((await code.boundingBox())?.width).toBeCloseTo((3 / 2.54) * 96, 0);
    expect(await decode(await code.screenshot())).toBe(expected);
    // Back to no emulation: with 'screen' forced, the next poster's page.pdf() would print the screen styles.
    await page.emulateMedia({ media: null });
  });
});
