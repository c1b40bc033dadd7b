/**
 * The browser-test harness itself: the local server answers as Netlify would, and the page
 * watchers really catch CSP violations, external requests and accessibility problems. Runs on a
 * tiny site in a temporary folder, so a broken harness cannot hide behind a clean real site.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockExternalRequests, describeInBrowser, launchBrowser, runAxe, watchPage } from './support/browser.ts';
import { forPattern, headersFor, startServer, type HeaderRule, type RunningServer } from './support/server.ts';

const root = mkdtempSync(join(tmpdir(), 'og-harness-'));
const site = join(root, 'site');
const config = join(root, 'netlify.toml');
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(join(site, 'about'), { recursive: true });
  mkdirSync(join(site, '_astro'), { recursive: true });
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>`;
  writeFileSync(join(site, 'index.html'), page('<h1>Home</h1>'));
  writeFileSync(join(site, 'about/index.html'), page('<h1>About</h1>'));
  writeFileSync(join(site, '404.html'), page('<h1>Not found</h1>'));
  writeFileSync(join(site, '_astro/app.abc123.css'), 'body{color:#000}');
  writeFileSync(join(site, 'data.csv'), 'a,b\n1,2\n');
  writeFileSync(join(site, 'inline-script.html'), page('<h1>Inline</h1><script>document.title = "ran"</script>'));
  writeFileSync(join(site, 'external.html'), page('<h1>External</h1><img src="https://example.org/pixel.png" alt="pixel">'));
  writeFileSync(join(site, 'inaccessible.html'), '<!doctype html><html><head><title>t</title></head><body><img src="/x.png"></body></html>');
  writeFileSync(config, `
[[headers]]
  for = "/*"
  [headers.values]
    X-Test = "site"
[[headers]]
  for = "/about/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'"
[[headers]]
  for = "/inline-script.html"
  [headers.values]
    Content-Security-Policy = "script-src 'self'"
[[headers]]
  for = "/_astro/*"
  [headers.values]
    Cache-Control = "public, max-age=31536000, immutable"
[[headers]]
  for = "/about/*"
  [headers.values]
    X-Test = "about"
[[headers]]
  for = "/*.csv"
  [headers.values]
    Content-Type = "text/csv; charset=utf-8"
`);
  server = await startServer({ root: site, config });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the local server', () => {
  it('matches Netlify path patterns', () => {
    expect(forPattern('/*').test('/')).toBe(true);
    expect(forPattern('/*').test('/a/b/')).toBe(true);
    expect(forPattern('/admin/*').test('/admin')).toBe(true);
    expect(forPattern('/admin/*').test('/admin/config.yml')).toBe(true);
    expect(forPattern('/admin/*').test('/about/')).toBe(false);
    expect(forPattern('/*.csv').test('/files/x.csv')).toBe(true);
    expect(forPattern('/*.csv').test('/files/xcsv')).toBe(false);
  });

  it('lets a later rule override an earlier one, header by header', () => {
    const rules: HeaderRule[] = [
      { for: '/*', values: { A: '1', B: '1' } },
      { for: '/admin/*', values: { B: '2' } },
    ];
    expect(headersFor('/admin/', rules)).toEqual({ A: '1', B: '2' });
    expect(headersFor('/about/', rules)).toEqual({ A: '1', B: '1' });
  });

  it('serves folders from index.html with the headers of netlify.toml', async () => {
    const response = await fetch(`${server.url}/about/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('About');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-test')).toBe('about');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('redirects a folder asked for without its slash', async () => {
    const response = await fetch(`${server.url}/about`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/about/');
  });

  it('answers a missing page with 404.html and status 404', async () => {
    const response = await fetch(`${server.url}/nowhere/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Not found');
  });

  it('gives hashed assets immutable caching and data files their content type', async () => {
    const css = await fetch(`${server.url}/_astro/app.abc123.css`);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const csv = await fetch(`${server.url}/data.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe('a,b\n1,2\n');
  });

  it('does not serve files outside its folder', async () => {
    const response = await fetch(`${server.url}/..%2Fnetlify.toml`);
    expect(response.status).toBe(404);
  });
});

describeInBrowser('the page watchers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('report an inline script blocked by the Content-Security-Policy', async () => {
    const page = await browser.newPage();
    const problems = await watchPage(page);
    await page.goto(`${server.url}/inline-script.html`);
    await page.waitForTimeout(100);
    expect(await page.title()).toBe('t');
    expect(problems.cspViolations.length).toBeGreaterThan(0);
    await page.close();
  });

  it('block and record a request that would leave the machine', async () => {
    const context = await browser.newContext();
    const external = await blockExternalRequests(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/external.html`, { waitUntil: 'load' });
    expect(external).toEqual(['https://example.org/pixel.png']);
    await context.close();
  });

  it('find accessibility problems with axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/inaccessible.html`);
    const ids = (await runAxe(page)).map((violation) => violation.id);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt']));
    await page.close();
  });
});
