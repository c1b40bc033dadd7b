/**
 * Page weight budgets (issue #2), gzipped, measured on the built site with the sample content.
 * Prints the heaviest page of each type so the figures can be tracked over time.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { dist, htmlPages, page, publicPages } from './support/dist.ts';
import { inlineStyles } from './support/styles.ts';
import { pageType } from './support/sitemap.ts';

const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The stylesheets a page links to. */
const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);

/** Record pages readers open most on a phone (issue #2): tighter than the 50 KB for every page. */
const limits: Record<string, number> = { commitments: 25 * 1024, meetings: 25 * 1024, datasets: 25 * 1024, consultations: 25 * 1024, 'action-plans': 25 * 1024, 'plan dashboard': 25 * 1024, 'plan timeline': 25 * 1024, reuses: 25 * 1024, 'data-requests': 25 * 1024, challenges: 25 * 1024 };

it('keeps each page\'s stylesheet, every page, and record pages within their gzipped budgets', () => {
  const pages = htmlPages();
  const pagesWithSheets = publicPages();
  expect(pagesWithSheets.flatMap((path) => stylesheets(page(path))), 'no stylesheet linked: it is inline').toEqual([]);
  for (const path of pagesWithSheets) expect(inlineStyles(page(path)), `${path}: one inline stylesheet`).toHaveLength(1);
  // The heaviest page's own stylesheet: it comes again with every page, so it is kept small.
  const cssBytes = Math.max(...pagesWithSheets.map((path) => gzipped(inlineStyles(page(path))[0])));

  const heaviest = new Map<string, { path: string; bytes: number; count: number }>();
  for (const path of pages) {
    const html = page(path);
    const bytes = gzipped(html) + stylesheets(html).reduce((sum, href) => sum + gzipped(readFileSync(`${dist}${href}`)), 0);
    const type = pageType(path);
    const current = heaviest.get(type);
    heaviest.set(type, { path: bytes > (current?.bytes ?? -1) ? path : current!.path, bytes: Math.max(bytes, current?.bytes ?? 0), count: (current?.count ?? 0) + 1 });
  }

  const rows = [...heaviest].sort(([a], [b]) => a.localeCompare(b)).map(([type, { path, bytes, count }]) => `  ${type.padEnd(22)} ${String(count).padStart(3)} pages  heaviest ${kb(bytes).padStart(8)}  ${path}`);
  console.log(`Page weight, gzipped HTML with its inline stylesheet (${kb(cssBytes)} at most):\n${rows.join('\n')}`);

  // 4 KB is 80 ms at 400 kbit/s: what a repeat visit pays for the stylesheet being inline rather
  // than cached stays under issue #15's 100 ms (measured by tests/first-paint.bench.ts).
  expect(cssBytes).toBeLessThanOrEqual(4 * 1024);
  for (const [type, { path, bytes }] of heaviest) {
    expect(bytes, `${path} (${type})`).toBeLessThanOrEqual(limits[type] ?? 50 * 1024);
  }
});
