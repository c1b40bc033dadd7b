/**
 * What the rules' browser test needs besides the editor: a record with only what the editor asks
 * for, per collection; every rule, read from the schemas and the cross-record registry, with a
 * record that breaks it; and the content check's own report for such a record, written as a file
 * into a copy of the sample content, to compare with what the editor says.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cmsCollection, type CmsField } from '../../src/lib/cms/config.ts';
import { newRecordId } from '../../src/lib/cms/file-names.ts';
import { writeFrontMatter, writeYaml } from '../../src/lib/cms/formats.ts';
import { checkContent, type CheckedRecord, type Problem } from '../../src/lib/content/check.ts';
import { crossRecordRules, type Breaking } from '../../src/lib/content/cross-record.ts';
import { collectionNames, collections, type CollectionName } from '../../src/schemas/index.ts';
import { allRules } from '../../src/schemas/rules.ts';
import { recordFile } from '../../src/lib/content/record-files.ts';

/** A record as the editor is given it: field paths (`contact.name`; `milestones.title` is the first milestone's) and values. */
export type Values = Record<string, unknown>;

/**
 * For each collection the editor adds records to, one with only what the editor asks for: its
 * required fields, and where a rule makes one of several fields required, one of them. A new
 * collection needs its line here: the test says so.
 */
export const minimalRecords: Partial<Record<CollectionName, Values>> = {
  'action-plans': { title: 'Fifth National Action Plan 2028–2030', summary: 'The plan the Coordination Mechanism will co-create in 2028.', status: 'co-creation', start: '2028-09-01', end: '2030-08-31' },
  commitments: {
    code: 'BZ90',
    title: 'Open school meals',
    summary: 'Publish the menus, suppliers and spending of school meals.',
    plan: '2026-2028',
    theme: 'education',
    start: '2026-09-01',
    end: '2028-06-30',
    lead: 'ministry-of-education',
    'contact.name': 'Delia Cal',
    status: 'not-started',
    problem: 'Parents cannot see what school meals cost.',
    contribution: 'Open menus and spending let parents follow the money.',
    values: ['access-to-information'],
    'milestones.title': 'Publish school menus online',
    'milestones.start': '2026-09-01',
    'milestones.end': '2027-03-31',
    'milestones.status': 'not-started',
  },
  // A title with accents and punctuation: its file name is Decap's, and the editor predicts it.
  meetings: { title: 'Consulta pública: ¿Qué comen los niños?', summary: 'Parents in Punta Gorda discussed the school menus.', kind: 'public-consultation', status: 'held', date: '2026-11-26', district: 'toledo' },
  datasets: {
    title: 'School meal spending',
    summary: 'What each school spent on meals, by term.',
    publisher: 'ministry-of-education',
    'contact.name': 'Data desk, Ministry of Education',
    'contact.email': 'data@moe.gov.bz',
    themes: ['education'],
    frequency: 'quarterly',
    licence: 'cc-by-4.0',
    issued: '2026-11-26',
    'resources.title': 'Spending by school',
    'resources.format': 'CSV',
    'resources.url': 'https://data.moe.gov.bz/school-meals.csv',
  },
  organizations: { name: 'Toledo Parents Association', sector: 'civil-society', kind: 'cso' },
  pages: { title: 'Rules of procedure', summary: 'How the Coordination Mechanism meets and decides.' },
  consultations: {
    title: 'Consultation on open school meals',
    summary: 'Tell the Ministry of Education what parents and schools need to know about school meals.',
    kind: 'co-creation',
    plan: '2026-2028',
    announced: '2027-01-11',
    opens: '2027-02-01',
    closes: '2027-03-15',
    channels: ['web-form'],
  },
  reuses: {
    title: 'School finder Belize',
    summary: 'A phone app that shows the schools near you and how many pupils each takes.',
    type: 'app',
    link: 'https://schoolfinder.example.bz',
    'author.name': 'Kenrick Usher',
    datasets: ['schools-by-district'],
    date: '2026-11-26',
  },
  'data-requests': {
    title: 'School meal suppliers',
    description: 'The list of companies that supply school meals in each district, with the value of their contracts.',
    purpose: 'Farmers in Stann Creek want to know who buys for the schools, to sell their produce locally.',
    received: '2026-11-26',
  },
  challenges: {
    title: 'School Data Challenge 2027',
    summary: 'Students build tools from the school data to help families choose and follow their schools.',
    organizers: ['belize-youth-civic-network'],
    opens: '2027-03-01',
    closes: '2027-05-31',
    rules: '/files/challenges/toledo-hackathon-2026-rules.txt',
    datasets: ['schools-by-district'],
  },
};

/** The collections the editor can add records to. */
export const creatable = collectionNames.filter((name) => cmsCollection(name).create);

/** The fields of a collection's CMS configuration. */
const fieldsOf = (collection: CollectionName) => cmsCollection(collection).fields!;

/**
 * What the editor asks for in a new record: each field it marks required (inside required groups
 * and in a required list's first item), and, as `[a, b]`, each set of fields of which a rule makes
 * one required ("Required unless …").
 */
export function askedFor(collection: CollectionName): { required: string[]; oneOf: string[][] } {
  const walk = (fields: CmsField[], prefix: string): string[] =>
    fields.flatMap((field) => {
      if (field.required === false || field.name === 'body') return [];
      const inner = field.widget === 'object' || (field.widget === 'list' && field.fields) ? field.fields : undefined;
      return inner ? walk(inner, `${prefix}${field.name}.`) : [`${prefix}${field.name}`];
    });
  const oneOf = allRules(collections[collection].schema)
    .filter(({ rule }) => rule.requires)
    .map(({ path, rule }) => Object.keys(rule.requires!).map((name) => [...path.filter((part) => part !== '[]'), name].join('.')));
  return { required: walk(fieldsOf(collection), ''), oneOf };
}

