/**
 * The rules across records: ids that are file names, unique in their folder and free of the
 * site's own sections; references to records that exist; commitment numbers unique within a
 * plan; files that were uploaded; districts that are the boundary file's. Each is named, and each
 * judges ONE record against what it can see of the others, so the content check runs them over
 * every record and the editor runs them over the record being saved, with the collections it
 * loaded. Reads no files itself: browser-safe.
 */
import { collections, type CollectionName } from '../../schemas/index.ts';
import { slugPattern } from '../../schemas/fields.ts';
import { findReferences } from '../../schemas/walk.ts';
import { formatPath, type CheckedRecord, type Problem } from './problems.ts';
import { recordFile, recordFolder } from './record-files.ts';

/** What a rule may look at besides the record itself. */
export interface Others {
  /** Records that passed their schemas: all of them in the build, those of the collections it loaded in the editor. */
  records: CheckedRecord[];
  /** The names of the files in a collection's folder (`cito.yaml`), drafts (`_…`) left out. */
  fileNames: (collection: CollectionName) => string[];
  /** Whether a `/files/…` address names a file in `content/files/`. */
  fileExists: (url: string) => boolean;
  /** The districts of the boundary file, id → name. */
  districts: ReadonlyMap<string, string>;
  /** The names a plain page may not take: the site's own sections, read from its routes (`reserved-ids.ts`). */
  reservedPageIds: readonly string[];
}

/** What the editor must load to judge one record with a rule. */
export interface Needs {
  /** Collections whose records the rule compares with. */
  collections?: CollectionName[];
  /** Collections whose file names it compares with. */
  folders?: CollectionName[];
  /** `/files/…` addresses whose existence it asks about. */
  files?: string[];
}

/** A record the editor must refuse, for the tests: a new record (or an existing one, by id) with these values. */
export interface Breaking {
  collection: CollectionName;
  /** An existing record to change; a new record when absent. */
  id?: string;
  /** Field values, by path (`resources.file` is the first resource's); undefined leaves a field out. */
  values: Record<string, unknown>;
  /** Files to commit by hand first, as if edited in Git (path from the repository's root → text). */
  files?: Record<string, string>;
}

/** A rule across records. */
export interface CrossRecordRule {
  /** Kebab-case, unique: reports and tests name the rule by it. */
  name: string;
  /** The rule in words. */
  says: string;
  /** `file`: judged from the file's name, before the file is read; `record`: from its data. */
  on: 'file' | 'record';
  /** What it needs to see of the others to judge `record`. */
  needs: (record: CheckedRecord) => Needs;
  /** The problems of `record` (its `data` is empty for a rule `on: 'file'`). */
  check: (record: CheckedRecord, others: Others) => Problem[];
  /** A record that breaks it, given the records there are. */
  brokenBy: (records: CheckedRecord[]) => Breaking;
}

const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);
const extensionOf = (file: string) => file.slice(file.lastIndexOf('.') + 1);
const idOf = (name: string) => (name.lastIndexOf('.') > 0 ? name.slice(0, name.lastIndexOf('.')) : name);

// The content check judges every record against the same lists: what the rules look up in them
// is worked out once per list, not again for each record judged, which grew with the square of
// the records (3.6 s of a 4,000-record build, 22 s expected at 10,000). A list that has changed
// length since (the check adds records as it reads them) is worked out again.
const keysByList = new WeakMap<CheckedRecord[], { length: number; keys: Set<string> }>();
const idsByNames = new WeakMap<string[], Map<string, string[]>>();

/** `collection/id` of every record in `records`. */
function recordKeys(records: CheckedRecord[]): Set<string> {
  let known = keysByList.get(records);
  if (known?.length !== records.length) {
    known = { length: records.length, keys: new Set(records.map((record) => `${record.collection}/${record.id}`)) };
    keysByList.set(records, known);
  }
  return known.keys;
}

/** The file names of a folder by id: `cito` → `cito.yaml`, `cito.yml`. */
function namesById(names: string[]): Map<string, string[]> {
  let byId = idsByNames.get(names);
  if (!byId) {
    byId = Map.groupBy(names, idOf);
    idsByNames.set(names, byId);
  }
  return byId;
}

