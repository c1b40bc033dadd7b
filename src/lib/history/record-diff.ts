/**
 * What changed between two versions of a record, in plain words: "Completion level: Limited →
 * Substantial", "Milestone "Publish the draft bill": end date moved from 31 March 2027 to
 * 30 September 2027 (6 months later)", "Milestone added: …". Walks the collection's schema, so
 * every label comes from the zod metadata (a choice's from the vocabulary `oneOf()` attached), and every
 * reference is shown by the referenced record's name.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/collection-names.ts';
import { defOf, metaOf, unwrap } from '../../schemas/walk.ts';
import { daysBetween, formatDate, formatDuration } from '../dates.ts';
import { diffLines, type DiffLine } from './line-diff.ts';

/** The name of a referenced record, when it is known. */
export type NameOf = (collection: CollectionName, id: string) => string | undefined;

/** A changed text: a Markdown field or the body. */
export interface TextChange {
  label: string;
  diff: DiffLine[];
}

/** The changes between two versions. */
export interface RecordDiff {
  /** One sentence per changed value. */
  lines: string[];
  /** Line diffs of long texts. */
  texts: TextChange[];
}

/** Fields whose value names an item in a list, so versions of the list can be matched. */
const nameFields = ['title', 'name', 'text', 'seat', 'note'];

/** Compares two versions' data (and Markdown bodies) field by field. */
export function diffRecord(schema: z.ZodType, before: Record<string, unknown>, after: Record<string, unknown>, nameOf: NameOf, body?: { before: string; after: string }): RecordDiff {
  const out: RecordDiff = { lines: [], texts: [] };
  compareObject(schema, before, after, '', { nameOf, out });
  // Front matter leaves blank lines before the body; they are not part of the text.
  const trim = (text: string) => text.replace(/^(\s*\n)+/, '').trimEnd();
  if (body && trim(body.before) !== trim(body.after)) out.texts.push({ label: 'Text', diff: diffLines(trim(body.before), trim(body.after)) });
  return out;
}

interface Context {
  nameOf: NameOf;
  out: RecordDiff;
}

function compareObject(schema: z.ZodType, before: unknown, after: unknown, prefix: string, ctx: Context) {
  const shape = defOf(unwrap(schema)).shape ?? {};
  for (const [key, field] of Object.entries(shape)) {
    compare(field, key, (before as Record<string, unknown> | undefined)?.[key], (after as Record<string, unknown> | undefined)?.[key], prefix, ctx);
  }
}

function compare(schema: z.ZodType, key: string, before: unknown, after: unknown, prefix: string, ctx: Context) {
  if (same(before, after)) return;
  const meta = metaOf(schema);
  const label = meta.title ?? key;
  const def = defOf(unwrap(schema));
  if (def.type === 'object') return compareObject(schema, before, after, `${prefix}${say(prefix, label)} › `, ctx);
  if (def.type === 'array') {
    const element = def.element!;
    if (defOf(unwrap(element)).type === 'object') return compareItems(element, label, asArray(before), asArray(after), prefix, ctx);
    return compareSets(element, label, asArray(before), asArray(after), prefix, ctx);
  }
  const isText = (value: unknown) => typeof value === 'string' && (value.includes('\n') || value.length > 100);
  if (meta.widget === 'markdown' || isText(before) || isText(after)) {
    ctx.out.texts.push({ label: `${prefix}${say(prefix, label)}`, diff: diffLines(String(before ?? ''), String(after ?? '')) });
    ctx.out.lines.push(`${prefix}${say(prefix, label)} rewritten (see the text below)`);
    return;
  }
  const subject = `${prefix}${say(prefix, label)}`;
  if (before === undefined) return void ctx.out.lines.push(`${subject} set to ${show(schema, after, ctx)}`);
  if (after === undefined) return void ctx.out.lines.push(`${subject} removed (was ${show(schema, before, ctx)})`);
  if (meta.widget === 'date' && typeof before === 'string' && typeof after === 'string') {
    const days = daysBetween(before, after);
    return void ctx.out.lines.push(`${subject} moved from ${formatDate(before)} to ${formatDate(after)} (${formatDuration(Math.abs(days))} ${days > 0 ? 'later' : 'earlier'})`);
  }
  if (meta.reference) return void ctx.out.lines.push(`${subject} changed from ${show(schema, before, ctx)} to ${show(schema, after, ctx)}`);
  ctx.out.lines.push(`${subject}: ${show(schema, before, ctx)} → ${show(schema, after, ctx)}`);
}

