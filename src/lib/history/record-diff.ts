/**
 * What changed between two versions of a record, in plain words: "Completion level: Limited →
 * Substantial", "Milestone "Publish the draft bill": end date moved from 31 March 2027 to
 * 30 September 2027 (6 months later)", "Milestone added: …", in the reader's language. Walks the
 * collection's schema, so every field is named by the dictionary's `fields` (English read from the
 * zod metadata), a choice by its vocabulary's words, and every reference by the referenced
 * record's name.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/collection-names.ts';
import * as vocabularies from '../../schemas/vocabularies.ts';
import { defOf, metaOf, unwrap } from '../../schemas/walk.ts';
import { daysBetween } from '../dates.ts';
import type { Words } from '../i18n/words.ts';
import { diffLines, type DiffLine } from './line-diff.ts';

/**
 * Words said in the reader's language when a page or feed in that language asks for them: the
 * history is read and compared once per build, and said in every language.
 */
export type Phrase = (t: Words) => string;

/** The name of a referenced record, when it is known. */
export type NameOf = (collection: CollectionName, id: string) => string | undefined;

/** A changed text: a Markdown field or the body. */
export interface TextChange {
  label: Phrase;
  diff: DiffLine[];
}

/** The changes between two versions. */
export interface RecordDiff {
  /** One sentence per changed value. */
  lines: Phrase[];
  /** Line diffs of long texts. */
  texts: TextChange[];
}

/** Fields whose value names an item in a list, so versions of the list can be matched. */
const nameFields = ['title', 'name', 'text', 'seat', 'note'];

/**
 * Compares two versions' data (and Markdown bodies) field by field. `collection` names the
 * fields in the reader's language (the dictionary's `fields`); without it, the schema's labels.
 */
export function diffRecord(schema: z.ZodType, before: Record<string, unknown>, after: Record<string, unknown>, nameOf: NameOf, options: { body?: { before: string; after: string }; collection?: CollectionName } = {}): RecordDiff {
  const out: RecordDiff = { lines: [], texts: [] };
  compareObject(schema, before, after, () => '', '', { nameOf, out, collection: options.collection });
  // Front matter leaves blank lines before the body; they are not part of the text.
  const trim = (text: string) => text.replace(/^(\s*\n)+/, '').trimEnd();
  const { body } = options;
  if (body && trim(body.before) !== trim(body.after)) out.texts.push({ label: (t) => t.words.history.diff.body, diff: diffLines(trim(body.before), trim(body.after)) });
  return out;
}

interface Context {
  nameOf: NameOf;
  out: RecordDiff;
  collection?: CollectionName;
}

/**
 * Every field of a schema by its path (`milestones.end`; a list's item `milestones[]`), with its
 * label: the English names, which the dictionaries of other languages translate (`fields`).
 */
export function fieldLabels(schema: z.ZodType, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(defOf(unwrap(schema)).shape ?? {}).flatMap(([key, field]) => {
      const path = `${prefix}${key}`;
      const def = defOf(unwrap(field));
      const own: [string, string][] = [[path, metaOf(field).title ?? key]];
      if (def.type === 'object') return [...own, ...Object.entries(fieldLabels(field, `${path}.`))];
      const element = def.type === 'array' ? def.element! : undefined;
      if (element && defOf(unwrap(element)).type === 'object') return [...own, [`${path}[]`, metaOf(element).title ?? own[0][1]], ...Object.entries(fieldLabels(element, `${path}.`))];
      return own;
    }),
  );
}

/** A field's label in the reader's language: the dictionary's, else the schema's (English), else its name. */
function labelOf(schema: z.ZodType, key: string, path: string, ctx: { collection?: CollectionName }): Phrase {
  const title = metaOf(schema).title ?? key;
  return (t) => (ctx.collection && t.words.fields[ctx.collection]?.[path]) || title;
}

/** The subject of a sentence: where in the record (`prefix`), then the field's label. */
const subjectOf = (prefix: Phrase, label: Phrase): Phrase => (t) => {
  const before = prefix(t);
  return `${before}${say(before, label(t))}`;
};

