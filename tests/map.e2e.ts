/**
 * The interactive map (/map/, issue #6) in Chromium, served with netlify.toml's headers (CSP
 * included): it loads Leaflet and its data only when it scrolls into view, draws the six
 * districts and one marker per place, opens popups whose links work, is reachable by keyboard
 * with its list, makes no request beyond localhost, and has no axe or CSP violation.
 * Also the transfer benchmark: what the map costs on the wire, gzipped, counted through CDP.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { blockExternalRequests, describeInBrowser, describeViolations, isLocal, launchBrowser, runAxe, watchPage, type PageProblems } from './support/browser.ts';
import { dist } from './support/dist.ts';
import { startServer, type RunningServer } from './support/server.ts';

const places = JSON.parse(readFileSync(`${dist}/api/v1/locations.geojson`, 'utf8')).features as Array<{ properties: { type: string } }>;
const countOf = (kind: string) => places.filter((place) => place.properties.type === kind).length;
/** What only the map needs: Leaflet's code and stylesheet, and the two data files. */
const lazy = (url: string) => /leaflet|\.geojson$/.test(url);

describeInBrowser('the interactive map', () => {
  let browser: Browser;
  let server: RunningServer;
  let context: BrowserContext;
  let external: string[];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist })]);
    // A short window, so the map starts below the fold, as on a phone.
    context = await browser.newContext({ viewport: { width: 1000, height: 400 } });
    external = await blockExternalRequests(context);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens /map/, watched, without scrolling to the map. */
  async function open(): Promise<{ page: Page; problems: PageProblems; requests: string[] }> {
    const page = await context.newPage();
    const problems = await watchPage(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}/map/`, { waitUntil: 'load' });
    return { page, problems, requests };
  }

  /** Scrolls the map into view and waits until its script says it is ready. */
  async function showMap(page: Page) {
    await page.locator('[data-livemap-map]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-module="og-livemap"][data-state="ready"]', { timeout: 15_000 });
  }

  it('loads Leaflet and the data only when the map comes into view', async () => {
    const { page, requests } = await open();
    await page.waitForTimeout(800);
    expect(requests.filter(lazy), 'before scrolling').toEqual([]);
    await showMap(page);
    expect(requests.filter(lazy).map((url) => new URL(url).pathname.replace(/\.[\w-]+\.(js|css)$/, '.$1')).sort()).toEqual([
      '/_astro/leaflet-src.js',
      '/_astro/leaflet.css',
      '/api/v1/districts.geojson',
      '/api/v1/locations.geojson',
    ]);
    await page.close();
  });

  it('draws the six districts and one marker per venue, site and data point, with no tiles by default', async () => {
    const { page, problems } = await open();
    await showMap(page);
    expect(await page.locator('path.og-livemap__district').count()).toBe(6);
    for (const kind of ['venue', 'site', 'data']) {
      expect(countOf(kind), kind).toBeGreaterThan(0);
      expect(await page.locator(`path.og-livemap__marker--${kind}`).count(), kind).toBe(countOf(kind));
    }
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    expect(await page.locator('[data-module="og-livemap"]').getAttribute('data-tiles')).toBeNull();
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('Natural Earth');
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('hides and shows a layer with its toggle, the districts always under the markers', async () => {
    const { page } = await open();
    await showMap(page);
    const venues = page.getByRole('checkbox', { name: /Meeting venues/ });
    await venues.uncheck();
    expect(await page.locator('path.og-livemap__marker--venue').count()).toBe(0);
    await venues.check();
    expect(await page.locator('path.og-livemap__marker--venue').count()).toBe(countOf('venue'));
    const districts = page.getByRole('checkbox', { name: /Districts/ });
    await districts.uncheck();
    expect(await page.locator('path.og-livemap__district').count()).toBe(0);
    await districts.check();
    const order = await page.locator('.leaflet-overlay-pane path').evaluateAll((paths) => paths.map((path) => path.classList.contains('og-livemap__district')));
    expect(order.slice(0, 6)).toEqual(Array(6).fill(true));
    expect(order.slice(6)).not.toContain(true);
    await page.close();
  });

  it('opens a popup when a district is clicked, and its link leads to the district page', async () => {
    const { page } = await open();
    await showMap(page);
    // A corner of Toledo far from any marker: a point of the polygon's outline, moved inwards.
    const toledo = page.locator('path.og-livemap__district').nth(5);
    const box = (await toledo.boundingBox())!;
    await toledo.click({ position: { x: box.width * 0.3, y: box.height * 0.7 } });
    const link = page.locator('.leaflet-popup-content a');
    await expect.poll(() => link.textContent()).toContain('Toledo District');
    await Promise.all([page.waitForURL('**/districts/toledo/'), link.click()]);
    expect(await page.locator('h1').textContent()).toContain('Toledo District');
    await page.close();
  });

  it('is reached by keyboard: the map pans with the arrow keys, and the list shows each feature in a popup', async () => {
    const { page } = await open();
    await showMap(page);
    await page.locator('h1').focus();
    const reached = async (test: () => Promise<boolean>) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (await test()) return true;
      }
      return false;
    };
    expect(await reached(() => page.evaluate(() => document.activeElement?.classList.contains('leaflet-container') ?? false)), 'Tab reaches the map').toBe(true);
    const position = () => page.locator('.leaflet-map-pane').evaluate((pane) => getComputedStyle(pane).transform);
    const before = await position();
    await page.keyboard.press('ArrowRight');
    await expect.poll(position).not.toBe(before);

    expect(await reached(() => page.evaluate(() => document.activeElement?.closest('.og-livemap__places') !== null)), 'Tab goes on to the list').toBe(true);
    const button = page.getByRole('button', { name: 'Show Corozal Town Hall on map' });
    await button.focus();
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => [document.activeElement?.closest('.leaflet-popup') !== null, document.activeElement?.textContent]);
    await expect.poll(focused).toEqual([true, expect.stringContaining('Corozal')]);
    await Promise.all([page.waitForURL('**/meetings/**'), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('has no axe violation, before and after the map loads and with a popup open', async () => {
    const { page, problems } = await open();
    let violations = await runAxe(page);
    expect(violations, describeViolations('/map/ before loading', violations)).toEqual([]);
    await showMap(page);
    violations = await runAxe(page);
    expect(violations, describeViolations('/map/', violations)).toEqual([]);
    await page.getByRole('button', { name: /^Show Belize District on map$/ }).click();
    violations = await runAxe(page);
    expect(violations, describeViolations('/map/ with a popup', violations)).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await page.close();
  });

  it('draws a base map only when the settings name one, with its attribution', async () => {
    const { page, requests } = await open();
    // As if content/settings.yaml had `baseMap`: a local tile address, so nothing leaves the machine.
    await page.locator('[data-module="og-livemap"]').evaluate((root, url) => {
      root.dataset.tiles = `${url}/tiles/{z}/{x}/{y}.png`;
      root.dataset.tilesAttribution = 'Tiles © Example <b>Maps</b>';
    }, server.url);
    await showMap(page);
    await expect.poll(() => requests.filter((url) => url.includes('/tiles/')).length).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('Tiles © Example <b>Maps</b>');
    await page.close();
  });

  it('makes no request beyond localhost', () => {
    expect(external).toEqual([]);
  });

  it('costs at most 120 KB gzipped on the wire (JS, CSS, GeoJSON) once in view, and nothing of Leaflet before', async () => {
    // A context of its own: gzip, as the budget is stated (the server would otherwise answer
    // Chromium with Brotli), and a cold cache.
    const context = await browser.newContext({ viewport: { width: 1000, height: 400 }, extraHTTPHeaders: { 'Accept-Encoding': 'gzip' } });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const sent = new Map<string, { url: string; type: string }>();
      const received: Array<{ url: string; type: string; bytes: number; encoding: string }> = [];
      const encodings = new Map<string, string>();
      cdp.on('Network.requestWillBeSent', (event) => sent.set(event.requestId, { url: event.request.url, type: event.type ?? '' }));
      cdp.on('Network.responseReceived', (event) => encodings.set(event.requestId, event.response.headers['Content-Encoding'] ?? event.response.headers['content-encoding'] ?? 'none'));
      cdp.on('Network.loadingFinished', (event) => {
        const request = sent.get(event.requestId);
        if (request) received.push({ ...request, bytes: event.encodedDataLength, encoding: encodings.get(event.requestId) ?? 'none' });
      });

      await page.goto(`${server.url}/map/`, { waitUntil: 'load' });
      await page.waitForTimeout(800);
      const beforeScroll = [...received];
      await page.locator('[data-livemap-map]').scrollIntoViewIfNeeded();
      await page.waitForSelector('[data-state="ready"]', { timeout: 15_000 });
      await page.waitForTimeout(300);

      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      const counted = (request: { url: string }) => /\.(js|css|geojson)$/.test(new URL(request.url).pathname);
      const total = (list: typeof received) => list.filter(counted).reduce((sum, request) => sum + request.bytes, 0);
      const rows = received.map((r) => `  ${(beforeScroll.includes(r) ? 'on load ' : 'in view ')} ${kb(r.bytes).padStart(8)}  ${r.encoding.padEnd(5)} ${new URL(r.url).pathname}`);
      console.log(`Interactive map transfer (encoded bytes, gzip):\n${rows.join('\n')}\n  JS + CSS + GeoJSON: ${kb(total(beforeScroll))} on load, ${kb(total(received))} with the map (budget 120 KB); everything: ${kb(received.reduce((sum, r) => sum + r.bytes, 0))}`);

      expect(received.every((request) => isLocal(request.url))).toBe(true);
      expect(beforeScroll.filter((request) => lazy(request.url))).toEqual([]);
      expect(received.filter((request) => counted(request) && request.encoding !== 'gzip')).toEqual([]);
      expect(total(received)).toBeLessThanOrEqual(120 * 1024);
    } finally {
      await context.close();
    }
  });
});
