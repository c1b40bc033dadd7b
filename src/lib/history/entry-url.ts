/** Where one change sits on its record's paged history page; apart from record-history.ts, which the records read, so that the site's addresses stay out of that chain. */
import { pageSize } from '../pagination/pages.ts';
import { historyUrl } from '../urls.ts';
import { recordHistory, type RecordChange } from './record-history.ts';

/**
 * The address of one change on its record's history page, which shows `pageSize` changes a page,
 * newest first: `/commitments/x/history/page/2/#commit-1a2b3c4`.
 */
export function historyEntryUrl(change: Pick<RecordChange, 'collection' | 'id' | 'commit'>): string {
  const index = recordHistory(change.collection, change.id)?.changes.findIndex((other) => other.commit.sha === change.commit.sha) ?? -1;
  return historyUrl(change.collection, change.id, change.commit.sha, Math.floor(Math.max(0, index) / pageSize) + 1);
}

