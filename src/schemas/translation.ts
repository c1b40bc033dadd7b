/**
 * Translations: a record's prose in another language, kept beside the English file
 * (`content/<collection>/es/<id>.md`). Which fields are prose is said once per collection
 * (`translatable` in `index.ts`); the schema of a translation file is derived here from the
 * record's own schema, so the two cannot drift. Facts (dates, statuses, organizations,
 * districts, numbers, files) are never in a translation: they are kept once, in the English file.
 */
import { z } from 'astro/zod';
import { defOf, metaOf, unwrap } from './walk.ts';

/**
 * One translatable part of a record: a field (`title`), a field of each item of a list, by
 * position (`milestones[].title`), each item of a list of texts (`agenda[]`), or the Markdown
 * body (`body`).
 */
export type TranslatablePath = string;

/** The translatable paths grouped by top-level field: `true` for the field itself, or the fields of each list item (empty for a list of texts). */
export function translatableShape(paths: readonly TranslatablePath[]): Map<string, true | string[]> {
  const shape = new Map<string, true | string[]>();
  for (const path of paths) {
    if (path === 'body') continue;
    const [name, rest] = path.split('[]');
    if (rest === undefined) shape.set(name, true);
    else {
      const fields = shape.get(name);
      const list = Array.isArray(fields) ? fields : [];
      if (rest.startsWith('.')) list.push(rest.slice(1));
      shape.set(name, list);
    }
  }
  return shape;
}

/**
 * The schema of a translation's front matter: the translatable fields of `schema`, each keeping
 * its own checks and labels but optional (a partial translation falls back field by field);
 * lists by position, each item with its translatable fields only. Built from the shapes rather
 * than with `.pick()`, which zod 4 refuses on objects with refinements (the rules across fields).
 */
export function translationSchema(schema: z.ZodType, paths: readonly TranslatablePath[]): z.ZodObject {
  const recordShape = defOf(unwrap(schema)).shape ?? {};
  const shape: Record<string, z.ZodType> = {};
  for (const [name, part] of translatableShape(paths)) {
    const own = recordShape[name];
    if (!own) throw new Error(`"${name}" is listed as translatable but is not a field of the record`);
    if (part === true) {
      shape[name] = own.optional();
      continue;
    }
    const element = defOf(unwrap(own)).element;
    if (!element) throw new Error(`"${name}[]" is listed as translatable but is not a list`);
    const item = part.length ? itemSchema(element, part, name) : element;
    shape[name] = z.array(item).optional().meta({ ...pickMeta(own) });
  }
  return z.strictObject(shape);
}

/** A list item with only its translatable fields, each optional, labelled like the record's item. */
function itemSchema(element: z.ZodType, fields: string[], list: string): z.ZodType {
  const itemShape = defOf(unwrap(element)).shape ?? {};
  const picked: Record<string, z.ZodType> = {};
  for (const name of fields) {
    if (!itemShape[name]) throw new Error(`"${list}[].${name}" is listed as translatable but is not a field of the list's items`);
    picked[name] = itemShape[name].optional();
  }
  return z.strictObject(picked).meta(pickMeta(element));
}

/** A schema's label and hint, without its rules (a translation item has none of its own). */
function pickMeta(schema: z.ZodType): Record<string, unknown> {
  const { title, description } = metaOf(schema);
  return { ...(title && { title }), ...(description && { description }) };
}
