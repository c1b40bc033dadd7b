/**
 * One translation file against its collection's translation schema (`src/schemas/translation.ts`),
 * said as the content check says it. A fact copied into a translation (a status, a date, an
 * organization) gets its own message: facts are kept once, in the English file. Reads no files,
 * so the editor checks the Spanish side of a record with it before every save.
 */
import { collections, translatableShape, translationSchemaOf, type CollectionName } from '../../schemas/index.ts';
import { defOf, unwrap } from '../../schemas/walk.ts';
import { formatPath, type Problem } from './problems.ts';
import { issuesToProblems } from './record-check.ts';

/** The problems of a translation's front matter `data`; `englishFile` is where its facts live. */
export function translationProblems(file: string, collection: CollectionName, data: unknown, englishFile: string): Problem[] {
  const schema = translationSchemaOf(collection);
  const result = schema.safeParse(data);
  if (result.success) return [];
  const recordSchema = collections[collection].schema;
  return result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code !== 'unrecognized_keys') return issuesToProblems(file, schema, [issue]);
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const field = formatPath(path);
      if (isRecordField(recordSchema, path)) {
        return { file, field, message: `${field} is not prose to translate: facts are kept once, in the English file ${englishFile}; remove ${field} from this translation`, rule: 'facts-only-in-english' };
      }
      return issuesToProblems(file, schema, [{ ...issue, keys: [key] }])[0];
    });
  });
}

/** The translatable fields of a collection, as a translation's own report lists them (`milestones[].title`). */
export function translatableFields(collection: CollectionName): string[] {
  return [...translatableShape(collections[collection].translatable ?? [])].flatMap(([name, part]) => (part === true ? [name] : part.length ? part.map((field) => `${name}[].${field}`) : [`${name}[]`]));
}

/** Whether `path` (numbers for list items) names a field of the record's own schema. */
function isRecordField(schema: Parameters<typeof unwrap>[0], path: PropertyKey[]): boolean {
  let node = unwrap(schema);
  for (const key of path) {
    const def = defOf(node);
    const next = typeof key === 'number' ? def.element : def.shape?.[key as string];
    if (!next) return false;
    node = unwrap(next);
  }
  return true;
}

/**
 * Only the prose of a translation's data, by the collection's `translatable` list (lists by
 * position, items with their prose fields, `body` kept). The editor writes translations through
 * this: Decap 3.16 stores the value of a hidden, untranslated relation field in the other
 * language's data too (its relation widget reports its value on mount, in the locale shown), and
 * those facts must not reach the Spanish file.
 */
export function pickTranslation(collection: CollectionName, data: Record<string, unknown>): Record<string, unknown> {
  const paths = collections[collection].translatable ?? [];
  const picked: Record<string, unknown> = {};
  for (const [name, part] of translatableShape(paths)) {
    const value = data[name];
    if (value === undefined) continue;
    if (part === true || !Array.isArray(value)) picked[name] = value;
    else picked[name] = part.length ? value.map((item) => Object.fromEntries(part.filter((field) => item && typeof item === 'object' && field in item).map((field) => [field, (item as Record<string, unknown>)[field]]))) : value;
  }
  if (paths.includes('body') && data.body !== undefined) picked.body = data.body;
  return picked;
}

/**
 * A translation without what is word for word the English text: not translated, so it falls back
 * (and is listed as still to translate). Decap fills a new entry's other languages with the
 * values given in its address, and "Fill in from another locale" copies the English text.
 */
export function withoutEnglish(translation: Record<string, unknown>, english: Record<string, unknown>): Record<string, unknown> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return Object.fromEntries(
    Object.entries(translation).flatMap(([key, value]) => {
      const original = english[key];
      if (Array.isArray(value) && Array.isArray(original)) {
        return [[key, value.map((item, index) => (item && typeof item === 'object' && !Array.isArray(item) ? withoutEnglish(item as Record<string, unknown>, (original[index] ?? {}) as Record<string, unknown>) : same(item, original[index]) ? {} : item))]];
      }
      return same(typeof value === 'string' ? value.trim() : value, typeof original === 'string' ? original.trim() : original) ? [] : [[key, value]];
    }),
  );
}
