/**
 * The content check for datasets' files (issue #8): each CSV parses as RFC 4180 CSV; its data
 * dictionary (Table Schema) is valid, names the header's columns in order, and every value reads
 * as its column's type; each GeoJSON file is a FeatureCollection located inside Belize. Problems
 * name the data file and its line, so a coordinator can open the file at the right place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { formatPath, type CheckedRecord, type Problem } from '../content/problems.ts';
import type { Resource } from '../../schemas/dataset.ts';
import { TableSchemaSchema, type TableSchema } from '../../schemas/table-schema.ts';
import { CsvError, parseCsv } from './csv.ts';
import { headerMismatch, valueProblems } from './table-check.ts';
import { checkGeojson } from './geojson-check.ts';

/** At most this many value problems per file: one wrong column would otherwise list every row. */
const perFile = 10;

/** File extensions each checked format should have. */
const formatExtensions: Partial<Record<Resource['format'], string[]>> = { CSV: ['.csv'], GeoJSON: ['.geojson', '.json'] };

/** Checks the files of every dataset record and adds what is wrong to `problems`. */
export function checkDataFiles(root: string, records: CheckedRecord[], problems: Problem[]): void {
  const show = (path: string) => relative(process.cwd(), path) || path;
  const dictionaries = new Map<string, TableSchema | undefined>();
  for (const record of records.filter((r) => r.collection === 'datasets')) {
    (record.data.resources as Resource[]).forEach((resource, index) => {
      const where = `resources[${index}]`;
      if (!resource.file) return;
      const local = join(root, decodeURI(resource.file));
      if (!existsSync(local)) return; // the general file check reports it
      const file = show(local);
      const extensions = formatExtensions[resource.format];
      if (extensions && !extensions.includes(extname(local).toLowerCase())) {
        problems.push({ file: record.file, field: `${where}.format`, message: `the format is ${resource.format} but ${resource.file} is not a ${extensions.join(' or ')} file: correct the format or the file` });
        return;
      }
      if (resource.schema && resource.format !== 'CSV') {
        problems.push({ file: record.file, field: `${where}.schema`, message: 'a data dictionary describes the columns of a CSV file: remove it from this resource, or attach it to the CSV' });
      }
      if (resource.format === 'CSV') checkCsv(local, file, resource.schema ? readDictionary(join(root, decodeURI(resource.schema)), show, dictionaries, problems) : undefined, problems);
      if (resource.format === 'GeoJSON') {
        for (const problem of checkGeojson(readFileSync(local, 'utf8'), perFile).problems) {
          problems.push({ file: problem.line ? `${file}:${problem.line}` : file, field: problem.path, message: problem.message });
        }
      }
    });
  }
}

function checkCsv(local: string, file: string, dictionary: { schema: TableSchema; file: string } | undefined, problems: Problem[]) {
  let table;
  try {
    table = parseCsv(readFileSync(local, 'utf8'));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    problems.push({ file: `${file}:${error.line}`, message: `the CSV cannot be read: ${error.message}` });
    return;
  }
  if (!dictionary) return;
  const mismatch = headerMismatch(table.header, dictionary.schema);
  if (mismatch) {
    problems.push({ file: `${file}:1`, message: `the header does not match the data dictionary ${dictionary.file}: ${mismatch}. Correct the header or the dictionary` });
    return;
  }
  const bad = valueProblems(table, dictionary.schema);
  for (const problem of bad.slice(0, perFile)) problems.push({ file: `${file}:${problem.line}`, message: problem.message });
  if (bad.length > perFile) problems.push({ file, message: `and ${bad.length - perFile} more values that do not match the data dictionary ${dictionary.file}` });
}

/** Reads and checks a dictionary once, however many resources share it; undefined when it is broken. */
function readDictionary(local: string, show: (path: string) => string, cache: Map<string, TableSchema | undefined>, problems: Problem[]) {
  const file = show(local);
  if (!existsSync(local)) return undefined; // the general file check reports it
  if (!cache.has(local)) {
    let schema: TableSchema | undefined;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(local, 'utf8'));
      const result = TableSchemaSchema.safeParse(json);
      if (result.success) schema = result.data;
      else for (const issue of result.error.issues) problems.push({ file, field: formatPath(issue.path), message: `in the data dictionary: ${issue.message}` });
    } catch (error) {
      problems.push({ file, message: `the data dictionary is not valid JSON (${(error as Error).message})` });
    }
    cache.set(local, schema);
  }
  const schema = cache.get(local);
  return schema && { schema, file };
}
