/** The RFC 4180 CSV parser and writer in src/lib/data-files/csv.ts. */
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, parseCsvRecords, toCsv } from '../src/lib/data-files/csv.ts';
import { largeCsv, largeCsvRows } from './support/large-csv.ts';

const records = (text: string) => parseCsvRecords(text).records;

/** The error a bad CSV throws, so tests can check its line and words. */
function errorOf(text: string): CsvError {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected the CSV to be rejected');
}

describe('reading CSV', () => {
  it('splits fields on commas and records on CRLF, LF or CR', () => {
    expect(records('a,b\r\n1,2\n3,4\r5,6')).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('adds no empty record for the line break at the end of the file', () => {
    expect(records('a,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(records('name,note\r\n"Ministry of Education, Culture","He said ""yes""\r\nthen left"\r\n')).toEqual([
      ['name', 'note'],
      ['Ministry of Education, Culture', 'He said "yes"\r\nthen left'],
    ]);
  });

  it('keeps empty fields, quoted or not, including at the end of a line and of the file', () => {
    expect(records('a,b,c\r\n,"",\r\n1,2,""')).toEqual([['a', 'b', 'c'], ['', '', ''], ['1', '2', '']]);
  });

  it('drops a UTF-8 byte order mark so the first column keeps its name', () => {
    expect(parseCsv('\uFEFFdistrict,count\r\ntoledo,3\r\n').header).toEqual(['district', 'count']);
  });

  it('reads accented and non-Latin text as it is', () => {
    expect(records('name\r\nAsociación de Mujeres Rurales\r\nSan José Succotz\r\n')[2]).toEqual(['San José Succotz']);
  });

  it('gives the file line where each row starts, counting line breaks inside quotes', () => {
    const table = parseCsv('a,b\n1,"two\nlines"\n3,4\n');
    expect(table.rows).toEqual([['1', 'two\nlines'], ['3', '4']]);
    expect(table.lines).toEqual([2, 4]);
  });
});

describe('CSV that cannot be read is reported with its line', () => {
  it('a row with more or fewer fields than the header', () => {
    const error = errorOf('a,b,c\n1,2,3\n4,5\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/line 3 has 2 fields but the header has 3/);
  });

  it('a quoted field that is never closed, at the line where it opens', () => {
    const error = errorOf('a,b\n1,2\n3,"four\n5,6\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/opened on line 3 is never closed/);
  });

  it('a quote in the middle of an unquoted field', () => {
    const error = errorOf('a,b\n1,2\n3,4 "inch"\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/quote inside an unquoted field/);
  });

  it('text after a closing quote', () => {
    expect(errorOf('a,b\n"x"y,2\n').line).toBe(2);
  });

  it('an empty file, a blank column name, or a column named twice', () => {
    expect(errorOf('').message).toMatch(/empty/);
    expect(errorOf('a,,c\n1,2,3\n').message).toMatch(/has no name/);
    expect(errorOf('a,b,a\n1,2,3\n').message).toMatch(/"a" appears twice/);
  });
});

describe('writing CSV', () => {
  it('quotes fields with commas, quotes, line breaks or edge spaces, and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b, c'], ['say "hi"', 'two\nlines'], [' padded', 1], [true, null]])).toBe(
      'a,"b, c"\r\n"say ""hi""","two\nlines"\r\n" padded",1\r\ntrue,\r\n',
    );
  });

  it('starts with a byte order mark when asked, for Excel', () => {
    expect(toCsv([['é']], { bom: true })).toBe('\uFEFFé\r\n');
  });

  it('reads back what it writes', () => {
    const rows = [['id', 'text'], ['1', 'Commas, "quotes"\r\nand lines'], ['2', '']];
    expect(parseCsvRecords(toCsv(rows, { bom: true })).records).toEqual(rows);
  });

  it('reads a large file whole: every row, with its line', () => {
    // How fast is measured by `npm run bench` (tests/csv.bench.ts) on the same file.
    const table = parseCsv(largeCsv);
    expect(table.rows).toHaveLength(largeCsvRows);
    expect(table.rows.at(-1)).toEqual(['HF01', 'Karl Heusner Memorial Hospital, Belize City', 'belize', '-88.1963', '17.5087', '166', 'true', '2026-05-15']);
    expect(table.lines.at(-1)).toBe(largeCsvRows + 1);
  });
});
