/** Writing what an import adds to content/: a new file only, never over one that is there. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes a new file; throws (EEXIST) rather than replace a file of that name, which the planner should never have chosen. */
export function writeNewFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}
