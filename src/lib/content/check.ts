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
import { collectionNames, collections, extensions, SettingsSchema, type CollectionName } from '../../schemas/index.ts';
import { districtFeatures } from '../geo/districts.ts';
import { checkDataFiles } from '../data-files/check.ts';
import { crossRecordProblems, type Others } from './cross-record.ts';
import { issuesToProblems, schemaProblems } from './record-check.ts';
import type { CheckedRecord, Problem } from './problems.ts';
import { checkInnovation } from '../innovation/check.ts';
import { checkCoCreation } from '../co-creation/check.ts';
import { reservedPageIds } from './reserved-ids.ts';

export { formatReport, type CheckedRecord, type Problem } from './problems.ts';

/** Reads and checks the whole content folder. */
export function checkContent(root = 'content'): { problems: Problem[]; records: CheckedRecord[] } {
  const problems: Problem[] = [];
  const records: CheckedRecord[] = [];
  const show = (path: string) => relative(process.cwd(), path) || path;
  const listings = new Map<CollectionName, string[]>();
  for (const collection of collectionNames) {
    const folder = join(root, collection);
    // Drafts and partials (`_name`) are not read, as in Starlight; nor are hidden files.
    listings.set(collection, existsSync(folder) ? readdirSync(folder).filter((name) => !name.startsWith('_') && !name.startsWith('.')).sort() : []);
  }
  const others: Others = {
    records,
    fileNames: (collection) => listings.get(collection) ?? [],
    fileExists: (url) => existsSync(join(root, decodeURI(url.split(/[?#]/)[0]))),
    districts: new Map(districtFeatures.map((feature) => [feature.properties.id, feature.properties.name])),
    reservedPageIds,
  };

  for (const collection of collectionNames) {
    const spec = collections[collection];
    const folder = join(root, collection);
    if (!existsSync(folder)) {
      problems.push({ file: show(folder), message: `the folder for ${spec.label.toLowerCase()} is missing: create it` });
      continue;
    }
    const seen = new Set<string>();
    for (const name of listings.get(collection)!) {
      const path = join(folder, name);
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
      // A file whose name cannot be its id is not read; of two files with one id, only the first is.
      const named = crossRecordProblems({ collection, id, file: show(path), data: {} }, others, 'file');
      problems.push(...named);
      const twin = seen.has(id);
      seen.add(id);
      if (twin || named.some((problem) => problem.rule !== 'unique-id')) continue;
      const data = readRecord(path, spec.format, problems, show(path));
      if (data === undefined) continue;
      const checked = schemaProblems(show(path), spec.schema, data);
      problems.push(...checked.problems);
      if (checked.data) records.push({ collection, id, file: show(path), data: checked.data });
    }
  }

  checkSettings(root, problems, show);
  for (const record of records) problems.push(...crossRecordProblems(record, others, 'record'));
  checkDistrictPages(records, problems, show(join(root, 'districts')));
  checkDataFiles(root, records, problems);
  checkInnovation(root, records, problems);
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

/** Every district of the boundary file has its page (the editor can neither add nor remove districts). */
function checkDistrictPages(records: CheckedRecord[], problems: Problem[], folder: string) {
  const present = new Set(records.filter((r) => r.collection === 'districts').map((r) => r.id));
  for (const feature of districtFeatures) {
    if (!present.has(feature.properties.id)) problems.push({ file: `${folder}/${feature.properties.id}.md`, message: `the district ${feature.properties.name} has no page: restore this file` });
  }
}