/** Lists of plain values (districts, OGP values, keywords): what was added and removed. */
function compareSets(element: z.ZodType, label: string, before: unknown[], after: unknown[], prefix: string, ctx: Context) {
  const key = (value: unknown) => JSON.stringify(value);
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  const added = after.filter((value) => !had.has(key(value)));
  const removed = before.filter((value) => !has.has(key(value)));
  const parts = [
    added.length ? `added ${added.map((value) => show(element, value, ctx)).join(', ')}` : '',
    removed.length ? `removed ${removed.map((value) => show(element, value, ctx)).join(', ')}` : '',
  ].filter(Boolean);
  ctx.out.lines.push(`${prefix}${say(prefix, label)}: ${parts.length ? parts.join('; ') : 'order changed'}`);
}

/**
 * Which item of a list's old version each item of its new version is (new index → old index):
 * the same name (title, name…), or else the same place with similar words or otherwise identical
 * fields, so a milestone renamed in place keeps its identity and a different one put in the
 * place of a removed one does not. The history pages and the "rescheduled" milestones share it.
 */
export function pairItems(element: z.ZodType, before: unknown[], after: unknown[]): Map<number, number> {
  const shape = defOf(unwrap(element)).shape ?? {};
  const nameField = nameFields.find((key) => key in shape);
  const nameOf = (item: unknown) => (nameField ? String((item as Record<string, unknown>)?.[nameField] ?? '') : '');
  const pairs = new Map<number, number>(); // after index → before index
  const used = new Set<number>();
  after.forEach((item, i) => {
    const match = nameField ? before.findIndex((old, j) => !used.has(j) && nameOf(old) === nameOf(item)) : -1;
    if (match >= 0) {
      pairs.set(i, match);
      used.add(match);
    }
  });
  const sameOtherwise = (a: unknown, b: unknown) => Object.keys(shape).every((key) => key === nameField || same((a as Record<string, unknown>)?.[key], (b as Record<string, unknown>)?.[key]));
  after.forEach((item, i) => {
    if (!pairs.has(i) && i < before.length && !used.has(i) && (!nameField || similar(nameOf(before[i]), nameOf(item)) || sameOtherwise(before[i], item))) {
      pairs.set(i, i);
      used.add(i);
    }
  });
  return pairs;
}

/**
 * Lists of objects (milestones, evidence, attendees…): items are matched by their name (title,
 * name…), falling back to their position for an item renamed in place, then compared field by
 * field. A different item put in the place of a removed one is not a rename: an auditor must
 * see that a milestone was removed, so a positional match needs similar words or otherwise
 * identical fields.
 */