/** Every `/files/…` address in a record, with where it is. */
function fileLinks(value: unknown, path: PropertyKey[] = []): { url: string; path: PropertyKey[] }[] {
  if (typeof value === 'string') return value.startsWith('/files/') ? [{ url: value, path }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => fileLinks(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => fileLinks(item, [...path, key]));
  return [];
}

/** Every rule across records, in the order the content check reports them. */
export const crossRecordRules: CrossRecordRule[] = [
  {
    name: 'id-is-a-slug',
    says: 'A file\'s name is its id: lowercase letters, digits and hyphens.',
    on: 'file',
    needs: () => ({}),
    check: ({ id, file }) => {
      if (slugPattern.test(id)) return [];
      const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      return [{ file, message: `file names are ids: use lowercase letters, digits and hyphens, for example "${suggestion}.${extensionOf(file)}"` }];
    },
    // Decap keeps underscores when it makes a file name from a title.
    brokenBy: () => ({ collection: 'pages', values: { title: 'Rules_of_procedure' } }),
  },
  {
    name: 'unique-id',
    says: 'No two files of a collection share an id, whatever their extensions.',
    on: 'file',
    needs: ({ collection }) => ({ folders: [collection] }),
    check: ({ collection, id, file }, others) => {
      const name = file.slice(folderOf(file).length);
      const twins = (namesById(others.fileNames(collection)).get(id) ?? []).filter((other) => other !== name);
      return twins.map((twin) => ({ file, message: `duplicate id "${id}": ${folderOf(file)}${twin} has the same name; rename one of them` }));
    },
    // The editor writes .yaml; a .yml of the same name, added by hand in Git, is a twin.
    brokenBy: () => ({
      collection: 'organizations',
      values: { name: 'Belize Open Data Unit' },
      files: { [recordFile('organizations', 'belize-open-data-unit', 'en', 'content', 'yml')]: 'name: Belize Open Data Unit (added by hand)\nsector: government\nkind: agency\n' },
    }),
  },
  {
    name: 'page-id-not-reserved',
    says: 'A plain page does not take the name of a section of the site.',
    on: 'file',
    needs: () => ({}),
    check: ({ collection, id, file }, others) =>
      collection === 'pages' && others.reservedPageIds.includes(id)
        ? [{ file, message: `"${id}" is already a section of the site: choose another file name (in the editor, another title)` }]
        : [],
    brokenBy: () => ({ collection: 'pages', values: { title: 'Map' } }),
  },
  {
    name: 'reference-exists',
    says: 'Every id a record refers to names a record of that collection.',
    on: 'record',
    needs: ({ collection, data }) => ({ collections: [...new Set(findReferences(collections[collection].schema, data).map((found) => found.collection as CollectionName))] }),
    check: ({ collection, file, data }, others) => {
      const ids = recordKeys(others.records);
      return findReferences(collections[collection].schema, data)
        .filter((found) => !ids.has(`${found.collection}/${found.id}`))
        .map((found) => ({
          file,
          field: formatPath(found.path),
          message: `"${found.id}" is not one of the ${found.collection}: use the file name (without extension) of a record in ${recordFolder(found.collection as CollectionName)}/, or add that record`,
        }));
    },
    brokenBy: () => ({ collection: 'meetings', values: { plan: 'no-such-plan' } }),
  },
  {
    name: 'commitment-code-unique',
    says: 'No two commitments of one action plan share a number.',
    on: 'record',
    needs: ({ collection }) => ({ collections: collection === 'commitments' ? ['commitments'] : [] }),
    check: (record, others) => {
      if (record.collection !== 'commitments') return [];
      const same = others.records.filter((other) => other.collection === 'commitments' && other.file !== record.file && other.data.plan === record.data.plan && other.data.code === record.data.code);
      return same.map((other) => ({ file: record.file, field: 'code', message: `${record.data.code} is already used by ${other.file} in the same action plan: give each commitment its own number` }));
    },
    brokenBy: (records) => {
      const taken = records.find((record) => record.collection === 'commitments')!;
      return { collection: 'commitments', values: { plan: taken.data.plan, code: taken.data.code } };
    },
  },
  {
    name: 'file-uploaded',
    says: 'Every link to /files/… names a file that was uploaded to content/files/.',
    on: 'record',
    needs: ({ data }) => ({ files: fileLinks(data).map((link) => link.url) }),
    check: ({ file, data }, others) =>
      fileLinks(data)
        .filter((link) => !others.fileExists(link.url))
        .map((link) => ({ file, field: formatPath(link.path), message: `there is no file ${link.url} (looked for content${decodeURI(link.url.split(/[?#]/)[0])}): upload it or correct the link` })),
    brokenBy: () => ({ collection: 'datasets', values: { 'resources.url': undefined, 'resources.file': '/files/datasets/never-uploaded.csv' } }),
  },
  {
    name: 'district-in-boundary-file',
    says: 'A district is one of the boundary file\'s, under the same name.',
    on: 'record',
    needs: () => ({}),
    check: ({ collection, id, file, data }, others) => {
      if (collection !== 'districts') return [];
      const name = others.districts.get(id);
      if (name === undefined) return [{ file, message: `Belize has no district "${id}" in the boundary file: districts are ${[...others.districts.keys()].join(', ')}` }];
      return data.name === name ? [] : [{ file, field: 'name', message: `expected "${name}", the name in the district boundary file` }];
    },
    brokenBy: () => ({ collection: 'districts', id: 'toledo', values: { name: 'Toledo District' } }),
  },
];

/** The problems the cross-record rules find in one record (only those `on` one kind, when given). */
export function crossRecordProblems(record: CheckedRecord, others: Others, on?: CrossRecordRule['on']): Problem[] {
  return crossRecordRules
    .filter((rule) => !on || rule.on === on)
    .flatMap((rule) => rule.check(record, others).map((problem) => ({ ...problem, rule: rule.name })));
}

/** Everything the rules need to judge one record, merged. */
export function needsOf(record: CheckedRecord): Required<Needs> {
  const all = crossRecordRules.map((rule) => rule.needs(record));
  const merge = <T>(lists: (T[] | undefined)[]) => [...new Set(lists.flatMap((list) => list ?? []))];
  return { collections: merge(all.map((n) => n.collections)), folders: merge(all.map((n) => n.folders)), files: merge(all.map((n) => n.files)) };
}
