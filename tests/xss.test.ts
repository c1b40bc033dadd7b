/**
 * Content cannot attack readers (issue #3). The variant site (tests/support/variant-site.ts,
 * shared with tests/history-build.test.ts) is built from a copy of content/ in which a
 * commitment's body and its Markdown `problem` field, a milestone title, a meeting's minutes and
 * a dataset's title carry script-injection payloads; nothing executable may reach the built HTML,
 * while ordinary Markdown (GFM tables, footnotes, task lists, headings with anchors) still renders.
 * A browser then opens those pages with the Content-Security-Policy switched off, so that only the
 * HTML itself is on trial: no dialog may open and no request may leave the machine.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeInBrowser, isLocal, launchBrowser } from './support/browser.ts';
import { dist, distFiles } from './support/dist.ts';
import { startTags } from './support/html.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { sharedBuild } from './support/shared-builds.ts';
import type { VariantSite } from './support/variant-site.ts';
import { payloadPages as pages } from './support/xss-payloads.ts';

let site: VariantSite;
let outDir: string;
beforeAll(async () => {
  site = await sharedBuild('variant');
  outDir = site.out;
}, 240_000);

const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

/** Everything executable or foreign in a page's markup, as readable findings. */
function dangers(page: string): string[] {
  const found: string[] = [];
  const bodyStart = page.search(/<body[\s>]/);
  for (const { name, attributes, source } of startTags(page)) {
    const value = (attribute: string) => attributes.find(([key]) => key === attribute)?.[1];
    // The site's own script files (Astro bundles, Pagefind, the CMS) are fine; anything else is not.
    if (name === 'script' && value('type') !== 'application/ld+json' && !/^\/[^/]/.test(value('src') ?? '')) found.push(`script element: ${source}`);
    if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(name)) found.push(`${name} element: ${source}`);
    if (bodyStart >= 0 && ['style', 'meta', 'link'].includes(name) && page.indexOf(source, bodyStart) >= 0) found.push(`${name} element in the body: ${source}`);
    for (const [attribute, raw] of attributes) {
      if (/^on/.test(attribute)) found.push(`event handler attribute: ${source}`);
      if (['style', 'srcdoc'].includes(attribute)) found.push(`${attribute} attribute: ${source}`);
      // Browsers ignore whitespace and control characters inside a URL scheme: so does this check.
      const url = raw.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href'].includes(attribute) && /^(javascript|vbscript|data):/.test(url)) found.push(`${url.split(':')[0]}: URL in ${attribute}: ${source}`);
      if (['src', 'srcset', 'poster', 'data'].includes(attribute) && /^([a-z]+:)?\/\//.test(url)) found.push(`loads from another origin: ${source}`);
    }
  }
  for (const [, json] of page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    if (/<\/?script/i.test(json)) found.push('"</script>" inside JSON-LD');
  }
  return found;
}

describe('a site built from content carrying XSS payloads', () => {
  it('builds (the payloads are content, not errors)', () => {
    expect(site.status, site.output).toBe(0);
  });

  it.each(Object.entries(pages))('the %s page contains nothing executable', (type, path) => {
    const page = html(path);
    // The payloads' harmless text is there: they were sanitised, not lost.
    if (type !== 'dataset') expect(page).toContain('hover me');
    expect(dangers(page)).toEqual([]);
  });

  it('no built page anywhere contains anything executable', () => {
    const built = distFiles(outDir).filter((file) => file.endsWith('.html')).map((file) => relative(outDir, join(dist, file)));
    expect(built.length).toBeGreaterThan(50);
    expect(built.flatMap((file) => dangers(readFileSync(join(outDir, file), 'utf8')).map((danger) => `${file}: ${danger}`))).toEqual([]);
  });

  it('shows a milestone title with markup as text', () => {
    expect(html(pages.commitment)).toContain('&lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt;');
  });

  it('keeps JSON-LD data from closing its script element', () => {
    expect(html(pages.dataset)).toContain('\\u003c/script>\\u003cscript>alert');
  });

  it('still renders GFM tables, footnotes, task lists and headings with anchors', () => {
    const page = html(pages.commitment);
    expect(page).toMatch(/<h2 id="plain-markdown-still-works">Plain Markdown still works<\/h2>/);
    expect(page).toMatch(/<th>Quarter<\/th>\s*<th align="right">Contracts published<\/th>/);
    expect(page).toMatch(/<td>Q2<\/td>\s*<td align="right">164<\/td>/);
    expect(page).toMatch(/<a href="#user-content-fn-source" id="user-content-fnref-source" data-footnote-ref[^>]*>1<\/a>/);
    expect(page).toMatch(/<li id="user-content-fn-source">[\s\S]*?procurement report[\s\S]*?href="#user-content-fnref-source"/);
    expect(page).toMatch(/<input type="checkbox" checked disabled aria-label="Done">\s*Circular drafted/);
    expect(page).toMatch(/<input type="checkbox" disabled aria-label="Not done">\s*Circular signed/);
  });

  it('the check itself finds each kind of danger (so a blind check cannot pass)', () => {
    const samples = [
      '<script>alert(1)</script>',
      '<script src="//evil.example/x.js"></script>',
      '<img src=x onerror="alert(1)">',
      '<a href="jav&#x09;ascript:alert(1)">x</a>',
      '<a href="DATA:text/html,x">x</a>',
      '<iframe src="/x"></iframe>',
      '<p style="color:red">x</p>',
      '<script type="application/ld+json">{"a":"</script><script>"}</script>',
      '<body><link rel="stylesheet" href="/x.css"></body>',
      '<img src="https://tracker.example/p.png" alt="">',
    ];
    for (const sample of samples) expect(dangers(`<html><body>${sample}</body></html>`), sample).not.toEqual([]);
  });
});

describeInBrowser('the payload pages in a browser, with the Content-Security-Policy off', () => {
  let browser: Browser;
  let server: RunningServer;
  const scratch = mkdtempSync(join(tmpdir(), 'og-xss-'));
  beforeAll(async () => {
    const config = join(scratch, 'no-csp.toml');
    writeFileSync(config, ''); // no headers at all: only the HTML is on trial
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: outDir, config })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(Object.entries(pages))('the %s page opens no dialog and sends nothing elsewhere', async (_type, path) => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const external: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!isLocal(request.url())) external.push(request.url());
    });
    await page.goto(server.url + path, { waitUntil: 'load' });
    // Give handlers that fire on interaction their chance.
    await page.mouse.move(100, 300);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
