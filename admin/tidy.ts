/**
 * Tidies an entry before Decap saves it. A field a coordinator filled in and then cleared is
 * saved as "" (or null), which the schemas rightly reject for ids, dates and addresses, and an
 * optional group left empty as {}; both mean "not given", so they are left out of the file.
 * Works on Decap's Immutable data without importing Immutable (the bundle has its own copy).
 */

/** The parts of an Immutable Map or List used here. */
interface Collection {
  map(fn: (value: unknown) => unknown): Collection;
  filter(fn: (value: unknown) => boolean): Collection;
  readonly size: number;
}

const isKeyed = (value: unknown): value is Collection => Boolean(value && (value as Record<string, unknown>)['@@__IMMUTABLE_KEYED__@@']);
const isIndexed = (value: unknown): value is Collection => Boolean(value && (value as Record<string, unknown>)['@@__IMMUTABLE_INDEXED__@@']);
const blank = (value: unknown) => value === '' || value === null || value === undefined;

/** The value without blank fields, blank list items, or groups left empty. */
export function tidy<T>(value: T): T {
  if (isKeyed(value)) return value.map(tidy).filter((item) => !blank(item) && !(isKeyed(item) && item.size === 0)) as T;
  if (isIndexed(value)) return value.map(tidy).filter((item) => !blank(item)) as T;
  return value;
}

/**
 * The same for a translation, as plain data (Decap's i18n data, which a preSave listener cannot
 * replace): blank fields (whitespace only, too), empty groups and lists with nothing translated
 * left out (Decap gives a new entry's other languages the lists' defaults, `[]`); list items kept
 * where they are, since a translation's lists match the English ones by position.
 */
export function tidyTranslation(data: Record<string, unknown>): Record<string, unknown> {
  // Decap's Markdown widget leaves a line break in a body nobody wrote: blank too.
  const empty = (value: unknown) => blank(value) || (typeof value === 'string' && !value.trim());
  const clean = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map((item) => (empty(item) ? {} : clean(item)));
    if (value && typeof value === 'object') {
      const kept = Object.entries(value).map(([key, item]) => [key, clean(item)] as const).filter(([, item]) => !empty(item) && !isPlainEmpty(item) && !(Array.isArray(item) && item.every(isPlainEmpty)));
      return Object.fromEntries(kept);
    }
    return value;
  };
  return clean(data) as Record<string, unknown>;
}

const isPlainEmpty = (value: unknown) => Boolean(value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
