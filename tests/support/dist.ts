/** Reading the built site in `dist/`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlText } from './html.ts';

/** The built site's folder. */
export const dist = process.env.DIST_DIR ?? 'dist';

/** Every file under dist/, as paths relative to it. */
export function distFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? distFiles(join(dir, entry.name)) : [relative(dist, join(dir, entry.name))],
  );
}

/** The HTML pages, as site paths like `/commitments/x/`. */
export function htmlPages(): string[] {
  return distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`);
}

/** The pages the public reads: every HTML page but the editor's at /admin/, which has a policy and a stylesheet of its own. */
export function publicPages(): string[] {
  return htmlPages().filter((path) => path !== '/admin/');
}

/** The HTML of a page by its site path. */
export function page(path: string): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(dist, file), 'utf8');
}

/** The text of a page as a reader sees it, spaces collapsed, for "the reader sees" checks. */
export function pageText(path: string): string {
  return htmlText(page(path));
}
