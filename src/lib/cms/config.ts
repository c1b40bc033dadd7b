/**
 * The Decap CMS configuration, derived from the zod schemas in `src/schemas/`: collections,
 * fields, labels, hints, required fields, options, relations and lists all come from there, so
 * the editor offers exactly what the content check accepts. Served as `/admin/config.yml`.
 */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { collectionNames, collections as allCollections, translatableShape, type CollectionName, type CollectionSpec } from '../../schemas/index.ts';
import { SettingsSchema, type Settings } from '../../schemas/settings.ts';
import { ruleHints } from '../../schemas/rules.ts';
import { defOf, metaOf, unwrap } from '../../schemas/walk.ts';
import { recordUrl } from '../urls.ts';
import { formatNames } from './formats.ts';
import { defaultLanguage, languageCodes } from '../i18n/languages.ts';

/** One field of a Decap collection (the options this project uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  label_singular?: string;
  collapsed?: boolean;
  value_type?: 'int' | 'float';
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
  sanitize_preview?: boolean;
  /** Translated in Decap's other locales (only prose; every other field is kept once, in English). */
  i18n?: boolean;
}

/** One Decap collection: a folder of records, or the settings file. */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  preview_path?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: (string | { field: string; default_sort: 'asc' | 'desc' })[];
  view_groups?: { label: string; field: string; pattern?: string }[];
  view_filters?: { label: string; field: string; pattern: string | boolean }[];
  media_folder?: string;
  public_folder?: string;
  editor?: { preview: boolean };
  /** Whether the collection has translations (the languages come from the configuration's `i18n`). */
  i18n?: boolean;
  fields?: CmsField[];
}

/** The whole configuration. */
export interface CmsConfig {
  backend: Record<string, unknown>;
  local_backend?: { url: string; allowed_hosts?: string[] };
  publish_mode: 'editorial_workflow' | 'simple';
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  /** Decap's i18n: a folder per language, `content/<collection>/<lang>/<id>.md`, English the default. */
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  collections: CmsCollection[];
}

/** Where each collection's uploads go, under `content/files/` (published at `/files/`). */
const mediaFolders: Partial<Record<CollectionName, string>> = {
  commitments: 'evidence',
  meetings: 'meetings',
  datasets: 'datasets',
  'action-plans': 'plans',
  reuses: 'reuses',
  challenges: 'challenges',
  consultations: 'consultations',
};

/** File names follow the ids' convention; meetings start with their date, like the samples; public input is numbered within its consultation. */
const slugTemplates: Partial<Record<CollectionName, string>> = {
  meetings: '{{year}}-{{month}}-{{day}}-{{slug}}',
  // Named like the importer names it: `<consultation>-<number>.yaml`.
  'public-input': '{{fields.consultation}}-{{fields.number}}',
};

/** The template Decap makes a new record's file name from. */
export function slugTemplate(name: CollectionName): string {
  return slugTemplates[name] ?? '{{slug}}';
}

/**
 * How Decap turns a title into a file name or an upload's name: lowercase ASCII with hyphens,
 * the ids' convention, and no spaces in /files/ paths.
 */
export const slugOptions = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' } as const;
/**
 * How some collections are listed and named, where the generic rules below do not fit:
 * consultations newest first; public input by number, grouped by consultation, with what awaits
 * moderation one click away, named `<consultation>-<number>.yaml` like the importer names it,
 * and previewed on its consultation's page (it has none of its own).
 */
const listViews: Partial<Record<CollectionName, Partial<CmsCollection>>> = {
  consultations: {
    summary: '{{opens}} · {{title}}',
    sortable_fields: [{ field: 'opens', default_sort: 'desc' }, 'title', 'commit_date'],
  },
  'public-input': {
    preview_path: 'consultations/{{fields.consultation}}/',
    summary: '#{{number}} · {{moderation}} · {{summary}}',
    sortable_fields: [{ field: 'number', default_sort: 'asc' }, 'received', 'commit_date'],
    view_groups: [{ label: 'Consultation', field: 'consultation' }, { label: 'Moderation', field: 'moderation' }],
    view_filters: [{ label: 'Awaiting moderation', field: 'moderation', pattern: 'pending' }, { label: 'Awaiting an answer', field: 'response.outcome', pattern: 'pending' }],
  },
};

