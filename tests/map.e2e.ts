/**
 * The interactive map (/map/, issues #6 and #15) in Chromium, served with netlify.toml's headers
 * (CSP included): it loads Leaflet and the districts only when it scrolls into view, shows how
 * many places each district holds, loads and draws a district's places (one dot per place) when
 * asked, opens popups whose links work, is reachable by keyboard with its list, makes no request
 * beyond localhost, and has no axe or CSP violation. Also the transfer benchmark: what the map
 * costs on the wire, gzipped, counted through CDP.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { blockExternalRequests, describeInBrowser, describeViolations, isLocal, launchBrowser, runAxe, watchPage, type PageProblems } from './support/browser.ts';
import { dist } from './support/dist.ts';
import { startServer, type RunningServer } from './support/server.ts';

const json = (path: string) => JSON.parse(readFileSync(`${dist}${path}`, 'utf8'));
const places = json('/api/v1/locations.geojson').features as unknown[];
const districts = json('/api/v1/districts.geojson').features as Array<{ id: string; properties: { name: string; locations: string[] } }>;
/** The places in a district's own files, as the map loads them. */
const placesIn = (id: string) => districts.find((d) => d.id === id)!.properties.locations.flatMap((url) => json(new URL(url).pathname).features).length;
/** What only the map needs: Leaflet's code and stylesheet, and the data files. */
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
    // The districts only: no place is loaded before the reader asks for a district's.
    expect(requests.filter(lazy).map((url) => new URL(url).pathname.replace(/\.[\w-]+\.(js|css)$/, '.$1')).sort()).toEqual([
      '/_astro/leaflet-src.js',
      '/_astro/leaflet.css',
      '/api/v1/districts.geojson',
    ]);
    await page.close();
  });

  it('splits the places between the districts\' files, every place once', () => {
    expect(districts.reduce((sum, d) => sum + placesIn(d.id), 0)).toBe(places.length);
  });

  it('draws the six districts, each with the number of its places, with no tiles by default', async () => {
    const { page, problems } = await open();
    await showMap(page);
    expect(await page.locator('path.og-livemap__district').count()).toBe(6);
    const counts = await page.locator('.og-livemap__count').evaluateAll((markers) => markers.map((m) => m.textContent));
    expect(counts.length).toBe(districts.filter((d) => placesIn(d.id) > 0).length);
    for (const district of districts.filter((d) => placesIn(d.id) > 0)) {
      expect(counts, district.id).toContain(`${placesIn(district.id)}${district.properties.name} District: show its ${placesIn(district.id)} place${placesIn(district.id) === 1 ? '' : 's'}`);
    }
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    expect(await page.locator('[data-module="og-livemap"]').getAttribute('data-tiles')).toBeNull();
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('Natural Earth');
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('loads a district\'s places when its number is selected, and draws one dot for each', async () => {
    const { page, requests } = await open();
    await showMap(page);
    await page.locator('.og-livemap__count', { hasText: 'Toledo District' }).click();
    const expected = placesIn('toledo');
    await page.waitForFunction((n) => document.querySelector('[data-livemap-status]')?.textContent?.startsWith(`Showing ${n} place`), expected);
    expect(requests.filter((url) => url.includes('/api/v1/locations/')).map((url) => new URL(url).pathname)).toEqual(
      districts.find((d) => d.id === 'toledo')!.properties.locations.map((url) => new URL(url).pathname),
    );
    expect(await page.locator('.og-livemap__count', { hasText: 'Toledo District' }).count(), 'its number gives way to its dots').toBe(0);
    await page.close();
  });

  /** How many pixels of the places' canvas are drawn. */
  const inked = (page: Page) =>
    page.locator('.leaflet-overlay-pane canvas').evaluate((canvas: HTMLCanvasElement) => {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) n++;
      return n;
    });

  it('hides and shows a kind of place with its toggle, the districts always under the dots', async () => {
    const { page } = await open();
    await showMap(page);
    await page.getByRole('button', { name: 'Show Toledo District on map' }).click();
    await page.waitForFunction(() => document.querySelector('[data-livemap-status]')?.textContent?.startsWith('Showing'));
    await expect.poll(() => inked(page)).toBeGreaterThan(0);
    for (const kind of [/Meeting venues/, /Commitment sites/, /Points from open data/]) await page.getByRole('checkbox', { name: kind }).uncheck();
    await expect.poll(() => inked(page)).toBe(0);
    await page.getByRole('checkbox', { name: /Points from open data/ }).check();
    await expect.poll(() => inked(page)).toBeGreaterThan(0);
    const districtToggle = page.getByRole('checkbox', { name: /Districts/ });
    await districtToggle.uncheck();
    expect(await page.locator('path.og-livemap__district').count()).toBe(0);
    await districtToggle.check();
    // The districts' drawing comes before the dots' canvas, so the dots stay on top.
    const layers = await page.locator('.leaflet-overlay-pane > *').evaluateAll((elements) => elements.map((element) => element.tagName.toLowerCase()));
    expect(layers).toEqual(['svg', 'canvas']);
    await page.close();
  });

  it('opens a popup when a district is clicked, and its link leads to the district page', async () => {
    const { page } = await open();
    await showMap(page);
    // Toledo's west, along its straight border with Guatemala: far from its number, which
    // stands on its capital on the coast.
    const toledo = page.locator('path.og-livemap__district').nth(5);
    const box = (await toledo.boundingBox())!;
    await toledo.click({ position: { x: box.width * 0.12, y: box.height * 0.45 } });
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

    // A district's number is a button: Enter shows its places.
    expect(await reached(() => page.evaluate(() => document.activeElement?.classList.contains('og-livemap__count') ?? false)), 'Tab reaches a district\'s number').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-livemap-status]')?.textContent?.startsWith('Showing'));

    expect(await reached(() => page.evaluate(() => document.activeElement?.closest('.og-livemap__places') !== null)), 'Tab goes on to the list').toBe(true);
    const button = page.getByRole('button', { name: 'Show Corozal District on map' });
    await button.focus();
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => [document.activeElement?.closest('.leaflet-popup') !== null, document.activeElement?.textContent]);
    await expect.poll(focused).toEqual([true, expect.stringContaining('Corozal District')]);
    await Promise.all([page.waitForURL('**/districts/corozal/'), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('lists each district\'s places, with their pages, for readers who do not use the map', async () => {
    const { page } = await open();
    for (const district of districts.filter((d) => placesIn(d.id) > 0)) {
      expect(await page.locator(`a[href="/map/${district.id}/"]`).textContent(), district.id).toContain(`${placesIn(district.id)} place`);
    }
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
