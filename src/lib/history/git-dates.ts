/**
 * When each content file (a record or an uploaded file) last changed. It reads the site's one
 * history (`record-history.ts`, from a few Git processes per build), so every date on pages,
 * exports and history pages agrees; it never runs Git itself. A missing or shallow history
 * gives no dates rather than wrong ones.
 */
import { neutralPath } from '../i18n/routes.ts';
import { relative, resolve, sep } from 'node:path';
import { siteHistory } from './record-history.ts';
import { contentDir } from '../paths.ts';
import { changesUrl, recordOfUrl, sectionUrl } from '../urls.ts';
import { collectionNames } from '../../schemas/index.ts';

/** The last change to one file. */
export interface LastChange {
  /** `YYYY-MM-DD` in UTC. */
  date: string;
  /** Full ISO timestamp. */
  timestamp: string;
  author: string;
  /** Who made it, one name each (a merged review branch may have several). */
  authors: string[];
}

/** The last change to a content file (path relative to the project root, like `entry.filePath`), or undefined when Git cannot tell. */
export function lastChange(file: string): LastChange | undefined {
  const path = relative(resolve(contentDir), resolve(file)).split(sep).join('/');
  const commit = siteHistory().files.get(path);
  return commit && { date: commit.date, timestamp: commit.timestamp, author: commit.author, authors: commit.authors };
}

/**
 * When a page last changed, for the sitemap: a record's pages (its page, history, feed, poster)
 * when its file last changed; a collection's lists when any of its records did; the home page
 * and the changes when anything did. Pages that show no content (search, developers) have no
 * date, rather than a made-up one.
 */
export function pageLastModified(page: string): string | undefined {
  // A page's twin in another language changes with it: the record (its text in any language).
  const path = neutralPath(page);
  const history = siteHistory();
  if (!history.available) return undefined;
  const record = recordOfUrl(path);
  const own = record && history.records.get(`${record.collection}/${record.id}`);
  if (own && !own.deleted) return own.changes[0]?.commit.timestamp;
  const collection = collectionNames.find((name) => sectionUrl(name) !== '/' && path.startsWith(sectionUrl(name)));
  if (collection) return history.changes.find((change) => change.collection === collection)?.commit.timestamp;
  if (path === '/' || path.startsWith(changesUrl())) return history.changes[0]?.commit.timestamp;
  return undefined;
}
