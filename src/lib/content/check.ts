/**
 * Reads every file in `content/` and reports every problem at once: broken YAML, fields that do
 * not match the schemas, bad file names, duplicate ids, references to records that do not exist,
 * missing files. Astro's own loader stops at the first bad file and lets broken references
 * through, so the build runs this first and stops on any problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { collectionNames, collections, extensions, SettingsSchema } from '../../schemas/index.ts';
import { slugPattern } from '../../schemas/fields.ts';
import { defOf, findReferences, metaOf, unwrap } from '../../schemas/walk.ts';
import { districtFeatures } from '../geo/districts.ts';
import { checkDataFiles } from '../data-files/check.ts';
import { checkCoCreation } from '../co-creation/check.ts';
import { formatPath, type CheckedRecord, type Problem } from './problems.ts';
import { reservedPageIds } from './reserved-ids.ts';

export { formatReport, type CheckedRecord, type Problem } from './problems.ts';


/** Reads and checks the whole content folder. */
export function checkContent(root = 'content'): { problems: Problem[]; records: CheckedRecord[] } {
  const problems: Problem[] = [];
  const records: CheckedRecord[] = [];
  const show = (path: string) => relative(process.cwd(), path) || path;

  for (const collection of collectionNames) {
    const spec = collections[collection];
    const folder = join(root, collection);
    if (!existsSync(folder)) {
      problems.push({ file: show(folder), message: `the folder for ${spec.label.toLowerCase()} is missing: create it` });
      continue;
    }
    const seen = new Map<string, string>();
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (name.startsWith('_') || name.startsWith('.')) continue; // drafts and partials, as in Starlight
      if (statSync(path).isDirectory()) {
        problems.push({ file: show(path), message: 'folders inside a collection are not read: move its files up one level' });
        continue;
      }
      const dot = name.lastIndexOf('.');
      const id = dot > 0 ? name.slice(0, dot) : name;
      const extension = dot > 0 ? name.slice(dot + 1) : '';
      const allowed: readonly string[] = extensions[spec.format];
      if (!allowed.includes(extension)) {
        problems.push({ file: show(path), message: `expected a .${allowed.join(' or .')} file here: rename it or move it out of content/${collection}/` });
        continue;
      }
      if (!slugPattern.test(id)) {
        const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        problems.push({ file: show(path), message: `file names are ids: use lowercase letters, digits and hyphens, for example "${suggestion}.${extension}"` });
        continue;
      }
      if (seen.has(id)) {
        problems.push({ file: show(path), message: `duplicate id "${id}": ${seen.get(id)} has the same name; rename one of them` });
        continue;
      }
      seen.set(id, show(path));
      if (collection === 'pages' && reservedPageIds.includes(id)) {
        problems.push({ file: show(path), message: `"${id}" is already a section of the site: choose another file name` });
        continue;
      }
      const data = readRecord(path, spec.format, problems, show(path));
      if (data === undefined) continue;
      const result = spec.schema.safeParse(data);
      if (!result.success) {
        problems.push(...issuesToProblems(show(path), spec.schema, result.error.issues));
        continue;
      }
      records.push({ collection, id, file: show(path), data: result.data as Record<string, unknown> });
    }
  }

  checkSettings(root, problems, show);
  checkReferences(records, problems);
  checkCommitmentCodes(records, problems);
  checkDistricts(records, problems, show(join(root, 'districts')));
  checkFiles(root, records, problems);
  checkDataFiles(root, records, problems);
  checkCoCreation(records, problems);
  return { problems, records };
}

/** Parses one file's YAML (front matter or whole file); reports and returns undefined when it cannot. */
function readRecord(path: string, format: 'markdown' | 'yaml', problems: Problem[], file: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    if (format === 'markdown' && !/^\uFEFF?---\r?\n/.test(text)) {
      problems.push({ file, message: 'the file must start with front matter: a line "---", the fields, and another "---"' });
      return undefined;
    }
    return parseRecordText(text, format).data;
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    // Astro's front-matter text starts with the newline after the opening "---", so its
    // zero-based line numbers are already one behind the file's: + 1 gives the file's line.
    const line = mark ? mark.line + 1 : undefined;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    problems.push({ file: line ? `${file}:${line}` : file, message: `the YAML cannot be read (${reason}): check indentation, colons and quotes${line ? ` on line ${line}` : ''}` });
    return undefined;
  }
}

/** Reads a record's text as the site does (also for past versions from Git): the whole file as YAML, or front matter and a Markdown body. Throws on broken YAML. */
export function parseRecordText(text: string, format: 'markdown' | 'yaml'): { data: unknown; body: string } {
  if (format === 'yaml') return { data: yaml.load(text) ?? {}, body: '' };
  const { frontmatter, content } = parseFrontmatter(text);
  return { data: frontmatter, body: content };
}

