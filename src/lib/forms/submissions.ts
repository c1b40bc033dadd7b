/**
 * What the form service hands over, read into one shape: Netlify's submissions JSON (what its API
 * returns: an array of objects with `id`, `number`, `form_name`, `created_at` and a `data` object
 * of the form's fields) and the CSV that its Forms page exports (one column per field, with
 * `created_at` and, when present, `id`). Other columns Netlify adds (ip, user_agent, referrer,
 * its copies of name and email) are never kept.
 */
import { createHash } from 'node:crypto';
import { parseCsv } from '../data-files/csv.ts';

/** One submission, whichever file it came from. */
export interface Submission {
  /** The service's id; for a CSV without ids, a fingerprint of its content, the same each time. */
  id: string;
  /** Netlify's running number, when given. */
  number?: number;
  /** The form it was sent with, when the file says (Netlify's CSV is one form's, and does not). */
  formName?: string;
  /** When it was received, as an ISO timestamp. */
  createdAt: string;
  /** The form's fields, as text. */
  data: Record<string, string>;
  /** Where it is in the file, for messages a coordinator can follow: `row 4` (of the CSV, its heading being row 1), `submission 2` (of the JSON). */
  where: string;
}

/** A file that cannot be read as submissions, said so that a coordinator knows what to export. */
export class SubmissionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SubmissionsError';
  }
}

/** What the service adds to every submission: never a field of the form. */
const serviceFields = new Set(['ip', 'user_agent', 'referrer']);

/** A field's value as text: a ticked box as "on", several choices joined. */
function asText(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ');
  return String(value);
}

/** A CSV heading or a field name as the form spells it: `Created at` → `created_at`, `Name` → `name`. */
function key(heading: string): string {
  return heading.trim().toLowerCase().replace(/\s+/g, '_');
}

/** A timestamp as ISO, whatever way the export wrote it; unchanged when it cannot be read. */
function isoTimestamp(value: string): string {
  const time = Date.parse(value.replace(/ UTC$/, 'Z'));
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/** A stable id for a submission exported without one: the same content always gives the same id. */
function fingerprint(createdAt: string, data: Record<string, string>): string {
  const canonical = JSON.stringify([createdAt, Object.entries(data).sort(([a], [b]) => a.localeCompare(b))]);
  return `sha256-${createHash('sha256').update(canonical).digest('hex').slice(0, 20)}`;
}

/** Netlify's JSON: an array of submissions. */
function fromJson(text: string): Submission[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SubmissionsError(`the file looks like JSON but cannot be read (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new SubmissionsError('expected a JSON array of submissions, as Netlify\'s API returns (GET /api/v1/forms/{form_id}/submissions)');
  return parsed.map((item, index) => {
    const entry = item as { id?: unknown; number?: unknown; form_name?: unknown; created_at?: unknown; data?: unknown };
    if (!entry || typeof entry !== 'object' || !entry.data || typeof entry.data !== 'object' || typeof entry.created_at !== 'string') {
      throw new SubmissionsError(`submission ${index + 1} has no "data" object or no "created_at": is this Netlify's submissions JSON?`);
    }
    const data = Object.fromEntries(
      Object.entries(entry.data as Record<string, unknown>).filter(([name]) => !serviceFields.has(name)).map(([name, value]) => [name, asText(value)]),
    );
    const createdAt = isoTimestamp(entry.created_at);
    return {
      id: typeof entry.id === 'string' && entry.id ? entry.id : fingerprint(createdAt, data),
      ...(typeof entry.number === 'number' && { number: entry.number }),
      ...(typeof entry.form_name === 'string' && { formName: entry.form_name }),
      createdAt,
      data,
      where: `submission ${index + 1}`,
    };
  });
}

/** Netlify's CSV export: a heading row, then one row per submission. */
function fromCsv(text: string): Submission[] {
  const { header, rows } = parseCsv(text);
  const keys = header.map(key);
  if (!keys.includes('created_at')) throw new SubmissionsError(`expected a "created_at" column, as in the CSV that Netlify's Forms page exports; the columns are: ${header.join(', ')}`);
  return rows
    .map((row, index) => ({ row, where: `row ${index + 2}` }))
    .filter(({ row }) => row.some((cell) => cell.trim()))
    .map(({ row, where }) => {
      const cells = Object.fromEntries(keys.map((name, index) => [name, row[index] ?? '']));
      const { id, number, form_name: formName, created_at: created, ...rest } = cells;
      const data = Object.fromEntries(Object.entries(rest).filter(([name]) => !serviceFields.has(name)));
      const createdAt = isoTimestamp(created);
      return {
        id: id?.trim() || fingerprint(createdAt, data),
        ...(number && Number.isInteger(Number(number)) ? { number: Number(number) } : {}),
        ...(formName ? { formName } : {}),
        createdAt,
        data,
        where,
      };
    });
}

/** The submissions in an export, JSON or CSV (told apart by their first character). */
export function parseSubmissions(text: string): Submission[] {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('[') || start.startsWith('{') ? fromJson(start) : fromCsv(text);
}

/** The day a timestamp falls on in Belize (UTC−6 all year, no daylight saving time). */
export function belizeDate(timestamp: string): string {
  const time = Date.parse(timestamp);
  return Number.isNaN(time) ? timestamp.slice(0, 10) : new Date(time - 6 * 3_600_000).toISOString().slice(0, 10);
}
