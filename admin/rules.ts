/**
 * The editor refuses, before anything is written, a draft the build would refuse: on Save, on
 * moving a draft to Ready and on Publish it runs src/lib/cms/entry-check.ts (the record's schema,
 * then the rules across records with what it reads of the published branch) and stops Decap with
 * the build's own message, which Decap shows as its error notice.
 *
 * How Decap 3.16.3 allows it (decap-cms-core, read in its source):
 * - `backend.ts` `persistEntry` awaits `invokePreSaveEvent` before it writes anything, and
 *   `publishUnpublishedEntry` awaits `invokePrePublishEvent` before it merges; `registry.js`
 *   `invokeEvent` awaits each listener without catching, so a listener that throws rejects the
 *   save or the publication, and the actions (`persistUnpublishedEntry`, `persistEntry`,
 *   `publishUnpublishedEntry`) show the error as "Failed to persist entry: …" / "Failed to
 *   publish: …" and keep the editor's draft.
 * - Moving a draft to Ready (`updateUnpublishedEntryStatus`, from the editor's status menu or the
 *   Workflow board) calls no listener: it goes straight to the backend implementation's
 *   `updateUnpublishedEntryStatus`. So the implementation is wrapped where Decap creates it:
 *   `resolveBackend` calls `getBackend(name).init(config)` once, after this script has run.
 * - `deleteEntry` (deleting a published record, or unpublishing it) awaits
 *   `invokePreUnpublishEvent` before it deletes: a record others refer to is kept.
 * - A widget's `isValid` can block a save and show its message at the field, but it sees only its
 *   own value and a list item does not know its index: it cannot place a rule across fields.
 */
import type { Problem } from '../src/lib/content/problems.ts';
import { checkDeletion, checkDraft, recordPath, refusalMessage, type Draft, type Repository } from '../src/lib/cms/entry-check.ts';
import { readFrontMatter, readYaml, writeFrontMatter } from '../src/lib/cms/formats.ts';
import { collections, collectionNames, isTranslatable, type CollectionName } from '../src/schemas/index.ts';
import { recordFile, recordOfFile } from '../src/lib/content/record-files.ts';
import { pickTranslation, withoutEnglish } from '../src/lib/content/translation-check.ts';
import { defaultLanguage, languageCodes } from '../src/lib/i18n/languages.ts';
import { tidyTranslation } from './tidy.ts';

/** The boundary file's districts, id and name, put in at build time. */
declare const DISTRICTS: [string, string][];
/** The site's own sections, which a plain page may not be named after, put in at build time. */
declare const RESERVED_PAGE_IDS: string[];

/** The parts of an Immutable Map used here. */
interface Immutable {
  get(key: string): unknown;
  toJS(): unknown;
}

/** The parts of a Decap backend implementation used here (GitHub's and the local proxy's share them). */
interface Implementation {
  getMedia(folder: string): Promise<{ name: string }[]>;
  entriesByFolder(folder: string, extension: string, depth: number): Promise<{ file: { path: string }; data: string }[]>;
  unpublishedEntry(args: { collection: string; slug: string }): Promise<{ diffs: { path: string; id: string }[] }>;
  unpublishedEntryDataFile(collection: string, slug: string, path: string, id: string): Promise<string>;
  updateUnpublishedEntryStatus(collection: string, slug: string, status: string): Promise<unknown>;
  persistEntry(entry: { dataFiles: { path: string; raw: string }[] }, options: unknown): Promise<unknown>;
}

/** The parts of Decap's registry used here. */
export interface DecapRules {
  getBackend(name: string): { init: (...args: unknown[]) => Implementation } | undefined;
  registerEventListener(listener: { name: string; handler: (event: { entry: Immutable }) => unknown }): void;
}

/** The backends this site's configuration uses: GitHub, and decap-server for `npm run cms`. */
const backends = ['github', 'proxy'];
/** Decap's name for the workflow's last column, Ready. */
const ready = 'pending_publish';

/** A refusal whose text is the message alone: Decap writes the error into its notice as text. */
class Refusal extends Error {
  override name = '';
}

const known = { districts: new Map(DISTRICTS), reservedPageIds: RESERVED_PAGE_IDS };

/** Reads the published branch through the backend implementation. */
function repositoryOf(implementation: Implementation): Repository {
  return {
    list: async (folder) => (await implementation.getMedia(folder)).map((file) => file.name),
    read: async (folder, extension) => (await implementation.entriesByFolder(folder, extension, 1)).map((entry) => ({ path: entry.file.path, text: entry.data })),
  };
}

/** Throws the refusal when `check` finds problems; `own` says whether they are in the record at hand (then its file goes unsaid). */
async function refuse(check: () => Promise<Problem[]>, own: boolean): Promise<void> {
  let problems: Problem[];
  try {
    problems = await check();
  } catch (error) {
    // A check that cannot run (the network) must not pass silently, nor read as the record's fault.
    throw new Refusal(`the build's rules could not be checked (${(error as Error).message}): try again`);
  }
  if (problems.length) throw new Refusal(refusalMessage(problems, own ? problems[0].file : undefined));
}

/** Throws the refusal when `draft` breaks a rule. */
function refuseBroken(draft: Draft, repository: Repository | undefined): Promise<void> {
  // A draft's problems are all in its own file.
  return refuse(() => checkDraft(draft, repository, known), true);
}