/** `values` over `base`, a value of undefined leaving the field out. */
export function withValues(base: Values, values: Values): Values {
  const merged = { ...base, ...values };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
}

/** A field's CMS configuration by its path. */
export function fieldAt(collection: CollectionName, path: string): CmsField {
  let fields = fieldsOf(collection);
  let found: CmsField | undefined;
  for (const name of path.split('.')) {
    found = fields.find((field) => field.name === name);
    if (!found) throw new Error(`${collection} has no field ${path}`);
    fields = found.fields ?? (found.field ? [found.field] : []);
  }
  return found!;
}

/** The record's data, as the editor will hold it: `milestones.title` becomes the first milestone's title. */
export function dataOf(collection: CollectionName, values: Values): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    let node = data;
    const names = path.split('.');
    names.slice(0, -1).forEach((name, index) => {
      const isList = fieldAt(collection, names.slice(0, index + 1).join('.')).widget === 'list';
      if (isList) {
        const list = (node[name] ??= [{}]) as Record<string, unknown>[];
        node = list[0];
      } else {
        node = (node[name] ??= {}) as Record<string, unknown>;
      }
    });
    node[names.at(-1)!] = value;
  }
  return data;
}

/**
 * The editor's address for a new record prefilled with `values` (Decap sets each field's default
 * from the query), but for the last character of its first text field, which is left to type:
 * Decap saves nothing until something has changed in the form.
 */
export function newEntry(collection: CollectionName, values: Values): { route: string; label: string; last: string } {
  // A line of text if the record has one, else a text area (public input has only those): End reaches the end of its one line.
  const typed = (widget: string) => fieldsOf(collection).find((field) => field.widget === widget && typeof values[field.name] === 'string' && !/\n/.test(values[field.name] as string));
  const first = typed('string') ?? typed('text');
  if (!first) throw new Error(`${collection}: give the record a value for a text field, to type its last character`);
  const text = values[first.name] as string;
  const prefilled = { ...values, [first.name]: text.slice(0, -1) };
  // Decap escapes prefilled values as HTML (decap-cms-core actions/entries.ts, processValue): "'" would be saved as "&#039;".
  const escaped = Object.entries(prefilled).find(([, value]) => /[&<>"']/.test(String(value)));
  if (escaped) throw new Error(`${collection}.${escaped[0]}: Decap would save ${JSON.stringify(escaped[1])} HTML-escaped; leave out & < > " '`);
  const query = new URLSearchParams(Object.entries(prefilled).map(([path, value]) => [path, Array.isArray(value) ? value.join(',') : String(value)]));
  return { route: `/collections/${collection}/new?${query}`, label: first.label, last: text.slice(-1) };
}

/** A rule to try in the editor, with the record that breaks it. */
export interface RuleCase {
  /** How the test names it: collection, where, rule. */
  title: string;
  rule: string;
  breaking: Breaking;
}

/** Every rule across fields in the schema of every collection the editor adds to, with its values over the collection's minimal record. */
export function fieldRuleCases(): RuleCase[] {
  return creatable.flatMap((collection) =>
    allRules(collections[collection].schema).map(({ path, rule }) => {
      const prefix = path.filter((part) => part !== '[]').map((part) => `${part}.`).join('');
      const values = Object.fromEntries(Object.entries(rule.brokenBy).map(([name, value]) => [`${prefix}${name}`, value]));
      const where = path.length ? ` › ${path.join('.').replace(/\.\[\]/g, '[]')}` : '';
      return { title: `${collection}${where} › ${rule.name}`, rule: rule.name, breaking: { collection, values } };
    }),
  );
}

/** Every rule across records, with its breaking record given the sample content. */
export function crossRecordRuleCases(records: CheckedRecord[]): RuleCase[] {
  return crossRecordRules.map((rule) => {
    const breaking = rule.brokenBy(records);
    return { title: `${breaking.collection} › ${rule.name}`, rule: rule.name, breaking };
  });
}

/** Where a record of `breaking` will be written, and its data: an existing record's file with the values over it, or a new one. */
export interface Written {
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/**
 * The content check's report for one record written into a copy of `source` (a content folder,
 * with the hand-made files of `breaking.files`): only the problems in that record's file, paths
 * from the repository's root as the editor says them. With `remove`, the record's file is
 * deleted instead, and the report is on every other file.
 */
export function buildReport(source: string, breaking: Breaking, written: Written, { remove = false } = {}): Problem[] {
  const root = mkdtempSync(join(tmpdir(), 'og-rules-'));
  try {
    const content = join(root, 'content');
    cpSync(source, content, { recursive: true });
    for (const [path, text] of Object.entries(breaking.files ?? {})) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const spec = collections[breaking.collection];
    if (remove) rmSync(join(root, written.file));
    else writeFileSync(join(root, written.file), spec.format === 'markdown' ? writeFrontMatter(written.data) : writeYaml(written.data));
    const local = (file: string) => file.replace(/^.*?og-rules-[^/]+\//, '');
    return checkContent(content)
      .problems.map((problem) => ({ ...problem, file: local(problem.file), message: problem.message.replace(/[^ ]*og-rules-[^/]+\//g, '') }))
      .filter((problem) => (problem.file === written.file) !== remove);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The file a new record of `collection` with `data` gets, given the names of the files of its folder. */
export function newRecordFile(collection: CollectionName, data: Record<string, unknown>, names: string[]): Written {
  const id = newRecordId(collection, data, names)!;
  return { id, file: recordFile(collection, id), data };
}
