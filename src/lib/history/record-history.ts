/**
 * Every record's history, read from Git once per build: each version parsed with the same
 * parser and schema the site uses, and compared with the one before it in plain words. History
 * pages, the changes page, the feeds and "Last updated" all read this; only `git.ts`
 * runs Git.
 */
import { collectionNames, collections, extensions, isPublic, type CollectionName } from '../../schemas/index.ts';
import { slugPattern } from '../../schemas/fields.ts';
import { parseRecordText } from '../content/record-text.ts';
import { reservedPageIds } from '../content/reserved-ids.ts';
import { buildFileHistories, readBlobs, readGitLog, type Commit, type FileHistory, type FileVersion, type HeadCommit, type Unavailable } from './git.ts';
import { diffLines } from './line-diff.ts';
import { diffRecord, type NameOf, type Phrase, type TextChange } from './record-diff.ts';
import { contentDir } from '../paths.ts';
import { relative, resolve, sep } from 'node:path';
import { recordOfFile } from '../content/record-files.ts';
import { defaultLanguage, type Language } from '../i18n/languages.ts';
import type { Words } from '../i18n/words.ts';

export type { Commit, HeadCommit, Unavailable } from './git.ts';

/** What one commit did to one record. */
export interface RecordChange {
  collection: CollectionName;
  /** The record's id now (or when it was removed), which names its history page. */
  id: string;
  commit: Commit;
  kind: 'added' | 'changed' | 'removed';
  /** The record's title in this version (for a removal, its last title). */
  title: string;
  /** The file's path in the repository in this version. */
  path: string;
  /** Each changed value, in a sentence in the reader's language. */
  lines: Phrase[];
  /** Line diffs of the body and of long texts. */
  texts: TextChange[];
}

/** One version of a record, parsed. */
export interface RecordVersion {
  data: Record<string, unknown>;
  body: string;
  /** The commit that made this version, and the file's path in the repository then. */
  commit: Commit;
  path: string;
}

/** A record's whole history. */
export interface RecordHistory {
  collection: CollectionName;
  id: string;
  /** The last title it had. */
  title: string;
  /** Whether the file has been deleted (the record is no longer published). */
  deleted: boolean;
  /** The record's file in the repository now (or when it was removed). */
  path: string;
  /** Every change, newest first. */
  changes: RecordChange[];
  /** The last version that existed: for a deleted record, what it said before removal. */
  last?: RecordVersion;
  /**
   * Every readable version, newest first, parsed as the site parses it: what the record said
   * after each commit. "Rescheduled" milestones and progress over time are read from these, in
   * the same pass, with no more Git.
   */
  versions: RecordVersion[];
}

/** The history of the whole site. */
export interface SiteHistory {
  available: boolean;
  /** Why not, when the history is unavailable. */
  reason?: Unavailable;
  /** The commit the site is built from (known even in a shallow clone). */
  head?: HeadCommit;
  /** Each record's history, keyed `collection/id`. */
  records: Map<string, RecordHistory>;
  /** Every change to every record, newest first. */
  changes: RecordChange[];
  /** The last commit that changed each file under the folder (records, uploaded files), by path relative to it. */
  files: Map<string, Commit>;
}

/**
 * `commitments/en/open-contracting.md` (or, from before translations, `commitments/open-contracting.md`)
 * → its collection and id, with `lang` the language of the file (a translation's is not English);
 * undefined when it is not a published record's file. Paths are read by `record-files.ts`.
 */
export function recordOfPath(path: string): { collection: CollectionName; id: string; lang: Language } | undefined {
  const file = recordOfFile(path);
  if (!file) return undefined;
  const { collection, id, extension, lang } = file;
  if (!slugPattern.test(id)) return undefined;
  const allowed: readonly string[] = lang === defaultLanguage ? extensions[collections[collection].format] : ['md'];
  if (!allowed.includes(extension)) return undefined;
  if (collection === 'pages' && reservedPageIds.includes(id)) return undefined;
  if (collections[collection].history === false) return undefined;
  return { collection, id, lang };
}

/** The record a content file holds, from its path relative to the project root (`entry.filePath`), wherever the content folder is. */
export function recordOfContentFile(file: string): { collection: CollectionName; id: string; lang: Language } | undefined {
  return recordOfPath(relative(resolve(contentDir), resolve(file)).split(sep).join('/'));
}

