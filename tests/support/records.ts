/** The sample content's records as the content check reads them, each typed by its collection's schema. */
import { checkContent, type CheckedRecord } from '../../src/lib/content/check.ts';
import type { CollectionData, CollectionName } from '../../src/schemas/index.ts';

/** One checked record of collection `N`. */
export interface TypedRecord<N extends CollectionName> extends Omit<CheckedRecord, 'collection' | 'data'> {
  collection: N;
  data: CollectionData<N>;
}

/** The records of one collection, from `records` (the content check's). */
export function recordsOf<N extends CollectionName>(records: CheckedRecord[], collection: N): TypedRecord<N>[] {
  // The content check parsed each record with its collection's schema and keeps the output, so
  // its data is that schema's output; CheckedRecord only states it as Record<string, unknown>.
  return records.filter((record) => record.collection === collection) as TypedRecord<N>[];
}

/** The sample content in `content/`, read once and typed per collection. */
export function sampleRecords(root = 'content'): <N extends CollectionName>(collection: N) => TypedRecord<N>[] {
  const { records } = checkContent(root);
  return (collection) => recordsOf(records, collection);
}