function compareObject(schema: z.ZodType, before: unknown, after: unknown, prefix: Phrase, path: string, ctx: Context) {
  const shape = defOf(unwrap(schema)).shape ?? {};
  for (const [key, field] of Object.entries(shape)) {
    compare(field, key, (before as Record<string, unknown> | undefined)?.[key], (after as Record<string, unknown> | undefined)?.[key], prefix, `${path}${key}`, ctx);
  }
}

function compare(schema: z.ZodType, key: string, before: unknown, after: unknown, prefix: Phrase, path: string, ctx: Context) {
  if (same(before, after)) return;
  const meta = metaOf(schema);
  const subject = subjectOf(prefix, labelOf(schema, key, path, ctx));
  const def = defOf(unwrap(schema));
  if (def.type === 'object') return compareObject(schema, before, after, (t) => `${subject(t)} › `, `${path}.`, ctx);
  if (def.type === 'array') {
    const element = def.element!;
    if (defOf(unwrap(element)).type === 'object') return compareItems(element, key, path, asArray(before), asArray(after), prefix, ctx);
    return compareSets(element, subject, asArray(before), asArray(after), ctx);
  }
  const isText = (value: unknown) => typeof value === 'string' && (value.includes('\n') || value.length > 100);
  const value = (v: unknown): Phrase => (t) => show(schema, v, ctx, t);
  const said = (sentence: (t: Words) => string) => void ctx.out.lines.push(sentence);
  if (meta.widget === 'markdown' || isText(before) || isText(after)) {
    ctx.out.texts.push({ label: subject, diff: diffLines(String(before ?? ''), String(after ?? '')) });
    return said((t) => t.words.history.diff.rewritten(subject(t)));
  }
  if (before === undefined) return said((t) => t.words.history.diff.set(subject(t), value(after)(t)));
  if (after === undefined) return said((t) => t.words.history.diff.unset(subject(t), value(before)(t)));
  if (meta.widget === 'date' && typeof before === 'string' && typeof after === 'string') {
    const days = daysBetween(before, after);
    return said((t) => t.words.history.diff.moved(subject(t), t.date(before), t.date(after), t.duration(Math.abs(days)), days > 0));
  }
  if (meta.reference) return said((t) => t.words.history.diff.changedFrom(subject(t), value(before)(t), value(after)(t)));
  said((t) => t.words.history.diff.became(subject(t), value(before)(t), value(after)(t)));
}

