/**
 * Share cards from SVG to PNG with resvg, which takes the project's font files by path and no
 * system font, so a card is the same on every machine. Each PNG is kept in Astro's cache folder
 * under the hash of what decides it (its SVG, the renderer's version, the fonts), so a build
 * draws only the cards whose content changed; the rest are read back (see the README's figures).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { fontFamily, fontFiles } from './fonts.ts';
import { shareCardCacheDir } from '../paths.ts';

const require = createRequire(import.meta.url);

/** resvg's settings: our two font files and nothing from the system. */
const options: ResvgRenderOptions = {
  font: { fontFiles: [fontFiles.regular, fontFiles.bold], loadSystemFonts: false, defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
  logLevel: 'off',
};

let salt: string | undefined;

/** What, besides its SVG, decides a card's pixels: a new renderer or font draws every card again. */
function renderSalt(): string {
  salt ??= createHash('sha256')
    .update(String(require('@resvg/resvg-js/package.json').version))
    .update('png: rgb, unfiltered, zlib default')
    .update(readFileSync(fontFiles.regular))
    .update(readFileSync(fontFiles.bold))
    .digest('hex');
  return salt;
}

/** The hash that names and caches a card's PNG. */
export function cardHash(svg: string): string {
  return createHash('sha256').update(renderSalt()).update(svg).digest('hex');
}


/**
 * Pixels as a PNG: 8-bit RGB (a card is opaque), rows unfiltered, zlib at its default level.
 * A third smaller than resvg's own PNG (whose fast compression made the fullest cards 92 KB,
 * close to the 100 KB WhatsApp is said to skip), for about 4 ms more a card.
 */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0, out = 0, at = 0; y < height; y++) {
    rows[out++] = 0; // filter type: none
    for (let x = 0; x < width; x++, at += 4) {
      rows[out++] = rgba[at];
      rows[out++] = rgba[at + 1];
      rows[out++] = rgba[at + 2];
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(data, crc32(type)));
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Draws one SVG as a PNG. */
export async function drawCard(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, options);
  return encodePng(image.pixels, image.width, image.height);
}

/** How a batch went: how many were drawn, how many read from the cache, and the time it took. */
export interface RenderStats {
  drawn: number;
  cached: number;
  milliseconds: number;
}

// The thread that draws cards (draw-worker.ts), from the project's root, where builds, tests and
// scripts run (as `contentDir` in paths.ts): Vite bundles this file elsewhere, without it.
const drawWorker = resolve('src/lib/share/draw-worker.ts');

/**
 * Makes sure every card is in the cache, drawing the missing ones in a thread per core. In the
 * build's own thread, each card's pixels (3 MB) set off collections of the build's large heap
 * and its PNG was compressed one card at a time: a cold 2,000-record build spent 137 s on its
 * 2,300 cards, 55 s in threads (10,000 records: 11,000 cards in 169 s). A card is written under
 * a temporary name and then renamed, so a build that stops halfway, or another build drawing
 * the same card, never leaves a half-written one behind.
 */
export async function renderCards(svgs: Iterable<string>, dir = shareCardCacheDir): Promise<RenderStats> {
  const started = performance.now();
  mkdirSync(dir, { recursive: true });
  const cards = [...new Set(svgs)].map((svg) => ({ svg, file: join(dir, `${cardHash(svg)}.png`) }));
  const now = new Date();
  const todo = cards.filter(({ file }) => {
    if (!existsSync(file)) return true;
    // Marks the card as still in use, so that pruning keeps it.
    utimesSync(file, now, now);
    return false;
  });
  const threads = Math.min(availableParallelism(), todo.length);
  const drawn = (index: number) =>
    new Promise<void>((done, fail) => {
      // Every `threads`-th card to each thread: cards of a kind come together, and some kinds cost more.
      const worker = new Worker(drawWorker, { workerData: todo.filter((_, at) => at % threads === index) satisfies DrawWork });
      worker.once('error', fail);
      worker.once('exit', (code) => (code === 0 ? done() : fail(new Error(`The thread drawing share cards stopped with code ${code}`))));
    });
  await Promise.all(Array.from({ length: threads }, (_, index) => drawn(index)));
  return { drawn: todo.length, cached: cards.length - todo.length, milliseconds: performance.now() - started };
}

/** What a drawing thread is given: the cards to draw, each with its file in the cache. */
export type DrawWork = { svg: string; file: string }[];

/** A card's PNG from the cache, drawing it first when it is missing. */
export async function cardPng(svg: string, dir = shareCardCacheDir): Promise<Buffer> {
  const file = join(dir, `${cardHash(svg)}.png`);
  if (!existsSync(file)) await renderCards([svg], dir);
  return readFileSync(file);
}

/** Removes cached cards that no build has used for `days` (an old status, a renamed record), so the cache does not grow for ever. */
export function pruneCards(days = 30, dir = shareCardCacheDir): number {
  const before = Date.now() - days * 86_400_000;
  const stale = readdirSync(dir).filter((name) => statSync(join(dir, name)).mtimeMs < before);
  for (const name of stale) rmSync(join(dir, name), { force: true });
  return stale.length;
}
