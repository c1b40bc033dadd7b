/**
 * Checks a Decap configuration against the schemas and says, in words, where they differ:
 * a collection's folder or format, a field missing or extra, required or not, the options of a
 * choice, the target of a relation, the shape of a list. The configuration is derived from the
 * schemas at build time, so the built /admin/config.yml must show no difference; tests also run
 * this on deliberately drifted configurations to show that it catches each kind.
 */
import type { CollectionName, CollectionSpec } from '../../schemas/index.ts';
import { collections as allCollections } from '../../schemas/index.ts';
import { cmsCollections, type CmsCollection, type CmsField } from './config.ts';

/** What of a field must match: everything that decides what is saved. */
interface Shape {
  widget: string;
  required: boolean;
  options?: string[];
  relation?: string;
  multiple: boolean;
  /** A list of objects (`fields`), of single values (`field`), or neither. */
  list?: 'fields' | 'field';
  fields?: CmsField[];
}

function shapeOf(field: CmsField): Shape {
  const children = field.fields ?? (field.field ? [field.field] : undefined);
  return {
    widget: field.widget,
    required: field.required !== false,
    options: field.options?.map((option: string | { value: string }) => (typeof option === 'string' ? option : option.value)),
    relation: field.widget === 'relation' ? field.collection : undefined,
    multiple: Boolean(field.multiple),
    list: field.widget === 'list' ? (field.fields ? 'fields' : field.field ? 'field' : undefined) : undefined,
    fields: children,
  };
}

function compareFields(path: string, actual: CmsField[] = [], expected: CmsField[] = [], out: string[]): void {
  const byName = (fields: CmsField[]) => new Map(fields.map((field) => [field.name, field]));
  const have = byName(actual);
  const want = byName(expected);
  for (const name of want.keys()) if (!have.has(name)) out.push(`${path}.${name}: in the schemas but not in the CMS`);
  for (const name of have.keys()) if (!want.has(name)) out.push(`${path}.${name}: in the CMS but not in the schemas`);
  for (const [name, wanted] of want) {
    const had = have.get(name);
    if (!had) continue;
    const [a, e] = [shapeOf(had), shapeOf(wanted)];
    const at = `${path}.${name}`;
    if (a.widget !== e.widget) out.push(`${at}: the CMS uses a "${a.widget}" widget, the schemas call for "${e.widget}"`);
    if (a.required !== e.required) out.push(`${at}: ${e.required ? 'required' : 'optional'} in the schemas but ${a.required ? 'required' : 'optional'} in the CMS`);
    if (String(a.options) !== String(e.options)) out.push(`${at}: the CMS offers ${a.options?.join(', ') ?? 'no options'}; the schemas accept ${e.options?.join(', ') ?? 'no options'}`);
    if (a.relation !== e.relation) out.push(`${at}: the CMS links to ${a.relation ?? 'nothing'}, the schemas to ${e.relation ?? 'nothing'}`);
    if (a.multiple !== e.multiple) out.push(`${at}: the CMS stores ${a.multiple ? 'several values' : 'one value'}, the schemas ${e.multiple ? 'several' : 'one'}`);
    if (a.list !== e.list) out.push(`${at}: the CMS's list holds ${a.list === 'fields' ? 'groups of fields' : 'single values'}, the schemas' ${e.list === 'fields' ? 'groups of fields' : 'single values'}`);
    else if (e.fields) compareFields(e.list ? `${at}[]` : at, a.fields, e.fields, out);
  }
}

/** Every difference between a configuration's collections and the schemas; none when in step. */
export function cmsDrift(config: { collections?: CmsCollection[] }, specs: Record<CollectionName, CollectionSpec> = allCollections): string[] {
  const out: string[] = [];
  const expected = cmsCollections(specs);
  const actual = new Map((config.collections ?? []).map((collection) => [collection.name, collection]));
  for (const want of expected) {
    const have = actual.get(want.name);
    if (!have) {
      out.push(`${want.name}: a collection of the schemas that the CMS does not have`);
      continue;
    }
    for (const key of ['folder', 'extension', 'format'] as const) {
      if (have[key] !== want[key]) out.push(`${want.name}: its ${key} is ${have[key] ?? 'not set'} in the CMS, ${want[key] ?? 'not set'} for the schemas`);
    }
    if (want.files) {
      for (const file of want.files) {
        const had = have.files?.find((candidate) => candidate.name === file.name);
        if (had?.file !== file.file) out.push(`${want.name}: the file ${file.file} is ${had ? `${had.file} in the CMS` : 'missing from the CMS'}`);
        compareFields(want.name, had?.fields, file.fields, out);
      }
    } else {
      compareFields(want.name, have.fields, want.fields, out);
    }
  }
  for (const name of actual.keys()) if (!expected.some((collection) => collection.name === name)) out.push(`${name}: a collection in the CMS that the schemas do not have`);
  return out;
}
