/**
 * The file name Decap will give a new record, known before it is saved, so that the editor can
 * refuse a name the build would refuse ("map" is a section of the site; "rules_of_procedure" is
 * not an id). A port of decap-cms-core 3.16's `slugFormatter` (lib/formatters.ts: `prepareSlug`,
 * then `sanitizeSlug` in lib/urlHelper.ts) and `generateUniqueSlug` (backend.ts) for the slug
 * options of this site's configuration; `tests/cms-rules.e2e.ts` checks it against Decap itself.
 */
import { collections, extensions, type CollectionName } from '../../schemas/index.ts';
import { slugOptions, slugTemplate } from './config.ts';

// decap-cms-core's `diacritics` package maps these letters, which Unicode does not decompose.
const letters: Record<string, string> = { æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', ß: 'ss', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'TH' };

/** One part of a file name, as Decap cleans it: lowercase, no accents, `-` for anything but `\w`, `.`, `-` and `~`. */
export function slugPart(value: string): string {
  const replacement = slugOptions.sanitize_replacement;
  const prepared = value.trim().toLocaleLowerCase().replace(/'/g, '').replace(/\./g, '-');
  const plain = prepared.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x00-\x7f]/g, (char) => letters[char] ?? char);
  const safe = Array.from(plain, (char) => (/[\w\-.~]/.test(char) ? char : replacement)).join('');
  // sanitize-filename, as Decap calls it: Windows' reserved names and trailing dots go; 255 bytes at most.
  const filename = safe.replace(/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i, replacement).replace(/[. ]+$/, replacement).slice(0, 255);
  return filename.replace(/-+/g, replacement).replace(/^-/, '').replace(/-$/, '');
}

/** Decap's `{{year}}`, `{{month}}`, `{{day}}` of a date field's value (read as local midnight, then written in UTC, as Decap does). */
function dateParts(value: unknown): Record<string, string> {
  const text = typeof value === 'string' ? value : '';
  const local = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00`) : new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return { year: String(local.getUTCFullYear()), month: two(local.getUTCMonth() + 1), day: two(local.getUTCDate()) };
}

/**
 * The id Decap gives a new record of `collection` with `data`, when `names` are the files of its
 * folder: the collection's template filled from the title (and date), then `-1`, `-2`… while a
 * file of that name exists. Undefined while the title is empty (Decap refuses to save then).
 */
export function newRecordId(collection: CollectionName, data: Record<string, unknown>, names: string[]): string | undefined {
  const spec = collections[collection];
  const title = data[spec.titleField];
  if (typeof title !== 'string' || !title.trim()) return undefined;
  const date = dateParts(data.date);
  const slug = slugTemplate(collection).replace(/{{\s*([\w.]+)\s*}}/g, (_, key: string) => slugPart(key === 'slug' ? title : (date[key] ?? String(data[key.replace(/^fields\./, '')] ?? ''))));
  const extension = extensions[spec.format][0];
  const taken = new Set(names.filter((name) => name.endsWith(`.${extension}`)).map((name) => name.slice(0, -extension.length - 1)));
  let id = slug;
  for (let n = 1; taken.has(id); n++) id = `${slug}${slugOptions.sanitize_replacement}${n}`;
  return id;
}
