/**
 * The scale benchmark's measurements (issue #15): builds a clone made by repository.ts and reads
 * what it costs (build time, peak memory, pages) and what readers download (the heaviest page of
 * each type, raw and compressed; the API's files; in Chromium, the first search query and the
 * map's first view, worker and WebAssembly requests counted). `budgetProblems` checks the
 * budgets held at scale: every reading page within 50 KB compressed (with its stylesheet) and
 * 250 KB of HTML, no API file but the whole-collection ones over 100 KB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageType } from '../../tests/support/sitemap.ts';

/** What a build cost. */
export interface BuildCost {
  ok: boolean;
  seconds: number;
  /** Peak resident memory of the build's largest process, in bytes. */
  peakBytes: number;
  /**
   * Processor time of the build and the processes it ran (user and system), in seconds, where
   * GNU time tells it: unlike the build time, it hardly grows when other work shares the machine.
   */
  cpuSeconds?: number;
  output: string;
}

/** Builds the site in `dir` (a clone) into `dir/dist`, timing it and reading its peak memory. */
export function build(dir: string, today: string): BuildCost {
  const astro = ['node_modules/astro/bin/astro.mjs', 'build'];
  const memoryFile = join(dir, '.peak-memory');
  // GNU time reports the peak of every process of the build (Pagefind's binary included); without
  // it, the Node process reports its own at exit.
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const args = gnuTime ? ['-f', 'peak-kb %M cpu %U %S', process.execPath, ...astro] : ['--import', new URL('./peak-memory.ts', import.meta.url).href, ...astro];
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, BUILD_DATE: today, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(dir, '.astro-cache'), DIST_DIR: join(dir, 'dist'), PEAK_MEMORY_FILE: memoryFile },
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  const peakBytes = gnuTime ? Number(/peak-kb (\d+)/.exec(result.stderr)?.[1] ?? 0) * 1024 : existsSync(memoryFile) ? Number(readFileSync(memoryFile, 'utf8')) * 1024 : 0;
  const cpu = /peak-kb \d+ cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return { ok: result.status === 0, seconds, peakBytes, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined, output };
}

/** Every file under `root`, relative to it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(root, path)).isFile());
}

/** A page's weight: its HTML raw, and HTML with its stylesheets compressed (as tests/budget.test.ts counts). */
export interface PageWeight {
  path: string;
  type: string;
  html: number;
  compressed: number;
}

/** The weight of every HTML page in `dist` but the editor's. */
export function pageWeights(dist: string): PageWeight[] {
  const css = new Map<string, number>();
  const gz = (href: string) => {
    if (!css.has(href)) css.set(href, gzipSync(readFileSync(join(dist, href))).length);
    return css.get(href)!;
  };
  return filesUnder(dist)
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .map((file) => {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const html = readFileSync(join(dist, file));
      const sheets = [...html.toString('utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
      return { path, type: pageType(path), html: html.length, compressed: gzipSync(html).length + sheets.reduce((sum, href) => sum + gz(href), 0) };
    });
}

/** The heaviest page of each type, by compressed weight. */
export function heaviestByType(weights: PageWeight[]): Array<PageWeight & { count: number }> {
  const byType = new Map<string, PageWeight & { count: number }>();
  for (const weight of weights) {
    const current = byType.get(weight.type);
    if (!current || weight.compressed > current.compressed) byType.set(weight.type, { ...weight, count: (current?.count ?? 0) + 1 });
    else current.count++;
  }
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/** An API file or family of files: how many, the largest and the total, raw and compressed. */
export interface ApiWeight {
  name: string;
  files: number;
  largest: number;
  largestCompressed: number;
  total: number;
  /** A whole-collection file, exempt from the 100 KB budget. */
  whole: boolean;
}

/** The files that hold a whole collection, which grow with the site (everything else is split). */
const wholeFiles = /^(commitments|meetings|datasets|organizations|consultations|public-input|reuses|data-requests|challenges)\.json$|^locations\.geojson$|\.csv$/;

/** The API's files under /api/v1/, a family (`meetings/*.json`, `meetings/pages/*.json`) on one line each. */
export function apiWeights(dist: string): ApiWeight[] {
  const root = join(dist, 'api/v1');
  const families = new Map<string, ApiWeight>();
  for (const file of filesUnder(root).filter((f) => !f.startsWith('schemas/'))) {
    const name = file.includes('/') ? `${file.replace(/\/[^/]+$/, '/')}*${file.slice(file.lastIndexOf('.'))}` : file;
    const bytes = readFileSync(join(root, file));
    const family = families.get(name) ?? { name, files: 0, largest: 0, largestCompressed: 0, total: 0, whole: wholeFiles.test(file) };
    family.files++;
    family.total += bytes.length;
    if (bytes.length > family.largest) Object.assign(family, { largest: bytes.length, largestCompressed: gzipSync(bytes).length });
    families.set(name, family);
  }
  return [...families.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Every budget broken at scale, in words; none when all hold. */
export function budgetProblems(weights: PageWeight[], dist: string): string[] {
  const problems: string[] = [];
  for (const page of weights) {
    if (page.compressed > 50 * 1024) problems.push(`${page.path}: ${kb(page.compressed)} compressed with its stylesheet (budget 50 KB)`);
    if (page.html > 250 * 1024) problems.push(`${page.path}: ${kb(page.html)} of HTML (budget 250 KB)`);
  }
  const root = join(dist, 'api/v1');
  for (const file of filesUnder(root)) {
    const size = statSync(join(root, file)).size;
    if (!wholeFiles.test(file) && size > 100 * 1024) problems.push(`/api/v1/${file}: ${kb(size)} (budget 100 KB for every file but the whole-collection ones)`);
  }
  return problems;
}

/** `12.3 KB`. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The number of pages and files a build wrote. */
export function outputCounts(dist: string) {
  const files = filesUnder(dist);
  return { pages: files.filter((file) => file.endsWith('.html') && !file.startsWith('admin/')).length, files: files.length, bytes: files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0) };
}