/** Reads and compares the history of every record under `dir`. */
export function readSiteHistory(dir: string): SiteHistory {
  const log = readGitLog(dir);
  if (!log.available) return { available: false, reason: log.reason, head: log.head, records: new Map(), changes: [], files: new Map() };
  const lastChanges = new Map<string, Commit>();
  for (const { commit, changes } of log.commits) {
    for (const change of changes) {
      // A file only moved (into its language folder, say) last changed when its content did.
      const before = change.from && change.fromBlob === change.blob ? lastChanges.get(change.from) : undefined;
      if (change.from) lastChanges.delete(change.from);
      if (change.status === 'deleted') lastChanges.delete(change.path);
      else lastChanges.set(change.path, before ?? commit);
    }
  }
  // A record moved without change to the same record's file (`commitments/x.md` → `commitments/en/x.md`) is no change to readers.
  const sameRecord = (version: FileVersion) => {
    const [from, to] = [version.renamedFrom && recordOfPath(version.renamedFrom), recordOfPath(version.path)];
    return Boolean(from && to && from.collection === to.collection && from.id === to.id && from.lang === to.lang);
  };
  const files = buildFileHistories(log.commits, (path) => recordOfPath(path) !== undefined).map((file) => ({ ...file, versions: file.versions.filter((version) => !(version.moved && sameRecord(version))) }));
  const texts = readBlobs(dir, files.flatMap((file) => file.versions.flatMap((version) => (version.blob ? [version.blob] : []))));
  const order = new Map(log.commits.map(({ commit }, index) => [commit.sha, index]));

  // First parse every version, so that references can be named by their records' last titles.
  const all = files.map((file) => ({
    file,
    ...recordOfPath(file.path)!,
    versions: file.versions.map((version) => (version.blob ? parseVersion(recordOfPath(version.path)!.collection, texts.get(version.blob) ?? '') : undefined)),
  }));
  // Translations' versions become changes to their record's text in that language, below.
  const parsed = all.filter((file) => file.lang === defaultLanguage);
  const translations = all.filter((file) => file.lang !== defaultLanguage);
  const titles = new Map<string, string>();
  for (const { collection, id, versions } of parsed) {
    const title = versions.map((version) => version && titleOf(collection, version.data)).find(Boolean);
    if (title) titles.set(`${collection}/${id}`, title);
  }
  const nameOf = (collection: CollectionName, id: string) => titles.get(`${collection}/${id}`);

  const records = new Map<string, RecordHistory>();
  for (const { file, collection, id, versions } of parsed) {
    // A record the public may not see yet (a data request awaiting moderation) has no history on the site either.
    const newest = versions.find(Boolean);
    if (newest?.readable && !isPublic(collection, newest.data)) continue;
    const lastTitle = titles.get(`${collection}/${id}`) ?? id;
    // Oldest first, each version compared with the last one that existed (a deletion has none).
    const changes: RecordChange[] = [];
    let previous: Parsed | undefined;
    for (let index = file.versions.length - 1; index >= 0; index--) {
      const version = file.versions[index];
      changes.push({ ...describe(collection, version, versions[index], previous, nameOf, lastTitle), collection, id, path: log.prefix + version.path });
      previous = versions[index] ?? previous;
    }
    for (const translation of translations.filter((each) => each.collection === collection && each.id === id)) {
      changes.push(...translationChanges(translation.file, translation.versions, translation.lang, lastTitle, collection).map((change) => ({ ...change, collection, id, path: log.prefix + change.path })));
    }
    changes.sort((a, b) => order.get(a.commit.sha)! - order.get(b.commit.sha)!);
    changes.reverse();
    const lastIndex = versions.findIndex(Boolean);
    const last = lastIndex >= 0 ? { ...versions[lastIndex]!, commit: file.versions[lastIndex].commit, path: log.prefix + file.versions[lastIndex].path } : undefined;
    const readable = versions.flatMap((version, index) => (version?.readable ? [{ data: version.data, body: version.body, commit: file.versions[index].commit, path: log.prefix + file.versions[index].path }] : []));
    records.set(`${collection}/${id}`, { collection, id, title: lastTitle, deleted: file.deleted, path: log.prefix + file.path, changes, last, versions: readable });
  }
  const changes = [...records.values()]
    .flatMap((record) => record.changes)
    .sort((a, b) => order.get(b.commit.sha)! - order.get(a.commit.sha)! || collectionNames.indexOf(a.collection) - collectionNames.indexOf(b.collection) || a.title.localeCompare(b.title));
  return { available: true, head: log.head, records, changes, files: lastChanges };
}

/**
 * What commits did to a record's translation, oldest first: said as changes to the record's text
 * in that language ("Its Spanish text changed: title, summary"), with a line diff of the body.
 */
function translationChanges(file: FileHistory, versions: (Parsed | undefined)[], lang: Language, title: string, collection: CollectionName): Omit<RecordChange, 'collection' | 'id'>[] {
  const words = (t: Words) => t.words.history.translation;
  const name = (t: Words) => words(t).languages[lang];
  const changes: Omit<RecordChange, 'collection' | 'id'>[] = [];
  let previous: Parsed | undefined;
  for (let index = file.versions.length - 1; index >= 0; index--) {
    const version = file.versions[index];
    const current = versions[index];
    const base = { commit: version.commit, kind: 'changed' as const, title, path: version.path };
    if (version.status === 'deleted' || !current) changes.push({ ...base, lines: [(t) => words(t).removed(name(t))], texts: [] });
    else if (!previous || version.status === 'added') changes.push({ ...base, lines: [(t) => words(t).added(name(t))], texts: [] });
    else {
      const fields = [...new Set([...Object.keys(previous.data), ...Object.keys(current.data)])].filter((key) => JSON.stringify(previous!.data[key]) !== JSON.stringify(current.data[key]));
      const body = previous.body.trim() !== current.body.trim();
      const changed = [...fields, ...(body ? ['body'] : [])];
      // The fields by their names in the file, and by their labels in the reader's language.
      const labels = (t: Words) => changed.map((key) => (key === 'body' ? t.words.history.diff.body : (t.words.fields[collection]?.[key] ?? key)));
      changes.push({
        ...base,
        lines: [(t) => (changed.length ? words(t).changed(name(t), changed, labels(t)) : words(t).file(name(t)))],
        texts: body ? [{ label: (t) => words(t).text(name(t)), diff: diffLines(previous.body, current.body) }] : [],
      });
    }
    previous = current ?? previous;
  }
  return changes;
}

