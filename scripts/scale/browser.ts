/**
 * What a reader downloads at scale, measured in Chromium as tests/search.e2e.ts and
 * tests/map.e2e.ts measure it: a cold cache, every response of the context counted (the search
 * worker's and its WebAssembly's too), body and headers.
 */
import type { Browser, BrowserContext } from 'playwright-core';

/** Counts the bytes and requests a browser context receives, from now on. */
function meter(context: BrowserContext) {
  let received: Array<{ path: string; bytes: number }> = [];
  const pending = new Set<Promise<void>>();
  context.on('requestfinished', (request) => {
    const counted = (async () => {
      const sizes = await request.sizes();
      const length = Number((await request.response())?.headers()['content-length'] ?? 0);
      received.push({ path: new URL(request.url()).pathname, bytes: Math.max(sizes.responseBodySize, length) + sizes.responseHeadersSize });
    })().catch(() => undefined);
    pending.add(counted);
    counted.finally(() => pending.delete(counted));
  });
  return {
    reset: () => void (received = []),
    /** What was received so far, once every response has been counted. */
    read: async () => {
      await Promise.all(pending);
      return { bytes: received.reduce((sum, r) => sum + r.bytes, 0), requests: received.map((r) => r.path), received: [...received] };
    },
  };
}

/** The first search on /search/: the query typed and Enter pressed, until its first results are shown. */
export async function firstSearch(browser: Browser, base: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const counter = meter(context);
  await page.goto(`${base}/search/`);
  await page.waitForLoadState('networkidle');
  const pageLoad = await counter.read();
  counter.reset();
  await page.fill('#search-page-query', query);
  await page.press('#search-page-query', 'Enter');
  await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const first = await counter.read();
  const status = await page.locator('[data-search-status]').textContent();
  await context.close();
  return { page: pageLoad, first, status };
}

/**
 * The interactive map's first view: /map/ opened on a phone-sized window, the map scrolled into
 * view and drawn. `view` counts its JavaScript, CSS and GeoJSON, as tests/map.e2e.ts's budget
 * does; `total` everything, the page included.
 */
export async function mapFirstView(browser: Browser, base: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const counter = meter(context);
  await page.goto(`${base}/map/`);
  await page.locator('[data-livemap-map]').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-module="og-livemap"]')?.dataset.state === 'ready', undefined, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const all = await counter.read();
  await context.close();
  const lazy = all.received.filter((r) => /\.(js|css|geojson)$/.test(r.path));
  return { total: all.bytes, view: { bytes: lazy.reduce((sum, r) => sum + r.bytes, 0), requests: lazy.map((r) => r.path) } };
}
