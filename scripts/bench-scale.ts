/**
 * The scale benchmark (issue #15): `npm run bench:scale -- --records 1000`.
 *
 * Makes a temporary clone of this project (the working tree as it is, over the committed sample
 * content), generates that many varied records with years of history (scripts/scale/), builds
 * the site, and prints the build time, peak memory, page count, the heaviest page of each type
 * (raw and compressed), the API files' sizes, and, in Chromium, the first search query's
 * transfer and the interactive map's first view.
 *
 *   --records N   how many records to generate (default 1000)
 *   --budgets     fail (exit code 1) when a page or an API file breaks the budgets at scale
 *   --json FILE   also write the figures as JSON
 *   --keep        keep the clone (its folder is printed)
 *   --no-browser  skip the Chromium measurements
 */
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createScaleRepository, removeScaleRepository } from './scale/repository.ts';
import { apiWeights, budgetProblems, build, heaviestByType, kb, outputCounts, pageWeights } from './scale/measure.ts';
import { mix } from './scale/content.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    budgets: { type: 'boolean', default: false },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    query: { type: 'string', default: 'clinics' },
  },
});
const records = Number(values.records);
if (!Number.isInteger(records) || records < 1) {
  console.error(`--records takes a whole number above 0, got ${values.records}`);
  process.exit(2);
}
// The same build date as the tests, so that plans' and milestones' states do not drift.
const today = '2026-11-27';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

console.log(`Scale benchmark: ${records.toLocaleString('en-GB')} generated records (${Object.entries(mix(records)).map(([k, v]) => `${v} ${k}`).join(', ')}); load average ${loadavg()[0].toFixed(1)} on this machine`);
let started = performance.now();
const { dir, commits } = createScaleRepository(process.cwd(), records, { today });
console.log(`Clone with the generated content and ${commits.toLocaleString('en-GB')} commits: ${dir} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

started = performance.now();
const cost = build(dir, today);
if (!cost.ok) {
  console.error(cost.output.slice(-6000));
  console.error(`The build failed; the clone is kept at ${dir}`);
  process.exit(1);
}
// The whole output stays beside the build, for Astro's time per page (`--keep`).
writeFileSync(join(dir, 'build.log'), cost.output);
// Share cards come from the project's cache (node_modules/.astro/share-cards, linked into the
// clone), so a second run of the same size draws none; SHARE_CARD_CACHE_DIR=<an empty folder>
// measures a build that draws them all.
const cards = /\[share-cards\] (.*)/.exec(cost.output)?.[1];
const dist = join(dir, 'dist');
const counts = outputCounts(dist);
const weights = pageWeights(dist);
const heaviest = heaviestByType(weights);
const api = apiWeights(dist);

const lines = [
  '',
  `Build: ${cost.seconds.toFixed(0)} s${cost.cpuSeconds ? ` (${cost.cpuSeconds.toFixed(0)} s of processor time)` : ''}, peak memory ${mb(cost.peakBytes)}; ${counts.pages.toLocaleString('en-GB')} pages, ${counts.files.toLocaleString('en-GB')} files, ${mb(counts.bytes)} in dist/`,
  `Share cards: ${cards ?? 'not reported by the build'}`,
  '',
  'Heaviest page of each type (HTML; compressed = gzip of HTML and its stylesheet):',
  ...heaviest.map((h) => `  ${h.type.padEnd(22)} ${String(h.count).padStart(6)} pages  ${kb(h.html).padStart(9)} HTML  ${kb(h.compressed).padStart(8)} compressed  ${h.path}`),
  '',
  'API files (a family of files on one line: how many, the largest, raw and compressed, and their total):',
  ...api.map((a) => `  ${a.name.padEnd(34)} ${String(a.files).padStart(6)} ${a.files === 1 ? 'file ' : 'files'}  largest ${kb(a.largest).padStart(10)} (${kb(a.largestCompressed)} compressed)  total ${kb(a.total)}${a.whole ? '  [whole collection]' : ''}`),
];
console.log(lines.join('\n'));

const figures: Record<string, unknown> = { records, mix: mix(records), commits, build: { seconds: cost.seconds, cpuSeconds: cost.cpuSeconds, peakBytes: cost.peakBytes, cards }, ...counts, heaviest, api };

if (!values['no-browser'] && existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  const { launchBrowser } = await import('../tests/support/browser.ts');
  const { startServer } = await import('../tests/support/server.ts');
  const { firstSearch, mapFirstView } = await import('./scale/browser.ts');
  const [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist, config: join(dir, 'netlify.toml') })]);
  try {
    const search = await firstSearch(browser, server.url, values.query!);
    const map = await mapFirstView(browser, server.url);
    const list = (requests: string[]) => requests.map((path) => path.replace(/^\/pagefind\//, '')).join(', ');
    console.log(
      [
        '',
        `Search, cold cache: /search/ itself ${kb(search.page.bytes)}; the first query ("${values.query}", ${search.status?.trim()}) with its first results ${kb(search.first.bytes)} in ${search.first.requests.length} requests (${list(search.first.requests)})`,
        `Map, cold cache: its first view ${kb(map.view.bytes)} of JavaScript, CSS and GeoJSON in ${map.view.requests.length} requests (${list(map.view.requests)}); ${kb(map.total)} with the page`,
      ].join('\n'),
    );
    figures.search = search;
    figures.map = map;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (values.json) writeFileSync(values.json, JSON.stringify(figures, null, 2));
const problems = values.budgets ? budgetProblems(weights, dist) : [];
if (values.budgets) console.log(problems.length ? `\nBudgets broken at scale:\n${problems.map((p) => `  - ${p}`).join('\n')}` : '\nEvery reading page within 50 KB compressed and 250 KB of HTML; no API file but the whole-collection ones over 100 KB.');
if (values.keep || problems.length) console.log(`The clone is kept at ${dir}`);
else removeScaleRepository(dir);
process.exit(problems.length ? 1 : 0);
