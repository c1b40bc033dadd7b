/**
 * Field builders shared by every schema: ids, references, dates, links, coordinates, vocabularies.
 * Each one normalises forgiving input (YAML dates, stray spaces) so pages see one shape,
 * and explains itself in words a coordinator can act on when the value is wrong.
 */
import { z } from 'astro/zod';
import type { CollectionName } from './collection-names.ts';
import { labelOf } from './vocabularies.ts';

/** Kebab-case ids: file names and references. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Label and hint for a field, read by pages and by the CMS configuration. */
export interface FieldMeta {
  title?: string;
  description?: string;
  /** The collection whose id this field stores. */
  reference?: CollectionName;
  /** A widget the CMS should use where the type alone does not say (markdown, text, datetime, map, file, image). */
  widget?: 'markdown' | 'text' | 'date' | 'file' | 'image' | 'time';
  /** For a choice from a vocabulary: each value's label, shown as the CMS's options. */
  options?: Record<string, string>;
  /** For an object: the rules across its fields (`withRules` in `rules.ts`). */
  rules?: readonly FieldRule[];
}

/** One rule across the fields of an object (see `rules.ts`, which runs them and lists them). */
export interface FieldRule<T = never> {
  /** Kebab-case, unique within its object: reports and tests name the rule by it. */
  name: string;
  /** The fields it reads; a break is reported at the first. */
  fields: [string, ...string[]];
  /** What is wrong with `value`, in words a coordinator can act on; undefined when the rule holds. */
  check: (value: T) => string | undefined;
  /** Fields it makes required in some cases, with the hint that says when ("Required unless …"). */
  requires?: Record<string, string>;
  /** Other fields' hints that state the limit it sets ("On or after the start date."). */
  hints?: Record<string, string>;
  /** Values that break the rule when set over a record that keeps every rule (undefined: leave the field out). The tests try each in the editor. */
  brokenBy: Record<string, unknown>;
}

/** Attach a label and hint (and CMS widget) to a field. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  // Merge, so a builder's own meta (a reference target, a widget) survives the label.
  return schema.meta({ ...(schema.meta() ?? {}), ...meta } as Record<string, unknown>) as T;
}

/** A required line of text. */
export const text = () => z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/** The id of a record in another collection, checked to exist by the content check. */
export function ref(collection: CollectionName) {
  return z
    .string({ error: `expected the id of one of the ${collection}` })
    .regex(slugPattern, { error: `expected the id of one of the ${collection} (lowercase words joined by hyphens)` })
    .meta({ reference: collection });
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const dateError = 'expected a date written as YYYY-MM-DD, for example 2027-03-31';

/**
 * A calendar date, stored as `YYYY-MM-DD`. YAML turns unquoted dates into Date objects at UTC
 * midnight, so both forms are accepted and normalised to the string.
 */
export const isoDate = () =>
  z
    .union([z.date(), z.string()], { error: dateError })
    .transform((value, ctx) => {
      const iso = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value.trim();
      const parsed = new Date(`${iso}T00:00:00Z`);
      if (!isoDatePattern.test(iso) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) {
        ctx.addIssue({ code: 'custom', message: `${dateError}, got ${JSON.stringify(value instanceof Date ? String(value) : value)}` });
        return z.NEVER;
      }
      return iso;
    })
    .meta({ widget: 'date' });

/** A time of day, `HH:MM` on a 24-hour clock. */
export const timeOfDay = () =>
  z
    .string({ error: 'expected a time written as HH:MM, for example 14:30' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time written as HH:MM, for example 14:30' })
    .meta({ widget: 'time' });

/** A link: a web address (http or https) or a path on this site (starting with `/`). */
export const link = () =>
  z
    .string({ error: 'expected a web address or a path on this site' })
    .trim()
    .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) || /^\/[^\s]*$/.test(value), {
      error: 'expected a web address starting with https:// (or http://), or a path on this site starting with /',
    });

/** An email address. */
export const email = () => z.email({ error: 'expected an email address, for example name@example.org.bz' });

/** A web address. */
export const url = () => z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' });

/** A choice from one of the vocabularies in `vocabularies.ts`; the labels go with it for the CMS. */
export function oneOf<V extends Record<string, string | { label: string }>>(vocabulary: V) {
  const values = Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
  const options = Object.fromEntries(values.map((value) => [value, labelOf(vocabulary, value)]));
  return z.enum(values, { error: `expected one of: ${values.join(', ')}` }).meta({ options });
}

/** The area that holds Belize, its cayes and atolls, with a margin: [west, south, east, north]. */
export const belizeExtent = [-89.4, 15.7, -87.3, 18.6] as const;

function inBelize([lon, lat]: readonly [number, number]): boolean {
  const [west, south, east, north] = belizeExtent;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** A point as `[longitude, latitude]` (GeoJSON order), inside Belize. */
export const lonLat = () =>
  z
    .tuple([z.number(), z.number()], { error: 'expected coordinates as [longitude, latitude], for example [-88.7659, 17.2514]' })
    .superRefine((point, ctx) => {
      if (inBelize(point)) return;
      const swapped = inBelize([point[1], point[0]]);
      ctx.addIssue({
        code: 'custom',
        message: swapped
          ? `latitude and longitude look swapped: write [longitude, latitude], that is [${point[1]}, ${point[0]}]`
          : `[${point.join(', ')}] is outside Belize: expected longitude between ${belizeExtent[0]} and ${belizeExtent[2]}, latitude between ${belizeExtent[1]} and ${belizeExtent[3]}`,
      });
    });
