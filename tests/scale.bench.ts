/**
 * Budgets held at scale (issue #15): builds the site with 2,000 generated records and their
 * history (scripts/scale/, as `npm run bench:scale` does) and asserts that every reading page
 * stays within 50 KB compressed with its stylesheet and 250 KB of HTML, that no API file but the
 * whole-collection ones exceeds 100 KB, and, in Chromium, that the first search query stays
 * within 200 KB and the interactive map's first view within 120 KB. Prints the heaviest page of
 * each type. Runs with the other benchmarks (`npm run bench`), not with `npm test`: the build
 * takes about a minute of both cores.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createScaleRepository, removeScaleRepository } from '../scripts/scale/repository.ts';
import { budgetProblems, build, heaviestByType, kb, pageWeights } from '../scripts/scale/measure.ts';
import { chromiumPath, launchBrowser } from './support/browser.ts';
import { startServer } from './support/server.ts';
import { testBuildDate } from './support/astro.ts';

const records = 2000;
const clones: string[] = [];
afterAll(() => clones.forEach(removeScaleRepository));

it(`holds the budgets with ${records.toLocaleString('en-GB')} generated records`, { timeout: 1_200_000 }, async () => {
  const { dir, commits } = createScaleRepository(process.cwd(), records, { today: testBuildDate });
  clones.push(dir);
  const cost = build(dir, testBuildDate);
  expect(cost.ok, cost.output.slice(-4000)).toBe(true);
  const dist = join(dir, 'dist');
  const weights = pageWeights(dist);
  const rows = heaviestByType(weights).map((h) => `  ${h.type.padEnd(22)} ${String(h.count).padStart(6)} pages  ${kb(h.html).padStart(9)} HTML  ${kb(h.compressed).padStart(8)} compressed  ${h.path}`);
  console.log(`Scale: ${records} records, ${commits} commits, built in ${cost.seconds.toFixed(0)} s with ${(cost.peakBytes / 1024 / 1024).toFixed(0)} MB at most; ${weights.length} pages. Heaviest of each type:\n${rows.join('\n')}`);
  expect(budgetProblems(weights, dist)).toEqual([]);

  if (!existsSync(chromiumPath)) return console.log('Chromium is missing: the search and map transfers were not measured.');
  const { firstSearch, mapFirstView } = await import('../scripts/scale/browser.ts');
  const [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist, config: join(dir, 'netlify.toml') })]);
  try {
    const search = await firstSearch(browser, server.url, 'clinics');
    const map = await mapFirstView(browser, server.url);
    console.log(`First search query: ${kb(search.first.bytes)} (${search.status?.trim()}); the map's first view: ${kb(map.view.bytes)}`);
    expect(search.first.bytes).toBeLessThanOrEqual(200 * 1024);
    expect(map.view.bytes).toBeLessThanOrEqual(120 * 1024);
  } finally {
    await browser.close();
    await server.close();
  }
});