/** The six districts come from the boundary file: they can be edited, not added or removed. */
const fixedCollections: readonly CollectionName[] = ['districts'];

/**
 * Collections whose records arrive by another way and are only edited here: public input comes
 * from the web form through `npm run import-input` (coordinators moderate and answer it in the
 * editor). A new public-input entry, named from its consultation and number, did not save in
 * Decap 3.16.3 in the browser tests (the save stopped without a message), so the editor does not
 * offer to create one until that is understood (issue #17's closing note).
 */
const importedCollections: readonly CollectionName[] = ['public-input'];

/** Short descriptions shown above each collection's list. */
const descriptions: Partial<Record<CollectionName, string>> = {
  commitments: 'The commitments of the action plans, with their milestones and evidence.',
  meetings: 'Meetings of the Coordination Mechanism and public consultations, with their minutes.',
  consultations: 'Public consultations: co-creation rounds, reviews, consultations on a commitment. Input to each is under Public input.',
  'public-input': 'Input from the public, one entry per submission. New web-form input arrives with npm run import-input, awaiting moderation: publish or withhold it, then answer it with an outcome and a reason.',
  datasets: 'The open data catalogue: each dataset with its files.',
  reuses: 'Apps, websites, visualisations, APIs, ideas, articles and studies built on the open data.',
  'data-requests': 'Datasets people asked for, and the answers. New requests arrive awaiting moderation: read them, then publish or withhold them.',
  challenges: 'Apps challenges and hackathons, with their entries (reuses) and winners.',
};

