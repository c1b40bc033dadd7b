/**
 * First paint with the stylesheet inline or linked (issue #15), a benchmark: Chromium at 400
 * kbit/s down and up and a 400 ms round trip (the profile of tests/slow-network.e2e.ts), the
 * home page and the heaviest action plan, commitment, meeting, dataset and district page, each
 * visited cold (first visit) and then again with the cache warm (repeat visit), the median of
 * five (and of the five runs' differences for what inlining gains and loses). "Inline" is the
 * site as built; "linked" the same pages with the stylesheet moved back into a file of its own,
 * without the page's own policy naming its hash, and the same headers.
 *
 * The site inlines its stylesheet because the first visit gains a round trip (about 0.46 s) and
 * a repeat visit loses less than 100 ms (about 0.05 s, the stylesheet coming again with each
 * page): asserted here, so a stylesheet grown too large to inline shows up.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, slowNetwork } from './support/browser.ts';
import { dist, page } from './support/dist.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { inlineStyles } from './support/styles.ts';
import { pageType, sitemapPaths } from './support/sitemap.ts';

const runs = 5;
const types = { home: 'Home', 'action-plans': 'Action plan', commitments: 'Commitment', meetings: 'Meeting', datasets: 'Dataset', districts: 'District' } as const;
const heaviest = (type: string) =>
  type === 'home' ? '/' : sitemapPaths().filter((path) => pageType(path) === type).reduce((best, path) => (page(path).length > page(best).length ? path : best));
const paths = Object.keys(types).map(heaviest);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describeInBrowser('first paint, stylesheet inline or linked (400 kbit/s, 400 ms)', () => {
  let browser: Browser;
  let linkedDir: string;
  const servers: Record<'inline' | 'linked', RunningServer> = {} as never;
  const rows: string[] = [];

  beforeAll(async () => {
    // The linked variant: the measured pages with their inline stylesheet moved into a file.
    linkedDir = mkdtempSync(join(tmpdir(), 'og-linked-'));
    cpSync(dist, linkedDir, { recursive: true });
    for (const path of paths) {
      const file = join(linkedDir, path, 'index.html');
      const html = readFileSync(file, 'utf8');
      const css = inlineStyles(html)[0];
      writeFileSync(join(linkedDir, '_astro', 'site.bench.css'), css);
      writeFileSync(file, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace(/<style>[\s\S]*?<\/style>/, '<link rel="stylesheet" href="/_astro/site.bench.css">'));
    }
    [browser, servers.inline, servers.linked] = await Promise.all([launchBrowser(), startServer({ root: dist }), startServer({ root: linkedDir })]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(Object.values(servers).map((server) => server?.close()));
    rmSync(linkedDir, { recursive: true, force: true });
    console.log(['First contentful paint, median of 5: first visit (cold cache) / repeat visit (warm cache)', '| Page | Linked | Inline | First visit gains | Repeat visit loses |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n'));
  });

  /** First and repeat visit of one page in a fresh browser context. */
  async function visits(variant: 'inline' | 'linked', path: string) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', slowNetwork);
    const paints: number[] = [];
    for (let visit = 0; visit < 2; visit++) {
      await tab.goto(servers[variant].url + path, { waitUntil: 'load' });
      paints.push(
        await tab.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                const paint = list.getEntriesByName('first-contentful-paint')[0];
                if (paint) resolve(paint.startTime);
              }).observe({ type: 'paint', buffered: true });
              setTimeout(() => resolve(Number.NaN), 10_000);
            }),
        ),
      );
    }
    await context.close();
    return { first: paints[0], repeat: paints[1] };
  }

  it.each(Object.entries(types))('%s page: inlining gains the first visit and costs a repeat visit less than 100 ms', async (type, label) => {
    const path = heaviest(type);
    const results = { inline: { first: [] as number[], repeat: [] as number[] }, linked: { first: [] as number[], repeat: [] as number[] } };
    for (let run = 0; run < runs; run++) {
      for (const variant of ['linked', 'inline'] as const) {
        const { first, repeat } = await visits(variant, path);
        results[variant].first.push(first);
        results[variant].repeat.push(repeat);
      }
    }
    const m = (variant: 'inline' | 'linked', visit: 'first' | 'repeat') => median(results[variant][visit]);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    // Gain and loss as the median of each run's own difference: the two variants of a run load
    // side by side, so a moment when the machine is busy weighs on both and cancels out.
    const differences = (from: 'inline' | 'linked', to: 'inline' | 'linked', visit: 'first' | 'repeat') => results[from][visit].map((ms, run) => ms - results[to][visit][run]);
    const gain = median(differences('linked', 'inline', 'first'));
    const loss = median(differences('inline', 'linked', 'repeat'));
    rows.push(`| ${label} | ${s(m('linked', 'first'))} / ${s(m('linked', 'repeat'))} | ${s(m('inline', 'first'))} / ${s(m('inline', 'repeat'))} | ${(gain / 1000).toFixed(2)} s | ${(loss / 1000).toFixed(2)} s |`);
    expect(gain, `${path}: first visit`).toBeGreaterThan(0);
    expect(loss, `${path}: repeat visit`).toBeLessThan(100);
  });
});
