/**
 * Search in a real browser: Pagefind over the built site, served with netlify.toml's headers.
 * Finds records by the words only they contain, narrows by filters whose counts are right,
 * keeps its state in the URL, stays light on the wire, and passes axe with results shown.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkContent } from '../src/lib/content/check.ts';
import { describeInBrowser, describeViolations, launchBrowser, runAxe, watchPage, type PageProblems } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { dist } from './support/dist.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';

const { records } = checkContent('content');
const of = (collection: string) => records.filter((record) => record.collection === collection);

/**
 * A word of at least 7 letters found in one meeting's minutes and in no other content file.
 * Its first 6 letters must be unique too, since search matches stems ("explained" finds "explain").
 */
function wordOnlyInOneMeeting(): { word: string; meeting: string } {
  const texts = (['action-plans', 'commitments', 'meetings', 'datasets', 'organizations', 'districts', 'pages', 'reuses', 'data-requests', 'challenges'] as const).flatMap((folder) =>
    readdirSync(recordFolder(folder)).map((name) => ({ folder, id: name.replace(/\.\w+$/, ''), text: readFileSync(`${recordFolder(folder)}/${name}`, 'utf8').toLowerCase() })),
  );
  for (const meeting of texts.filter((t) => t.folder === 'meetings')) {
    const body = meeting.text.split(/^---$/m).slice(2).join('---');
    for (const word of new Set(body.match(/\b[a-z]{7,}\b/g) ?? [])) {
      if (texts.every((t) => t === meeting || !t.text.includes(word.slice(0, 6)))) return { word, meeting: meeting.id };
    }
  }
  throw new Error('no word is unique to one meeting');
}

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  server = await startServer({ root: dist });
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the filters, loading their lists, and waits for a filter's count to show. */
async function openFilters(page: Page) {
  await page.locator('summary', { hasText: 'Filter the results' }).click();
  await page.waitForSelector('[data-filter-count]:not(:empty)');
}

