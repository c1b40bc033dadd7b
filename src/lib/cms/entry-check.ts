/**
 * What the editor checks before a draft is saved, moved to Ready or published: the record's own
 * schema (the code the build runs, rules across fields included), then the rules across records,
 * with what it reads of the repository's published branch through Decap's backend. The answer is
 * the content check's own problems, so the editor refuses a record with the build's words.
 * Browser-safe: `admin/rules.ts` wires it into Decap.
 */
import yaml from 'js-yaml';
import { collectionNames, collections, extensions, SettingsSchema, type CollectionName } from '../../schemas/index.ts';
import { crossRecordProblems, needsOf, type Others } from '../content/cross-record.ts';
import type { CheckedRecord, Problem } from '../content/problems.ts';
import { schemaProblems } from '../content/record-check.ts';
import { referencedCollections } from '../../schemas/walk.ts';
import { writeYaml } from './formats.ts';
import { newRecordId } from './file-names.ts';
import { recordFile, recordFolder } from '../content/record-files.ts';
import { translationProblems } from '../content/translation-check.ts';
import type { Language } from '../i18n/languages.ts';

/** What the editor can read of the published branch (Decap's backend, GitHub or the local one). */
export interface Repository {
  /** The names of the files in a folder, like `content/commitments/en` (none for a folder that does not exist). */
  list(folder: string): Promise<string[]>;
  /** Every file of a folder with that extension: its path from the repository's root and its text. */
  read(folder: string, extension: string): Promise<{ path: string; text: string }[]>;
}

/** A draft as the editor holds it. */
export interface Draft {
  /** The CMS collection: a folder of `content/`, or `settings`. */
  collection: string;
  /** The record's id; absent for a record never saved. */
  id?: string;
  /** The fields, with the Markdown text as `body`. */
  data: Record<string, unknown>;
  /** Files uploaded with the draft, by their path from the repository's root (`content/files/…`). */
  uploads: string[];
  /** Its translations as the editor holds them (Decap's locale tabs), by language: their fields, with the Markdown text as `body`. */
  translations?: Partial<Record<Language, Record<string, unknown>>>;
}

/** The folder of a collection's (English) records, from the repository's root. */
const folderOf = (collection: CollectionName) => recordFolder(collection);
const isCollection = (name: string): name is CollectionName => (collectionNames as readonly string[]).includes(name);

/** The path of a record's file from the repository's root (the settings have one file). */
export function recordPath(collection: string, id: string): string | undefined {
  if (collection === 'settings') return 'content/settings.yaml';
  if (!isCollection(collection)) return undefined;
  return recordFile(collection, id);
}

/** Data as the build will read it from the file the editor writes: through YAML, with js-yaml's default schema as Astro's front-matter parser uses it (dates and all). */
function asBuilt(data: Record<string, unknown>): unknown {
  const { body: _body, ...fields } = data;
  return yaml.load(writeYaml(fields)) ?? {};
}

/** A file's fields as the build reads them: the whole file, or the front matter of a Markdown file. */
export function readAsBuilt(text: string, format: 'markdown' | 'yaml'): unknown {
  const source = format === 'yaml' ? text : (/^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---/.exec(text)?.[1] ?? '');
  return yaml.load(source) ?? {};
}

/** What the editor knows of the site without reading its files: put in at build time. */
export type Known = Pick<Others, 'districts' | 'reservedPageIds'>;

/** A `/files/…` address's path from the repository's root. */
const filePath = (url: string) => `content${decodeURI(url.split(/[?#]/)[0])}`;

/**
 * The problems the build would report in `draft`: none when it may be saved. `known` are the
 * boundary file's districts (id → name) and the site's own sections. Without a repository only
 * the schema is checked.
 */
