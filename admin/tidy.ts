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
