/**
 * Walks a zod schema side by side with a value, to find what the schema's metadata says about
 * each field: which collection an id refers to, its label. Used by the content check and the CMS.
 */
import { z } from 'astro/zod';
import type { FieldMeta } from './fields.ts';

/** A reference found in a record: where it is, which collection, which id. */
export interface FoundReference {
  path: (string | number)[];
  collection: string;
  id: string;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };

/** The definition of a zod schema (zod 4 keeps it on `_zod.def`). */
export function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The metadata of a schema and of the wrappers inside it (optional, default, pipe), outermost first. */
export function metaOf(schema: z.ZodType): FieldMeta {
  const merged: FieldMeta = {};
  for (let node: z.ZodType | undefined = schema; node; node = unwrapOnce(node)) {
    Object.assign(merged, { ...(node.meta() as FieldMeta | undefined), ...merged });
  }
  return merged;
}

/** The schema inside a wrapper, or undefined for a schema that wraps nothing. */
function unwrapOnce(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(schema);
  if (def.innerType) return def.innerType;
  if (def.type === 'pipe') return def.in;
  return undefined;
}

/** The innermost schema: an object, array, string, enum… */
export function unwrap(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (let inner = unwrapOnce(node); inner; inner = unwrapOnce(node)) node = inner;
  return node;
}

/** Every id in `value` that the schema marks as a reference to another collection. */
export function findReferences(schema: z.ZodType, value: unknown, path: (string | number)[] = []): FoundReference[] {
  const found: FoundReference[] = [];
  const { reference } = metaOf(schema);
  if (reference && typeof value === 'string') return [{ path, collection: reference, id: value }];
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object' && def.shape && value && typeof value === 'object') {
    for (const [key, child] of Object.entries(def.shape)) {
      found.push(...findReferences(child, (value as Record<string, unknown>)[key], [...path, key]));
    }
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, index) => found.push(...findReferences(def.element!, item, [...path, index])));
  }
  return found;
}