/** `sector` → `Sector`: a field's name, when its schema gives it no title. */
function wordsOf(value: string): string {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whether a field may be left out: optional, or with a default. */
function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** The default a schema fills in, if any (zod keeps it on the `default` wrapper). */
function defaultOf(schema: z.ZodType): unknown {
  for (let node: z.ZodType | undefined = schema; node; ) {
    const def = defOf(node) as { type: string; innerType?: z.ZodType; defaultValue?: unknown; in?: z.ZodType };
    if (def.type === 'default') return def.defaultValue;
    node = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return undefined;
}

type Check = { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; error?: (issue: object) => unknown };

/** The checks zod runs on a string or number, with the format of a string itself (email). */
function checksOf(schema: z.ZodType): Check[] {
  const def = defOf(schema) as { checks?: { _zod: { def: Check } }[] } & Partial<Check>;
  const own = def.pattern ? [def as Check] : [];
  return [...own, ...(def.checks ?? []).map((check) => check._zod?.def).filter(Boolean)];
}

/** A regular expression the value must match, as Decap's `pattern` (regex source, message). */
function patternOf(schema: z.ZodType): [string, string] | undefined {
  for (const check of checksOf(schema)) {
    if (check.pattern && !check.pattern.flags) {
      const message = check.error?.({}) ?? `expected the form ${check.pattern.source}`;
      return [check.pattern.source, String(message)];
    }
    if (check.check === 'max_length' && check.maximum !== undefined) {
      return [`^[\\s\\S]{0,${check.maximum}}$`, String(check.error?.({}) ?? `at most ${check.maximum} characters`)];
    }
  }
  return undefined;
}

/** A relation to another collection: shows the record's name, stores its id (the file name). */
function relation(target: CollectionName, specs: Record<CollectionName, CollectionSpec>): Partial<CmsField> {
  const spec = specs[target];
  const shape = defOf(unwrap(spec.schema)).shape ?? {};
  const extra = ['code', 'acronym'].filter((name) => name in shape);
  return { widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: [spec.titleField, ...extra], display_fields: [spec.titleField], options_length: 50 };
}

/** Decap's date-only or time-only picker, storing the text the schemas accept. */
const dateWidget = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true } as const;
const timeWidget = { widget: 'datetime', format: 'HH:mm', date_format: false, time_format: 'HH:mm', picker_utc: true } as const;

/** The options of an enum, labelled from its vocabulary (the metadata `oneOf()` gives it). */
function optionsOf(schema: z.ZodType, node: z.ZodType, path: string): { label: string; value: string }[] {
  const labels = metaOf(schema).options ?? metaOf(node).options;
  if (!labels) throw new Error(`${path} is a choice without labels: build it with oneOf() from a vocabulary in src/schemas/vocabularies.ts`);
  // Only called where the definition's type is 'enum'; the vocabularies' values are all strings.
  const values = (node as z.ZodEnum<Record<string, string>>).options;
  return values.map((value) => ({ label: labels[value] ?? value, value }));
}

interface Context {
  specs: Record<CollectionName, CollectionSpec>;
  /** Inside an optional object: Decap would demand its required fields even when it is left empty (decap-cms#7748), so nothing inside is marked required; the content check still is strict. */
  inOptional: boolean;
  /** Where the field is, for error messages. */
  path: string;
}

/** One schema field as a Decap field; `ruled` are the hints its object's rules give it ("Required unless …"). */
export function cmsField(name: string, schema: z.ZodType, context: Context, ruled: { requires: string[]; limits: string[] } = { requires: [], limits: [] }): CmsField {
  const meta = metaOf(schema);
  const node = unwrap(schema);
  const def = defOf(node) as ReturnType<typeof defOf> & { items?: z.ZodType[] };
  const optional = isOptional(schema);
  const field: CmsField = { name, label: meta.title ?? wordsOf(name), widget: 'string' };
  const hint = [...ruled.requires, meta.description, ...ruled.limits].filter(Boolean).join(' ');
  if (hint) field.hint = hint;
  if (optional || context.inOptional) field.required = false;
  const fallback = defaultOf(schema);
  if (fallback !== undefined) field.default = fallback;
  const inner: Context = { ...context, path: `${context.path}.${name}`, inOptional: context.inOptional || optional };

  if (meta.reference) return { ...field, ...relation(meta.reference, context.specs) };
  if (meta.widget === 'date') return { ...field, ...dateWidget };
  if (meta.widget === 'time') return { ...field, ...timeWidget };
  switch (def.type) {
    case 'string': {
      // Decap tests a file field's pattern against the file's base name only (decap-cms-widget-file
      // 3.16, withFileControl.js getValidateValue), so a pattern on the path refused every file;
      // the editor's check runs the schema on the whole path before each save instead.
      const pattern = meta.widget === 'file' ? undefined : patternOf(node);
      return { ...field, widget: meta.widget === 'file' ? 'file' : meta.widget ?? 'string', ...(meta.widget === 'markdown' && { sanitize_preview: true }), ...(pattern && { pattern }) };
    }
    case 'enum':
      return { ...field, widget: 'select', options: optionsOf(schema, node, `${context.path}.${name}`) };
    case 'boolean':
      return { ...field, widget: 'boolean' };
    case 'number':
      return { ...field, ...numberOptions(node) };
    case 'object':
      return { ...field, widget: 'object', collapsed: optional, fields: objectFields(node, inner) };
    case 'tuple': {
      // Coordinates and extents: a fixed number of numbers, in the order the label gives.
      const items = def.items ?? [];
      return { ...field, widget: 'list', min: items.length, max: items.length, field: { name: 'value', label: 'Number', widget: 'number', value_type: 'float' } };
    }
    case 'array':
      return { ...field, ...listOf(def.element!, { ...inner, inOptional: false }) };
    default:
      throw new Error(`The CMS cannot edit ${context.path}.${name} (a zod "${def.type}"): give it a widget in src/lib/cms/config.ts`);
  }
}

/** Number options: whole numbers, and bounds. */
function numberOptions(node: z.ZodType): Partial<CmsField> {
  const options: Partial<CmsField> = { widget: 'number', value_type: 'float' };
  for (const check of checksOf(node)) {
    if (check.check === 'number_format' && /int/.test(check.format ?? '')) options.value_type = 'int';
    if (check.check === 'greater_than' && check.value !== undefined) options.min = check.value;
    if (check.check === 'less_than' && check.value !== undefined) options.max = check.value;
  }
  return options;
}

/** An array: several choices, several relations, or a list of items (with fields of their own). */
function listOf(element: z.ZodType, context: Context): Partial<CmsField> {
  const meta = metaOf(element);
  const node = unwrap(element);
  const type = defOf(node).type;
  if (meta.reference) return { ...relation(meta.reference, context.specs), multiple: true };
  if (type === 'enum') return { widget: 'select', multiple: true, options: optionsOf(element, node, context.path) };
  if (type === 'object') {
    const fields = objectFields(node, context);
    // Items open: Decap's buttons to open a closed item have no accessible name.
    return { widget: 'list', label_singular: meta.title, collapsed: false, summary: `{{fields.${fields[0].name}}}`, fields };
  }
  const item = cmsField('item', element, context);
  delete item.required;
  return { widget: 'list', label_singular: meta.title, field: { ...item, label: meta.title ?? item.label } };
}

/** The fields of an object, in the schema's order, with the hints of the object's rules. */
function objectFields(node: z.ZodType, context: Context): CmsField[] {
  return Object.entries(defOf(node).shape ?? {}).map(([name, child]) => cmsField(name, child, context, ruleHints(node, name)));
}

/** A collection's fields: the schema's, then the Markdown body. */
function collectionFields(name: CollectionName, specs: Record<CollectionName, CollectionSpec> = allCollections): CmsField[] {
  const spec = specs[name];
  const fields = objectFields(unwrap(spec.schema), { specs, inOptional: false, path: name });
  if (spec.format === 'markdown') {
    const body = spec.body ?? { title: 'Text' };
    fields.push({ name: 'body', label: body.title, widget: 'markdown', required: false, sanitize_preview: true, ...(body.description && { hint: body.description }) });
  }
  return fields;
}

/**
 * Marks a collection's prose `i18n: true`, as its `translatable` list says: the field, or a list
 * and the fields of its items that are prose. Decap hides every other field in the other
 * languages and keeps it once, in the English file; lists allow only `i18n: true` (no
 * `duplicate`), and are translated by position (see ../../shared/TECH-NOTES.md, Decap i18n).
 */
function markTranslatable(fields: CmsField[], spec: CollectionSpec): CmsField[] {
  const shape = translatableShape(spec.translatable ?? []);
  return fields.map((field) => {
    if (field.name === 'body') return spec.translatable?.includes('body') ? { ...field, i18n: true } : field;
    const part = shape.get(field.name);
    if (!part) return field;
    if (part === true) return { ...field, i18n: true };
    if (field.field) return { ...field, i18n: true, field: { ...field.field, i18n: true } };
    return { ...field, i18n: true, fields: field.fields?.map((item) => (part.includes(item.name) ? { ...item, i18n: true } : item)) };
  });
}

/** Fields that date a record, by which lists are sorted newest first. */
const dateFields = ['date', 'received'];

/** The list's sort options, the first by default: dates newest first, the rest A to Z. */
function sortableFields([first, ...rest]: string[]): CmsCollection['sortable_fields'] {
  return [{ field: first, default_sort: dateFields.includes(first) ? 'desc' : 'asc' }, ...rest, 'commit_date'];
}

/** One folder collection. */
export function cmsCollection(name: CollectionName, specs: Record<CollectionName, CollectionSpec> = allCollections): CmsCollection {
  const spec = specs[name];
  const fixed = fixedCollections.includes(name);
  const media = mediaFolders[name];
  const fields = spec.translatable ? markTranslatable(collectionFields(name, specs), spec) : collectionFields(name, specs);
  const has = (field: string) => fields.some((f) => f.name === field);
  return {
    name,
    label: spec.label,
    label_singular: spec.singular,
    ...(descriptions[name] && { description: descriptions[name] }),
    folder: `content/${name}`,
    extension: spec.format === 'markdown' ? 'md' : 'yaml',
    // Registered by admin/cms.ts: the repository's YAML style, so diffs stay small.
    format: formatNames[spec.format],
    create: !fixed && !importedCollections.includes(name),
    delete: !fixed,
    slug: slugTemplate(name),
    // "View Live" in the editor opens the record's page on the site.
    preview_path: recordUrl(name, '{{slug}}').slice(1),
    identifier_field: spec.titleField,
    summary: has('code') ? `{{code}}: {{${spec.titleField}}}` : has('date') ? `{{date}} · {{${spec.titleField}}}` : has('moderation') ? `{{received}} · {{${spec.titleField}}} ({{moderation}}, {{status}})` : `{{${spec.titleField}}}`,
    // Listed by number, newest meeting first, or by name; sortable by the others too.
    sortable_fields: sortableFields([...['code', ...dateFields].filter(has), spec.titleField]),
    // Meetings by year, commitments by action plan (their numbers restart with each plan), data
    // requests by moderation (what awaits a coordinator) or by state.
    ...(has('date')
      ? { view_groups: [{ label: 'Year', field: 'date', pattern: '\\d{4}' }] }
      : has('plan')
        ? { view_groups: [{ label: 'Action plan', field: 'plan' }] }
        : has('moderation')
          ? { view_groups: [{ label: 'Moderation', field: 'moderation' }, { label: 'State', field: 'status' }] }
          : {}),
    ...(media && { media_folder: `/content/files/${media}`, public_folder: `/files/${media}` }),
    editor: { preview: ['commitments', 'meetings', 'datasets'].includes(name) },
    ...listViews[name],
    ...(spec.translatable && { i18n: true }),
    fields,
  };
}

/** The settings, as a collection of one file. */
function settingsCollection(specs: Record<CollectionName, CollectionSpec>): CmsCollection {
  const fields = objectFields(unwrap(SettingsSchema), { specs, inOptional: false, path: 'settings' });
  return {
    name: 'settings',
    label: 'Site settings',
    editor: { preview: false },
    format: formatNames.yaml,
    files: [{ name: 'settings', label: 'Site settings', file: 'content/settings.yaml', fields }],
  };
}

/** Every collection: one per folder of content/, then the settings. */
function cmsCollections(specs: Record<CollectionName, CollectionSpec> = allCollections): CmsCollection[] {
  return [...collectionNames.map((name) => cmsCollection(name, specs)), settingsCollection(specs)];
}

/** `https://github.com/owner/name(.git)` → `owner/name`; undefined for other hosts. */
export function githubRepo(url: string): string | undefined {
  return /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url)?.[1];
}

