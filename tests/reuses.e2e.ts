/**
 * The reuses' filters in Chromium with JavaScript off (issue #14): a reader narrows the list by
 * district, then by type, following plain links, and sees only what the content says matches;
 * the thumbnails are drawn from the AVIF or WebP copies, at the size their attributes promise.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content/check.ts';
import { describeInBrowser, launchBrowser } from './support/browser.ts';
import { dist } from './support/dist.ts';
import { startServer, type RunningServer } from './support/server.ts';

const reuses = checkContent('content').records.filter((r) => r.collection === 'reuses').map((r) => ({ id: r.id, data: r.data as { title: string; type: string; districts: string[] } }));
const titles = (list: typeof reuses) => list.map((r) => r.data.title).sort();

describeInBrowser('filtering the reuses without JavaScript', () => {
  let browser: Browser;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist })]);
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The titles of the reuses listed on the page. */
  const listed = () => page.locator('.og-reuse h3, .og-reuse h4').allTextContents().then((texts) => texts.map((t) => t.trim()).sort());
  /** A filter link of the "Show only" box. */
  const filter = (name: string) => page.getByRole('navigation', { name: 'Show only' }).getByRole('link', { name, exact: true });

  it('narrows the list to a district, then to a type, by following links', async () => {
    await page.goto(`${server.url}/reuses/`);
    expect(await listed()).toEqual(titles(reuses));

    await filter('Toledo').click();
    await page.waitForURL(/\/reuses\/district\/toledo\/$/);
    expect(await page.locator('h1').textContent()).toBe('Reuses serving Toledo District');
    expect(await listed()).toEqual(titles(reuses.filter((r) => r.data.districts.includes('toledo') || r.data.districts.length === 0)));
    expect(await filter('Toledo').getAttribute('aria-current')).toBe('page');

    await filter('Apps').click();
    await page.waitForURL(/\/reuses\/type\/app\/$/);
    expect(await listed()).toEqual(titles(reuses.filter((r) => r.data.type === 'app')));

    await page.getByRole('link', { name: 'All reuses' }).click();
    await page.waitForURL(/\/reuses\/$/);
    expect(await listed()).toEqual(titles(reuses));
  });

  it('draws every thumbnail from its small copy, at the size its attributes say', async () => {
    await page.goto(`${server.url}/reuses/`);
    const images = page.locator('.og-reuse img');
    expect(await images.count()).toBeGreaterThan(3);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const drawn = await image.evaluate((img: HTMLImageElement) => ({ source: img.currentSrc, ratio: img.width / img.height, declared: Number(img.getAttribute('width')) / Number(img.getAttribute('height')) }));
      expect(drawn.source).toMatch(/\/_astro\/.+\.(avif|webp)$/);
      expect(drawn.ratio).toBeCloseTo(drawn.declared, 1);
    }
  });
});
