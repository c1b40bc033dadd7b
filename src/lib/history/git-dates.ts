/**
 * When each content file (a record or an uploaded file) last changed. It reads the site's one
 * history (`record-history.ts`, from a few Git processes per build), so every date on pages,
 * exports and history pages agrees; it never runs Git itself. A missing or shallow history
 * gives no dates rather than wrong ones.
 */
import { relative, resolve, sep } from 'node:path';
import { siteHistory } from './record-history.ts';
import { contentDir } from '../paths.ts';

/** The last change to one file. */
export interface LastChange {
  /** `YYYY-MM-DD` in UTC. */
  date: string;
  /** Full ISO timestamp. */
  timestamp: string;
  author: string;
}

/** The last change to a content file (path relative to the project root, like `entry.filePath`), or undefined when Git cannot tell. */
export function lastChange(file: string): LastChange | undefined {
  const path = relative(resolve(contentDir), resolve(file)).split(sep).join('/');
  const commit = siteHistory().files.get(path);
  return commit && { date: commit.date, timestamp: commit.timestamp, author: commit.author };
}