function compareItems(element: z.ZodType, label: string, before: unknown[], after: unknown[], prefix: string, ctx: Context) {
  const shape = defOf(unwrap(element)).shape ?? {};
  const nameField = nameFields.find((key) => key in shape);
  const nameOf = (item: unknown) => (nameField ? String((item as Record<string, unknown>)?.[nameField] ?? '') : '');
  // An item's own title ("Milestone"), which the list's ("Milestones") is the plural of.
  const noun = metaOf(element).title ?? label;
  const pairs = pairItems(element, before, after);
  const used = new Set(pairs.values());
  const title = (item: unknown, index: number) => (nameField ? `"${clip(nameOf(item))}"` : `#${index + 1}`);
  before.forEach((item, j) => {
    if (!used.has(j)) ctx.out.lines.push(`${prefix}${say(prefix, noun)} removed: ${title(item, j)}`);
  });
  after.forEach((item, i) => {
    const j = pairs.get(i);
    if (j === undefined) return void ctx.out.lines.push(`${prefix}${say(prefix, noun)} added: ${title(item, i)}`);
    const old = before[j];
    if (nameField && nameOf(old) !== nameOf(item)) ctx.out.lines.push(`${prefix}${say(prefix, noun)} ${title(old, j)} renamed to ${title(item, i)}`);
    const itemPrefix = `${prefix}${say(prefix, noun)} ${title(item, i)}: `;
    for (const [key, field] of Object.entries(shape)) {
      if (key !== nameField) compare(field, key, (old as Record<string, unknown>)?.[key], (item as Record<string, unknown>)?.[key], itemPrefix, ctx);
    }
  });
  const order = [...pairs.entries()].sort(([a], [b]) => a - b).map(([, j]) => j);
  if (order.some((j, k) => k > 0 && j < order[k - 1])) ctx.out.lines.push(`${prefix}${say(prefix, label)}: order changed`);
}

/** One field of a record as a reader sees it, for showing a version that no page shows any more. */
export interface FieldView {
  label: string;
  /** The value in words (plain values, lists of plain values, texts). */
  value?: string;
  /** The fields of a nested object. */
  fields?: FieldView[];
  /** The items of a list of objects, each with its fields. */
  items?: FieldView[][];
}

/** Every filled-in field of a version, labelled from the schema. */
export function describeFields(schema: z.ZodType, data: unknown, nameOf: NameOf): FieldView[] {
  const shape = defOf(unwrap(schema)).shape ?? {};
  return Object.entries(shape).flatMap(([key, field]): FieldView[] => {
    const value = (data as Record<string, unknown> | undefined)?.[key];
    if (same(value, undefined) || value === '') return [];
    const label = metaOf(field).title ?? key;
    const def = defOf(unwrap(field));
    if (def.type === 'object') return [{ label, fields: describeFields(field, value, nameOf) }];
    if (def.type === 'array' && defOf(unwrap(def.element!)).type === 'object') return [{ label, items: asArray(value).map((item) => describeFields(def.element!, item, nameOf)) }];
    if (def.type === 'array') return [{ label, value: asArray(value).map((item) => show(def.element!, item, { nameOf }, false)).join(', ') }];
    return [{ label, value: show(field, value, { nameOf }, false) }];
  });
}

/** A value as a reader would say it: a label, a name, a date in words, text (quoted inside a sentence). */
export function show(schema: z.ZodType, value: unknown, ctx: { nameOf: NameOf }, quote = true): string {
  const meta = metaOf(schema);
  if (value === undefined || value === null || value === '') return 'nothing';
  if (meta.reference && typeof value === 'string') return ctx.nameOf(meta.reference, value) ?? value;
  if (meta.widget === 'date' && typeof value === 'string') return formatDate(value);
  if (meta.options && typeof value === 'string') return meta.options[value] ?? value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if (typeof value === 'number') return value.toLocaleString('en-US');
  if (typeof value === 'object') return JSON.stringify(value);
  return quote ? `"${clip(String(value))}"` : String(value);
}

/** After "Milestone "…": " a label reads on in lower case ("end date"), unless it starts with an acronym ("OGP values"). */
function say(prefix: string, label: string): string {
  return prefix.endsWith(': ') && !/^.[A-Z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** Whether two names share at least half their words: "Publish the draft bill" and "Publish the draft bill for consultation". */
function similar(a: string, b: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared > 0 && shared * 2 >= Math.max(x.size, y.size);
}

function clip(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function same(a: unknown, b: unknown): boolean {
  if ((a === undefined || (Array.isArray(a) && !a.length)) && (b === undefined || (Array.isArray(b) && !b.length))) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
