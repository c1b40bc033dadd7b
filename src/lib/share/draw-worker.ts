/**
 * A thread drawing share cards for `renderCards` (render.ts): each card it is given, written to
 * its file in the cache under a temporary name and then renamed.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId, workerData } from 'node:worker_threads';
import { drawCard, type DrawWork } from './render.ts';

for (const { svg, file } of workerData as DrawWork) {
  const png = await drawCard(svg);
  // A name of its own per process and thread: two builds may draw the same card at once.
  const part = `${file}.${process.pid}-${threadId}.part`;
  writeFileSync(part, png);
  renameSync(part, file);
}
