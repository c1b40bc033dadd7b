/**
 * The records' fields by name, in English, read from the schemas' metadata (src/schemas/), so
 * English has one source: `fields.commitments['milestones.end']` → `End date (expected
 * completion)`. A field is named by its path of field names, without list indexes; the item of a
 * list is `<path>[]` (`milestones[]` → `Milestone`). The history's descriptions of changes and
 * the last version of a removed record name fields through it. Another language names every
 * path (tests/record-diff.test.ts checks that none is missing).
 */
import type { z } from 'astro/zod';
import { collections, historyCollections } from '../../../../schemas/index.ts';
import { defOf, metaOf, unwrap } from '../../../../schemas/walk.ts';

/** Every field of a schema under `prefix`, with its label (its name where the schema gives none). */
function labels(schema: z.ZodType, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(defOf(unwrap(schema)).shape ?? {}).flatMap(([key, field]) => {
      const path = `${prefix}${key}`;
      const def = defOf(unwrap(field));
      const own: [string, string][] = [[path, metaOf(field).title ?? key]];
      if (def.type === 'object') return [...own, ...Object.entries(labels(field, `${path}.`))];
      const element = def.type === 'array' ? def.element! : undefined;
      if (element && defOf(unwrap(element)).type === 'object') return [...own, [`${path}[]`, metaOf(element).title ?? own[0][1]], ...Object.entries(labels(element, `${path}.`))];
      return own;
    }),
  );
}

/** Field labels by collection, then by path. */
export const fields: Record<string, Record<string, string>> = Object.fromEntries(historyCollections.map((name) => [name, labels(collections[name].schema)]));