/** Opens the search page (of a language: `/es/search/`) with a query string and waits for the results to settle. */
async function search(query: string, path = '/search/'): Promise<{ page: Page; problems: PageProblems; urls: string[] }> {
  const page = await context.newPage();
  const problems = await watchPage(page);
  await page.goto(`${server.url}${path}${query}`);
  await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  const urls = await page.locator('[data-search-list] li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { page, problems, urls };
}

describeInBrowser('search', () => {
  it('finds a meeting first by a word that only its minutes contain', async () => {
    const { word, meeting } = wordOnlyInOneMeeting();
    const { page, urls } = await search(`?q=${word}`);
    expect(urls[0], `searching "${word}"`).toBe(`/meetings/${meeting}/`);
    await page.close();
  });

  it('finds a commitment by the title of one of its milestones', async () => {
    const commitment = of('commitments').find((c) => c.data.plan === '2026-2028')!;
    const milestone = (commitment.data.milestones as { title: string }[])[1].title;
    const { page, urls } = await search(`?q=${encodeURIComponent(milestone)}`);
    expect(urls[0]).toBe(`/commitments/${commitment.id}/`);
    await page.close();
  });

  it('narrows to one district, and the count beside the filter was right', async () => {
    const { page } = await search('?q=health');
    await openFilters(page);
    const promised = Number((await page.locator('label', { hasText: /^Toledo \(/ }).first().textContent())!.match(/\((\d+)\)/)![1]);
    await page.locator('label', { hasText: /^Toledo \(/ }).first().click();
    await page.waitForURL(/district=Toledo/);
    await page.waitForFunction((n) => document.querySelector('[data-search-status]')?.textContent?.startsWith(`${n} result`), promised);
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-search-more]')?.hidden === false && document.querySelector<HTMLButtonElement>('[data-search-more]')!.click());
    const urls = await page.locator('[data-search-list] li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(promised).toBeGreaterThan(0);
    for (const url of urls) {
      const [, section, id] = url.split('/');
      const record = records.find((r) => r.collection === section && r.id === id)!;
      const districts = [record.data.districts, record.data.district, record.id === 'toledo' ? 'toledo' : undefined].flat().filter(Boolean);
      expect(districts, url).toContain('toledo');
    }
    await page.close();
  });

  it('filters commitments by status, the archive\'s too when asked', async () => {
    const complete = of('commitments').filter((c) => c.data.status === 'complete');
    // The archive holds what started more than five years before the build date (27 November 2026).
    const recent = complete.filter((c) => String(c.data.start) >= '2021-11-27').map((c) => `/commitments/${c.id}/`);
    expect(recent.length, 'the sample has complete commitments on both sides').toBeLessThan(complete.length);
    const { page, urls } = await search('?type=Commitment&status=Complete');
    expect(urls.sort()).toEqual(recent.sort());
    expect(await page.locator('[data-search-status]').textContent()).toContain('since 27 November 2021');
    await page.close();
    const withArchive = await search('?type=Commitment&status=Complete&archive=1');
    expect(withArchive.urls.sort()).toEqual(complete.map((c) => `/commitments/${c.id}/`).sort());
    expect(await withArchive.page.locator('#search-archive').isChecked()).toBe(true);
    await withArchive.page.close();
  });

  it('adds the archive when the reader ticks it, and keeps it in the address', async () => {
    const old = of('commitments').find((c) => String(c.data.start) < '2021-11-27')!;
    const { page, urls } = await search(`?q=${encodeURIComponent(String(old.data.title))}`);
    expect(urls).not.toContain(`/commitments/${old.id}/`);
    await page.locator('#search-archive').check();
    await page.waitForURL(/archive=1/);
    await page.waitForFunction(() => !/since/.test(document.querySelector('[data-search-status]')?.textContent ?? '') && /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const found = await page.locator('[data-search-list] li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found[0]).toBe(`/commitments/${old.id}/`);
    await page.close();
  });

  it('keeps query and filters in the URL: a reload restores them, the back button returns', async () => {
    const { page } = await search('?q=data');
    await openFilters(page);
    await page.locator('label', { hasText: /^Dataset \(/ }).click();
    await page.waitForURL(/type=Dataset/);
    await page.reload();
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.getByLabel(/^Dataset \(/).isChecked()).toBe(true);
    expect(await page.locator('#search-page-query').inputValue()).toBe('data');
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('type='));
    await page.waitForFunction(() => !document.querySelector<HTMLInputElement>('input[value="Dataset"]')?.checked);
    await page.close();
  });

  it('shows results with no console errors, no CSP violations and no axe violations', async () => {
    const { page, problems, urls } = await search('?q=toledo');
    expect(urls.length).toBeGreaterThan(0);
    expect(await page.locator('[data-search-list] li').first().textContent()).toMatch(/Toledo/i);
    const violations = await runAxe(page);
    expect(violations, describeViolations('/search/', violations)).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('downloads nothing of the index before a search, and little for the first and later queries', async () => {
    // A fresh context: a cold cache, as for a first-time reader.
    const cold = await browser.newContext();
    const page = await cold.newPage();
    let bytes = 0;
    const requests: string[] = [];
    cold.on('requestfinished', async (request) => {
      // A request may finish as the test closes its context: it is not counted then, nor an error.
      try {
        const sizes = await request.sizes();
        const length = Number((await request.response())?.headers()['content-length'] ?? 0);
        bytes += Math.max(sizes.responseBodySize, length) + sizes.responseHeadersSize;
        requests.push(new URL(request.url()).pathname);
      } catch {
        // The context closed.
      }
    });
    await page.goto(`${server.url}/search/`);
    await page.waitForLoadState('networkidle');
    const pageBytes = bytes;
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

    bytes = 0;
    await page.fill('#search-page-query', 'procurement');
    await page.press('#search-page-query', 'Enter');
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const first = bytes;
    expect(requests.filter((path) => path.startsWith('/pagefind/filter/')), 'no filter list before the filters are opened').toEqual([]);

    // Opening the filters: their lists, once.
    bytes = 0;
    await openFilters(page);
    await page.waitForLoadState('networkidle');
    const filters = bytes;

    // A later query that refines the first with a filter: the index chunks are cached.
    bytes = 0;
    await page.locator('label', { hasText: /^Commitment \(/ }).click();
    await page.waitForFunction(() => /in Commitment/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const refined = bytes;

    // A later query on a new word: one more index chunk and its results' fragments.
    bytes = 0;
    await page.locator('label', { hasText: /^Commitment \(/ }).click();
    await page.fill('#search-page-query', 'minutes');
    await page.press('#search-page-query', 'Enter');
    await page.waitForFunction(() => /for “minutes”( since [^.]+)?\.$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const another = bytes;

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`Search transfer (cold cache): search page ${kb(pageBytes)}; first query with its first page of results ${kb(first)}; opening the filters ${kb(filters)}; the same query narrowed by a filter ${kb(refined)}; a new word ${kb(another)}`);
    expect(first).toBeLessThanOrEqual(150 * 1024);
    expect(refined).toBeLessThan(first / 4);
    expect(another).toBeLessThan(first * 0.7);
    await cold.close();
  });

  it('searches in place from either search box: no page is loaded again, and the address keeps the query', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`);
    await page.waitForLoadState('networkidle');
    const documents: string[] = [];
    page.on('request', (request) => request.resourceType() === 'document' && documents.push(request.url()));
    await page.fill('#search-page-query', 'procurement');
    await page.press('#search-page-query', 'Enter');
    await page.waitForFunction(() => /for “procurement”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(new URL(page.url()).search).toBe('?q=procurement');
    // The box in the header, which on other pages opens this one.
    await page.fill('#site-search', 'minutes');
    await page.press('#site-search', 'Enter');
    await page.waitForFunction(() => /for “minutes”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(new URL(page.url()).search).toBe('?q=minutes');
    expect(await page.locator('#search-page-query').inputValue()).toBe('minutes');
    expect(documents, 'pages loaded while searching').toEqual([]);
    // Each search is an entry of the history: back returns to the first, as the address says.
    await page.goBack();
    await page.waitForFunction(() => /for “procurement”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(documents).toEqual([]);
    await page.close();
  });

  it('tells readers without JavaScript what to do instead, with the browse pages', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}/search/?q=toledo`);
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
    for (const href of ['/action-plans/', '/meetings/', '/datasets/', '/districts/', '/organizations/']) {
      expect(await page.locator(`[data-search-nojs] a[href="${href}"]`).count()).toBe(1);
    }
    expect(await page.locator('[data-search-controls]').isVisible()).toBe(false);
    await noScript.close();
  });

  it('finds a Spanish page by a word only its Spanish translation has, and speaks Spanish around it', async () => {
    // "ventanilla" is in the Spanish translation of a commitment (seven times), and in no English file.
    const { page, problems, urls } = await search('?q=ventanilla', '/es/search/');
    expect(urls[0]).toBe('/es/commitments/information-request-desk/');
    const status = await page.locator('[data-search-status]').textContent();
    const found = Number(/^(\d+) resultados para «ventanilla»( desde el \d+ de [a-z]+ de \d{4})?\.$/.exec(status ?? '')?.[1]);
    expect(found, status ?? '').toBeGreaterThan(1);
    // Every result, "Más resultados" by "Más resultados": all Spanish pages.
    const shown = () => page.locator('[data-search-list] li').count();
    for (let before = await shown(); before < found; before = await shown()) {
      await page.getByRole('button', { name: 'Más resultados' }).click();
      await expect.poll(shown).toBeGreaterThan(before);
    }
    const all = await page.locator('[data-search-list] li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(all).toHaveLength(found);
    for (const url of all) expect(url).toMatch(/^\/es\//);
    expect(await page.locator('[data-search-list] li .og-meta').first().textContent()).toBe('Compromiso');
    await page.locator('summary', { hasText: 'Filtrar los resultados' }).click();
    await page.waitForSelector('[data-filter-count]:not(:empty)');
    const legends = await page.locator('[data-search-filters] legend').allTextContents();
    expect(legends).toEqual(expect.arrayContaining(['Tipo', 'Distrito', 'Estado', 'Hitos', 'Organización', 'Año']));
    const types = await page.locator('[data-search-filters] input[name="type"]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(types).toEqual(expect.arrayContaining(['Compromiso', 'Página', 'Reunión']));
    expect(types).not.toContain('Commitment');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps one index per language: the English search finds no Spanish page for the Spanish word', async () => {
    const { page, urls } = await search('?q=ventanilla');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results? for “ventanilla”/);
    for (const url of urls) expect(url).not.toMatch(/^\/es\/|^\/take-part\/|^\/commitments\/information-request-desk\//);
    await page.close();
  });
});