/** Turns zod's issues into problems with the field's path and label. */
function issuesToProblems(file: string, schema: z.ZodType, issues: z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(shapeAt(schema, issue.path) ?? {});
      return issue.keys.map((key) => ({
        file,
        field: formatPath([...issue.path, key]),
        message: `unknown field "${key}": check its spelling${known.length ? ` (fields here: ${known.join(', ')})` : ''}`,
      }));
    }
    const label = labelAt(schema, issue.path);
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required but missing' : issue.message;
    return [{ file, field: formatPath(issue.path) + (label ? ` (${label})` : ''), message }];
  });
}

function shapeAt(schema: z.ZodType, path: PropertyKey[]): Record<string, z.ZodType> | undefined {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    const def = defOf(node!);
    node = def.type === 'array' ? def.element : def.shape?.[key as string];
    if (!node) return undefined;
    node = unwrap(node);
  }
  return defOf(node!).shape;
}

/** The labels along a field's path, as a coordinator sees them in the editor: "Milestones #3 › End date". */
function labelAt(schema: z.ZodType, path: PropertyKey[]): string {
  const labels: string[] = [];
  let node: z.ZodType | undefined = schema;
  for (const key of path) {
    const def = defOf(unwrap(node!));
    if (def.type === 'array' && typeof key === 'number') {
      labels[labels.length - 1] = `${labels.at(-1) ?? 'item'} #${key + 1}`;
      node = def.element;
    } else {
      node = def.shape?.[key as string];
      if (!node) break;
      labels.push(metaOf(node).title ?? String(key));
    }
  }
  return labels.join(' › ');
}

function checkSettings(root: string, problems: Problem[], show: (path: string) => string) {
  const path = join(root, 'settings.yaml');
  if (!existsSync(path)) {
    problems.push({ file: show(path), message: 'the site settings file is missing: restore content/settings.yaml' });
    return;
  }
  const data = readRecord(path, 'yaml', problems, show(path));
  if (data === undefined) return;
  const result = SettingsSchema.safeParse(data);
  if (!result.success) problems.push(...issuesToProblems(show(path), SettingsSchema, result.error.issues));
}

function checkReferences(records: CheckedRecord[], problems: Problem[]) {
  const ids = new Set(records.map((record) => `${record.collection}/${record.id}`));
  for (const record of records) {
    for (const found of findReferences(collections[record.collection].schema, record.data)) {
      if (!ids.has(`${found.collection}/${found.id}`)) {
        problems.push({
          file: record.file,
          field: formatPath(found.path),
          message: `"${found.id}" is not one of the ${found.collection}: use the file name (without extension) of a record in content/${found.collection}/, or add that record`,
        });
      }
    }
  }
}

function checkCommitmentCodes(records: CheckedRecord[], problems: Problem[]) {
  const byCode = new Map<string, CheckedRecord>();
  for (const record of records.filter((r) => r.collection === 'commitments')) {
    const key = `${record.data.plan}/${record.data.code}`;
    const other = byCode.get(key);
    if (other) problems.push({ file: record.file, field: 'code', message: `${record.data.code} is already used by ${other.file} in the same action plan: give each commitment its own number` });
    else byCode.set(key, record);
  }
}

function checkDistricts(records: CheckedRecord[], problems: Problem[], folder: string) {
  const districts = new Map(records.filter((r) => r.collection === 'districts').map((r) => [r.id, r]));
  for (const feature of districtFeatures) {
    const record = districts.get(feature.properties.id);
    if (!record) {
      problems.push({ file: `${folder}/${feature.properties.id}.md`, message: `the district ${feature.properties.name} has no page: restore this file` });
    } else if (record.data.name !== feature.properties.name) {
      problems.push({ file: record.file, field: 'name', message: `expected "${feature.properties.name}", the name in the district boundary file` });
    }
    districts.delete(feature.properties.id);
  }
  for (const record of districts.values()) {
    problems.push({ file: record.file, message: `Belize has no district "${record.id}" in the boundary file: districts are ${districtFeatures.map((f) => f.properties.id).join(', ')}` });
  }
}

/** Every `/files/…` path in a record must name a file in `content/files/`. */
function checkFiles(root: string, records: CheckedRecord[], problems: Problem[]) {
  const visit = (record: CheckedRecord, value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && value.startsWith('/files/')) {
      const local = join(root, decodeURI(value.split(/[?#]/)[0]));
      if (!existsSync(local)) problems.push({ file: record.file, field: formatPath(path), message: `there is no file ${value} (looked for ${relative(process.cwd(), local)}): upload it or correct the link` });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(record, item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(record, item, [...path, key]);
  };
  for (const record of records) visit(record, record.data, []);
}