export async function checkDraft(draft: Draft, repository: Repository | undefined, known: Known): Promise<Problem[]> {
  const { collection } = draft;
  const built = asBuilt(draft.data);
  if (collection === 'settings') return schemaProblems(recordPath(collection, '')!, SettingsSchema, built).problems;
  if (!isCollection(collection)) return [];
  const spec = collections[collection];
  const names = repository ? await repository.list(folderOf(collection)) : [];
  const id = draft.id ?? newRecordId(collection, draft.data, names);
  // Without a title Decap refuses to save before asking: its own message says so.
  if (!id) return [];
  const file = recordPath(collection, id)!;

  const listed = new Map<CollectionName, string[]>([[collection, names]]);
  const listFolders = async (folders: CollectionName[]) => {
    const missing = repository ? folders.filter((folder) => !listed.has(folder)) : [];
    const lists = await Promise.all(missing.map((folder) => repository!.list(folderOf(folder))));
    missing.forEach((folder, index) => listed.set(folder, lists[index]));
  };
  const others: Others = {
    records: [],
    fileNames: (name) => listed.get(name) ?? [],
    fileExists: () => true,
    ...known,
  };
  // As in the build: a file whose name cannot be its id is not read (a twin still is).
  const asFile = { collection, id, file, data: {} };
  await listFolders(needsOf(asFile).folders);
  const named = crossRecordProblems(asFile, others, 'file');
  if (named.some((problem) => problem.rule !== 'unique-id')) return named;
  const checked = schemaProblems(file, spec.schema, built);
  const translated = translationsOf(draft, collection, id, file);
  if (!checked.data) return [...named, ...checked.problems, ...translated];
  if (translated.length) return [...named, ...translated];
  if (!repository) return named;

  const record: CheckedRecord = { collection, id, file, data: checked.data };
  const needs = needsOf(record);
  const [records, , listings] = await Promise.all([
    Promise.all(needs.collections.map((name) => readCollection(repository, name))).then((lists) => lists.flat()),
    listFolders(needs.folders),
    Promise.all([...new Set(needs.files.map((url) => filePath(url).replace(/\/[^/]*$/, '')))].map(async (folder) => (await repository.list(folder)).map((name) => `${folder}/${name}`))),
  ]);
  const present = new Set([...listings.flat(), ...draft.uploads.map((path) => path.replace(/^\//, ''))]);
  // The record's published version is replaced by the draft.
  others.records = [...records.filter((other) => other.file !== file), record];
  others.fileExists = (url) => present.has(filePath(url));
  return [...named, ...crossRecordProblems(record, others, 'record')];
}

/** The problems of a draft's translations, each checked with its collection's translation schema as the build will read the file. */
function translationsOf(draft: Draft, collection: CollectionName, id: string, englishFile: string): Problem[] {
  if (!collections[collection].translatable) return [];
  return Object.entries(draft.translations ?? {}).flatMap(([lang, data]) =>
    data && Object.keys(data).length ? translationProblems(recordFile(collection, id, lang as Language), collection, asBuilt(data), englishFile) : [],
  );
}

/**
 * The problems deleting (or unpublishing) a record would cause in the records that stay: those
 * the rules across records find once it is gone and did not find before, in every collection
 * whose records can refer to it. Each is the build's report on the other record's file.
 */
export async function checkDeletion(collection: string, id: string, repository: Repository, known: Known): Promise<Problem[]> {
  if (!isCollection(collection)) return [];
  const referring = collectionNames.filter((name) => referencedCollections(collections[name].schema).has(collection));
  const records = (await Promise.all([...new Set([collection, ...referring])].map((name) => readCollection(repository, name)))).flat();
  const remaining = records.filter((record) => !(record.collection === collection && record.id === id));
  const judge = (pool: CheckedRecord[]) => (record: CheckedRecord) =>
    crossRecordProblems(record, { records: pool, fileNames: () => [], fileExists: () => true, ...known }, 'record');
  const key = (problem: Problem) => `${problem.file}\n${problem.field}\n${problem.message}`;
  const others = remaining.filter((record) => referring.includes(record.collection));
  const before = new Set(others.flatMap(judge(records)).map(key));
  return others.flatMap(judge(remaining)).filter((problem) => !before.has(key(problem)));
}

/** The records of a collection that pass their schema, as the build would keep them. */
async function readCollection(repository: Repository, collection: CollectionName): Promise<CheckedRecord[]> {
  const spec = collections[collection];
  const files = (await Promise.all(extensions[spec.format].map((extension) => repository.read(folderOf(collection), extension)))).flat();
  return files.flatMap(({ path, text }) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name.startsWith('_') || name.startsWith('.')) return [];
    try {
      const { data } = schemaProblems(path, spec.schema, readAsBuilt(text, spec.format));
      return data ? [{ collection, id: name.slice(0, name.lastIndexOf('.')), file: path, data }] : [];
    } catch {
      return []; // Broken YAML: the build reports it in that file, not in this draft.
    }
  });
}

/** The editor's notice for a refused action: each problem as the build's report gives it, field first, and its file when it is not `file`, the record at hand. */
export function refusalMessage(problems: Problem[], file?: string): string {
  return problems.map((problem) => `${problem.file !== file ? `${problem.file} › ` : ''}${problem.field ? `${problem.field}: ` : ''}${problem.message}`).join(' • ');
}