/** What one version changed compared with the one before it. */
function describe(collection: CollectionName, version: FileVersion, current: Parsed | undefined, previous: Parsed | undefined, nameOf: NameOf, lastTitle: string): Omit<RecordChange, 'collection' | 'id' | 'path'> {
  const commit = version.commit;
  if (version.status === 'deleted' || !current) return { commit, kind: 'removed', title: (previous && titleOf(collection, previous.data)) || lastTitle, lines: [], texts: [] };
  const title = titleOf(collection, current.data) || lastTitle;
  const lines: Phrase[] = [];
  const { renamedFrom } = version;
  if (renamedFrom) {
    const [from, to] = [recordOfPath(renamedFrom), recordOfPath(version.path)];
    lines.push((t) => (from && to && from.id !== to.id ? t.words.history.diff.renamed(from.id, to.id) : t.words.history.diff.movedFile(renamedFrom, version.path)));
  }
  if (!previous || version.status === 'added') return { commit, kind: 'added', title, lines, texts: [] };
  if (!current.readable || !previous.readable) {
    const texts = [{ label: (t: Words) => t.words.history.diff.wholeFile, diff: diffLines(previous.text, current.text) }];
    return { commit, kind: 'changed', title, lines: [...lines, (t) => t.words.history.diff.unreadable], texts };
  }
  const diff = diffRecord(collections[collection].schema, previous.data, current.data, nameOf, { body: { before: previous.body, after: current.body }, collection });
  return { commit, kind: 'changed', title, lines: [...lines, ...diff.lines], texts: diff.texts };
}

interface Parsed {
  data: Record<string, unknown>;
  body: string;
  text: string;
  /** The YAML could be read (if today's schema rejects it, its data is compared as written). */
  readable: boolean;
}

/** Parses one version as the site would; a version that today's schema rejects is compared as written. */
function parseVersion(collection: CollectionName, text: string): Parsed {
  const spec = collections[collection];
  try {
    const { data, body } = parseRecordText(text, spec.format);
    const result = spec.schema.safeParse(data);
    return { data: (result.success ? result.data : datesAsText(data)) as Record<string, unknown>, body, text, readable: true };
  } catch {
    return { data: {}, body: '', text, readable: false };
  }
}

/** YAML reads unquoted dates as Date objects; the schemas turn them into `YYYY-MM-DD`, and so does this for versions they reject. */
function datesAsText(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, datesAsText(item)]));
  return value;
}

function titleOf(collection: CollectionName, data: Record<string, unknown>): string {
  const title = data[collections[collection].titleField];
  return typeof title === 'string' ? title : '';
}

// Kept on the process, not in this module: astro.config.mjs (the sitemap's dates) and the built
// pages each load their own copy of this module, and each read the whole history, every version
// parsed (twice 3 to 4.5 s, and twice the memory, at 4,000 records). By folder, for tests.
const processWide = globalThis as unknown as Record<symbol, Map<string, SiteHistory> | undefined>;
const readHistories = (processWide[Symbol.for('open-government-belize/site-history')] ??= new Map());

/** The site's history, read once per build (in `astro dev`, once per server start). */
export function siteHistory(): SiteHistory {
  const dir = resolve(contentDir);
  if (!readHistories.has(dir)) readHistories.set(dir, readSiteHistory(contentDir));
  return readHistories.get(dir)!;
}

/** A record's history, by collection and id. */
export function recordHistory(collection: CollectionName, id: string): RecordHistory | undefined {
  return siteHistory().records.get(`${collection}/${id}`);
}

/** Why a copy of the site has no history, said to its readers. */
export function unavailableMessage(reason: Unavailable | undefined, t: Words): string {
  return t.words.history.unavailable[reason ?? 'no-git'];
}

/** A change's sentences and texts' labels in the reader's language. */
export function changeInWords(change: Pick<RecordChange, 'lines' | 'texts'>, t: Words): { lines: string[]; texts: { label: string; diff: TextChange['diff'] }[] } {
  return { lines: change.lines.map((line) => line(t)), texts: change.texts.map((text) => ({ label: text.label(t), diff: text.diff })) };
}