/** Lists of plain values (districts, OGP values, keywords): what was added and removed. */
function compareSets(element: z.ZodType, subject: Phrase, before: unknown[], after: unknown[], ctx: Context) {
  const key = (value: unknown) => JSON.stringify(value);
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  const added = after.filter((value) => !had.has(key(value)));
  const removed = before.filter((value) => !has.has(key(value)));
  ctx.out.lines.push((t) => {
    const d = t.words.history.diff;
    const values = (list: unknown[]) => list.map((value) => show(element, value, ctx, t));
    const parts = [added.length ? d.listAdded(values(added)) : '', removed.length ? d.listRemoved(values(removed)) : ''].filter(Boolean);
    return parts.length ? d.listChanged(subject(t), parts) : d.orderChanged(subject(t));
  });
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
function compareItems(element: z.ZodType, key: string, path: string, before: unknown[], after: unknown[], prefix: Phrase, ctx: Context) {
  const shape = defOf(unwrap(element)).shape ?? {};
  const nameField = nameFields.find((field) => field in shape);
  const nameOf = (item: unknown) => (nameField ? String((item as Record<string, unknown>)?.[nameField] ?? '') : '');
  const list = labelOf(element, key, path, ctx);
  // An item's own title ("Milestone"), which the list's ("Milestones") is the plural of.
  const noun = subjectOf(prefix, metaOf(element).title ? labelOf(element, key, `${path}[]`, ctx) : list);
  const pairs = pairItems(element, before, after);
  const used = new Set(pairs.values());
  const title = (item: unknown, index: number): Phrase => (t) => (nameField ? t.words.history.diff.quote(clip(nameOf(item))) : `#${index + 1}`);
  const d = (t: Words) => t.words.history.diff;
  before.forEach((item, j) => {
    if (!used.has(j)) ctx.out.lines.push((t) => d(t).itemRemoved(noun(t), title(item, j)(t)));
  });
  after.forEach((item, i) => {
    const j = pairs.get(i);
    if (j === undefined) return void ctx.out.lines.push((t) => d(t).itemAdded(noun(t), title(item, i)(t)));
    const old = before[j];
    if (nameField && nameOf(old) !== nameOf(item)) ctx.out.lines.push((t) => d(t).itemRenamed(noun(t), title(old, j)(t), title(item, i)(t)));
    const itemPrefix: Phrase = (t) => `${noun(t)} ${title(item, i)(t)}: `;
    for (const [field, schema] of Object.entries(shape)) {
      if (field !== nameField) compare(schema, field, (old as Record<string, unknown>)?.[field], (item as Record<string, unknown>)?.[field], itemPrefix, `${path}.${field}`, ctx);
    }
  });
  const order = [...pairs.entries()].sort(([a], [b]) => a - b).map(([, j]) => j);
  if (order.some((j, k) => k > 0 && j < order[k - 1])) ctx.out.lines.push((t) => d(t).orderChanged(subjectOf(prefix, list)(t)));
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

/** Every filled-in field of a version, labelled and said in the reader's language. */
export function describeFields(schema: z.ZodType, data: unknown, nameOf: NameOf, t: Words, collection?: CollectionName, path = ''): FieldView[] {
  const shape = defOf(unwrap(schema)).shape ?? {};
  const ctx = { nameOf, collection };
  return Object.entries(shape).flatMap(([key, field]): FieldView[] => {
    const value = (data as Record<string, unknown> | undefined)?.[key];
    if (same(value, undefined) || value === '') return [];
    const label = labelOf(field, key, `${path}${key}`, ctx)(t);
    const def = defOf(unwrap(field));
    if (def.type === 'object') return [{ label, fields: describeFields(field, value, nameOf, t, collection, `${path}${key}.`) }];
    if (def.type === 'array' && defOf(unwrap(def.element!)).type === 'object') return [{ label, items: asArray(value).map((item) => describeFields(def.element!, item, nameOf, t, collection, `${path}${key}.`)) }];
    if (def.type === 'array') return [{ label, value: asArray(value).map((item) => show(def.element!, item, ctx, t, false)).join(', ') }];
    return [{ label, value: show(field, value, ctx, t, false) }];
  });
}

/** The vocabulary whose labels a choice's options are, by its options: their words in every language are in the dictionary. */
const vocabularyOf = new Map(
  Object.entries(vocabularies).flatMap(([name, vocabulary]) => {
    if (!vocabulary || typeof vocabulary !== 'object' || Array.isArray(vocabulary)) return [];
    const entries = Object.entries(vocabulary as Record<string, unknown>);
    if (!entries.every(([, entry]) => typeof entry === 'string' || (entry && typeof entry === 'object' && 'label' in entry))) return [];
    const labels = Object.fromEntries(entries.map(([value]) => [value, vocabularies.labelOf(vocabulary as Record<string, string | { label: string }>, value)]));
    return [[JSON.stringify(labels), name]];
  }),
);

/** A choice's label in the reader's language: from the dictionary's vocabularies when its options are one of them. */
function optionLabel(options: Record<string, string>, value: string, t: Words): string {
  const name = vocabularyOf.get(JSON.stringify(options)) as keyof Words['words']['vocabularies'] | undefined;
  const entry = name && (t.words.vocabularies[name] as Record<string, string | { label: string }> | undefined)?.[value];
  return (typeof entry === 'string' ? entry : entry?.label) ?? options[value] ?? value;
}

/** A value as a reader would say it: a label, a name, a date in words, text (quoted inside a sentence). */
export function show(schema: z.ZodType, value: unknown, ctx: { nameOf: NameOf }, t: Words, quote = true): string {
  const meta = metaOf(schema);
  const d = t.words.history.diff;
  if (value === undefined || value === null || value === '') return d.nothing;
  if (meta.reference && typeof value === 'string') return ctx.nameOf(meta.reference, value) ?? value;
  if (meta.widget === 'date' && typeof value === 'string') return t.date(value);
  if (meta.options && typeof value === 'string') return optionLabel(meta.options, value, t);
  if (typeof value === 'boolean') return value ? d.yes : d.no;
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if (typeof value === 'number') return t.number(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return quote ? d.quote(clip(String(value))) : String(value);
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