/** What the configuration depends on besides the schemas. */
export interface CmsOptions {
  settings: Settings;
  /** The local decap-server (`npm run cms`), e.g. `http://localhost:8081/api/v1`. */
  localBackend?: string;
  /** The content model; tests pass a changed copy. */
  specs?: Record<CollectionName, CollectionSpec>;
}

/**
 * The whole configuration. Production saves to GitHub with the editorial workflow (every change a
 * pull request: draft → in review → ready); the repository and branch come from the settings.
 */
export function cmsConfig({ settings, localBackend, specs = allCollections }: CmsOptions): CmsConfig {
  const repository = settings.repository;
  const repo = repository && githubRepo(repository.url);
  if (!repository || !repo) {
    throw new Error(`The CMS saves to GitHub: set repository.url in content/settings.yaml to the repository's address, like https://github.com/owner/name${repository ? ` (it is ${repository.url})` : ''}.`);
  }
  return {
    backend: {
      name: 'github',
      repo,
      branch: repository.branch,
      ...(repository.authUrl && { base_url: repository.authUrl }),
    },
    ...(localBackend && { local_backend: { url: localBackend, allowed_hosts: ['127.0.0.1', 'localhost'] } }),
    publish_mode: 'editorial_workflow',
    site_url: settings.url,
    display_url: settings.url,
    media_folder: 'content/files/uploads',
    public_folder: '/files/uploads',
    slug: { ...slugOptions },
    i18n: { structure: 'multiple_folders', locales: [...languageCodes], default_locale: defaultLanguage },
    collections: cmsCollections(specs),
  };
}

/** The configuration as Decap reads it. */
export function cmsConfigYaml(options: CmsOptions): string {
  return `# Generated from src/schemas/ by src/lib/cms/config.ts at build time: edit the schemas, not this file.\n${yaml.dump(cmsConfig(options), { lineWidth: -1, noRefs: true })}`;
}