/** A draft as Decap's editor or workflow holds it. */
function draftOf(entry: Immutable): Draft {
  const media = ((entry.get('mediaFiles') as Immutable | undefined)?.toJS() ?? []) as { path?: string }[];
  // Decap keeps the other languages' fields under i18n.<locale>.data (its i18n, multiple_folders).
  const i18n = ((entry.get('i18n') as Immutable | undefined)?.toJS() ?? {}) as Record<string, { data?: Record<string, unknown> }>;
  return {
    collection: String(entry.get('collection')),
    id: entry.get('newRecord') ? undefined : String(entry.get('slug')),
    data: ((entry.get('data') as Immutable | undefined)?.toJS() ?? {}) as Record<string, unknown>,
    uploads: media.flatMap((file) => (file.path ? [file.path] : [])),
    translations: isTranslated(String(entry.get('collection')))
      ? Object.fromEntries(Object.entries(i18n).map(([lang, { data }]) => [lang, tidyTranslation(pickTranslation(entry.get('collection') as CollectionName, data ?? {}))]))
      : {},
  };
}

/** A draft as the backend stores it (a branch): its record file and its translations, read as the editor reads them, and its uploads. */
async function storedDraft(implementation: Implementation, collection: string, slug: string): Promise<Draft | undefined> {
  const path = recordPath(collection, slug);
  const { diffs } = await implementation.unpublishedEntry({ collection, slug });
  const file = diffs.find((diff) => diff.path === path);
  if (!path || !file) return undefined;
  const read = (diff: { path: string; id: string }) => implementation.unpublishedEntryDataFile(collection, slug, diff.path, diff.id);
  const format = (collectionNames as readonly string[]).includes(collection) ? collections[collection as CollectionName].format : 'yaml';
  const translated = isTranslated(collection)
    ? languageCodes.flatMap((lang) => {
        const diff = lang === defaultLanguage ? undefined : diffs.find((each) => each.path === recordFile(collection, slug, lang));
        return diff ? [{ lang, diff }] : [];
      })
    : [];
  const translations = Object.fromEntries(await Promise.all(translated.map(async ({ lang, diff }) => [lang, readFrontMatter(await read(diff))])));
  const own = new Set([file, ...translated.map(({ diff }) => diff)]);
  return { collection, id: slug, data: format === 'markdown' ? readFrontMatter(await read(file)) : readYaml(await read(file)), uploads: diffs.filter((diff) => !own.has(diff)).map((diff) => diff.path), translations };
}

/**
 * The files Decap is about to write, each translation reduced to its prose (see `pickTranslation`)
 * and to what differs from the English text (`withoutEnglish`); a translation with nothing left
 * is not written.
 */
function onlyProse<F extends { path: string; raw: string }>(files: F[]): F[] {
  const english = files.find((file) => recordOfFile(file.path, 'content')?.lang === defaultLanguage);
  const englishData = english ? readFrontMatter(english.raw) : {};
  return files.flatMap((file) => {
    const place = recordOfFile(file.path, 'content');
    if (!place || place.lang === defaultLanguage) return [file];
    const kept = tidyTranslation(withoutEnglish(pickTranslation(place.collection, readFrontMatter(file.raw)), englishData));
    return Object.keys(kept).length ? [{ ...file, raw: writeFrontMatter(kept) }] : [];
  });
}

/** Whether the editor's collection keeps translations. */
const isTranslated = (collection: string): collection is CollectionName => (collectionNames as readonly string[]).includes(collection) && isTranslatable(collection as CollectionName);

/** Puts the checks in front of Save, Ready and Publish. */
export function guardRules(cms: DecapRules): void {
  let repository: Repository | undefined;
  for (const name of backends) {
    const backend = cms.getBackend(name);
    if (!backend) continue;
    const init = backend.init;
    backend.init = (...args) => {
      const implementation = init(...args);
      repository = repositoryOf(implementation);
      const setStatus = implementation.updateUnpublishedEntryStatus.bind(implementation);
      const persist = implementation.persistEntry.bind(implementation);
      implementation.persistEntry = (entry, options) => persist({ ...entry, dataFiles: onlyProse(entry.dataFiles) }, options);
      implementation.updateUnpublishedEntryStatus = async (collection, slug, status) => {
        if (status === ready) {
          const draft = await storedDraft(implementation, collection, slug);
          if (draft) await refuseBroken(draft, repository);
        }
        return setStatus(collection, slug, status);
      };
      return implementation;
    };
  }
  // Registered after the tidying of saves (admin/tidy.ts), so the check sees the data as it will be written.
  cms.registerEventListener({ name: 'preSave', handler: ({ entry }) => refuseBroken(draftOf(entry), repository) });
  cms.registerEventListener({ name: 'prePublish', handler: ({ entry }) => refuseBroken(draftOf(entry), repository) });
  // Deleting or unpublishing a record others refer to would break them: Decap awaits this before it deletes.
  cms.registerEventListener({
    name: 'preUnpublish',
    handler: ({ entry }) => (entry && repository ? refuse(() => checkDeletion(String(entry.get('collection')), String(entry.get('slug')), repository!, known), false) : undefined),
  });
}
