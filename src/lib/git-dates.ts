/**
 * When each content file last changed, from ONE `git log` pass over `content/` per build
 * (never a Git process per file). A missing or shallow history gives no dates rather than
 * wrong ones: in a shallow clone the oldest commit seen would claim every file.
 */
import { spawnSync } from 'node:child_process';
import { contentDir } from './paths.ts';

/** The last change to one file. */
export interface LastChange {
  /** `YYYY-MM-DD` in UTC. */
  date: string;
  /** Full ISO timestamp. */
  timestamp: string;
  author: string;
}

/** Reads the newest commit touching each file under `dir`, keyed by path relative to the repository root. */
export function readLastChanges(dir: string, cwd = process.cwd()): Map<string, LastChange> | undefined {
  const git = (...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const shallow = git('rev-parse', '--is-shallow-repository');
  if (shallow.status !== 0 || shallow.stdout.trim() !== 'false') return undefined;
  const prefix = git('rev-parse', '--show-prefix').stdout.trim();
  const log = git('-c', 'core.quotePath=false', 'log', '--format=c:%ct%x09%an', '--name-only', '--no-renames', '--', dir);
  if (log.status !== 0) return undefined;
  const changes = new Map<string, LastChange>();
  let current: LastChange | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('c:')) {
      const [seconds, author] = line.slice(2).split('\t');
      const timestamp = new Date(Number(seconds) * 1000).toISOString();
      current = { date: timestamp.slice(0, 10), timestamp, author };
    } else if (line && current) {
      // Newest first, so the first time a path appears is its last change.
      const path = prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line;
      if (!changes.has(path)) changes.set(path, current);
    }
  }
  return changes;
}

let cached: Map<string, LastChange> | undefined | null = null;

/** The last change to a content file (path relative to the project root), or undefined when Git cannot tell. */
export function lastChange(file: string): LastChange | undefined {
  if (cached === null) cached = readLastChanges(contentDir);
  return cached?.get(file.replace(/^\.\//, ''));
}
