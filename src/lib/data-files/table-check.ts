/**
 * Checks a parsed CSV against its data dictionary (Table Schema): the header names the same
 * columns in the same order, and every value reads as its column's type. Pure functions, so the
 * content check and the tests share them. Our own rather than the `tableschema` package (little
 * used, and it brings its own CSV reader and remote loading): it checks the ten field types the
 * data dictionaries use, in words an editor can act on; tests/data-files-check.test.ts covers it.
 */
import type { CsvTable } from './csv.ts';
import type { TableField, TableSchema } from '../../schemas/table-schema.ts';

/** Something wrong at one line of the CSV. */
export interface TableProblem {
  line: number;
  message: string;
}

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const isoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const isoTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?$/.test(value);

/** Whether a value (already known not to be missing) reads as the type; Table Schema's default formats. */
const readsAs: Record<TableField['type'], (value: string) => boolean> = {
  string: () => true,
  any: () => true,
  number: (value) => numberPattern.test(value) || ['NaN', 'INF', '-INF'].includes(value),
  integer: (value) => /^[+-]?\d+$/.test(value),
  boolean: (value) => ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0'].includes(value),
  date: isoDate,
  time: isoTime,
  datetime: (value) => {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$/.exec(value);
    return !!match && isoDate(match[1]) && isoTime(match[2]);
  },
  year: (value) => /^\d{4}$/.test(value),
  yearmonth: (value) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value),
};

/** What a value of each type looks like, for messages. */
const expected: Record<TableField['type'], string> = {
  string: 'text',
  any: 'any value',
  number: 'a number such as 1250.75 (a point for decimals, no thousands separators or currency signs)',
  integer: 'a whole number such as 42 (no decimals, no thousands separators)',
  boolean: 'true or false',
  date: 'a date written YYYY-MM-DD, for example 2026-03-31',
  time: 'a time written HH:MM:SS, for example 14:30:00',
  datetime: 'a date and time such as 2026-03-31T14:30:00Z',
  year: 'a year such as 2026',
  yearmonth: 'a month written YYYY-MM, for example 2026-03',
};

/** The header compared with the dictionary's columns, in words; undefined when they agree. */
export function headerMismatch(header: string[], schema: TableSchema): string | undefined {
  const names = schema.fields.map((f) => f.name);
  if (header.length === names.length && header.every((name, i) => name === names[i])) return undefined;
  const missing = names.filter((name) => !header.includes(name));
  const extra = header.filter((name) => !names.includes(name));
  const parts = [
    missing.length && `the dictionary lists ${quoteList(missing)} but the header does not`,
    extra.length && `the header has ${quoteList(extra)} that the dictionary does not describe`,
  ].filter(Boolean);
  if (parts.length === 0) parts.push(`the columns are in another order: the header has ${quoteList(header)}, the dictionary ${quoteList(names)}`);
  return parts.join('; ');
}

const quoteList = (names: string[]) => names.map((name) => `"${name}"`).join(', ');

/** Every value that does not match its column's type or constraints, with its line. */
export function valueProblems(table: CsvTable, schema: TableSchema): TableProblem[] {
  const problems: TableProblem[] = [];
  const missing = new Set(schema.missingValues);
  const enums = schema.fields.map((f) => f.constraints?.enum?.map(String));
  table.rows.forEach((row, r) => {
    schema.fields.forEach((column, c) => {
      const value = row[c];
      const line = table.lines[r];
      if (missing.has(value)) {
        if (column.constraints?.required) problems.push({ line, message: `column "${column.name}" is empty on line ${line}, but the dictionary says every row has a value` });
        return;
      }
      if (!readsAs[column.type](value)) {
        problems.push({ line, message: `column "${column.name}" on line ${line} is ${JSON.stringify(value)}: expected ${expected[column.type]}, as the dictionary says` });
      } else if (enums[c] && !enums[c]!.includes(value)) {
        problems.push({ line, message: `column "${column.name}" on line ${line} is ${JSON.stringify(value)}: expected one of ${quoteList(enums[c]!)}` });
      }
    });
  });
  return problems;
}
