/**
 * Reads every file in `content/` and reports every problem at once: broken YAML, fields that do
 * not match the schemas, bad file names, duplicate ids, references to records that do not exist,
 * missing files. Astro's own loader stops at the first bad file and lets broken references
 * through, so the build runs this first and stops on any problem.
 */
import { parseRecordText } from './record-text.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionNames, collections, extensions, isTranslatable, SettingsSchema, translatableCollections, type CollectionName } from '../../schemas/index.ts';
import { districtFeatures } from '../geo/districts.ts';
import { checkDataFiles } from '../data-files/check.ts';
import { crossRecordProblems, type Others } from './cross-record.ts';
import { issuesToProblems, schemaProblems } from './record-check.ts';
import type { CheckedRecord, Problem } from './problems.ts';
import { checkInnovation } from '../innovation/check.ts';
import { checkCoCreation } from '../co-creation/check.ts';
import { reservedPageIds } from './reserved-ids.ts';
import { recordFile, recordFolder } from './record-files.ts';
import { translationProblems } from './translation-check.ts';
import { defaultLanguage, languageCodes } from '../i18n/languages.ts';

export { formatReport, type CheckedRecord, type Problem } from './problems.ts';

/** Reads and checks the whole content folder. */
export function checkContent(root = 'content'): { problems: Problem[]; records: CheckedRecord[] } {
  const problems: Problem[] = [];
  const records: CheckedRecord[] = [];
  const show = (path: string) => relative(process.cwd(), path) || path;
  const listings = new Map<CollectionName, string[]>();
  for (const collection of collectionNames) {
    const folder = recordFolder(collection, defaultLanguage, root);
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
    const folder = recordFolder(collection, defaultLanguage, root);
    if (isTranslatable(collection)) checkLanguageFolders(join(root, collection), problems, show);
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
        problems.push({ file: show(path), message: `expected a .${allowed.join(' or .')} file here: rename it or move it out of ${show(folder)}/` });
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

  checkTranslations(root, records, problems, show);
  checkSettings(root, problems, show);
  for (const record of records) problems.push(...crossRecordProblems(record, others, 'record'));
  checkDistrictPages(records, problems, show(recordFolder('districts', defaultLanguage, root)));
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

export { parseRecordText };

/** A translated collection's folder holds only its language folders (`en/`, `es/`): a record left beside them, or a folder for a language the site does not have, is not read. */
function checkLanguageFolders(folder: string, problems: Problem[], show: (path: string) => string) {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder).filter((name) => !name.startsWith('.')).sort()) {
    const path = join(folder, name);
    if (!statSync(path).isDirectory()) {
      problems.push({ file: show(path), message: `records of this collection are kept in language folders: move it to ${show(join(folder, defaultLanguage))}/ (or, for a translation, to the folder of its language)` });
    } else if (!(languageCodes as readonly string[]).includes(name)) {
      problems.push({ file: show(path), message: `"${name}" is not one of the site's languages (${languageCodes.join(', ')}): rename the folder to a language code the site has, or add the language to src/lib/i18n/languages.ts` });
    }
  }
}

/**
 * Every translation (`<collection>/es/<id>.md`): the English record it translates exists, and it
 * holds only prose, checked with the translation schema derived from the record's.
 */
function checkTranslations(root: string, records: CheckedRecord[], problems: Problem[], show: (path: string) => string) {
  const ids = new Set(records.map((record) => `${record.collection}/${record.id}`));
  for (const collection of translatableCollections) {
    for (const lang of languageCodes.filter((code) => code !== defaultLanguage)) {
      const folder = recordFolder(collection, lang, root);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).filter((name) => !name.startsWith('_') && !name.startsWith('.')).sort()) {
        const path = join(folder, name);
        const id = name.replace(/\.[^.]*$/, '');
        const english = show(recordFile(collection, id, defaultLanguage, root));
        if (statSync(path).isDirectory() || !name.endsWith('.md')) {
          problems.push({ file: show(path), message: `expected a .md file here: rename it or move it out of ${show(folder)}/` });
          continue;
        }
        if (!ids.has(`${collection}/${id}`)) {
          problems.push({ file: show(path), message: `this translates a record that does not exist (${english} is missing or does not pass its checks): rename it after an existing record, or add the English record first` });
          continue;
        }
        const data = readRecord(path, 'markdown', problems, show(path));
        if (data !== undefined) problems.push(...translationProblems(show(path), collection, data, english));
      }
    }
  }
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
