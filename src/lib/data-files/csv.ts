/**
 * CSV as RFC 4180 describes it: fields separated by commas, records by CRLF (LF and CR are
 * accepted too), fields quoted with `"` when they hold a comma, a quote (doubled) or a line break.
 * Our own, about seventy lines, rather than a library: it reports the line of the file where each
 * problem is, which the content check needs, and tests/csv.test.ts covers it (quoting, line
 * breaks inside fields, every kind of broken file, 50,000 rows).
 */
import { count } from '../words.ts';

/** A CSV that cannot be read, with the line (1-based, in the file) where the problem is. */
export class CsvError extends Error {
  /** The line of the file to look at. */
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'CsvError';
    this.line = line;
  }
}

/** A parsed CSV: the header, the data rows, and the line each data row starts on. */
export interface CsvTable {
  header: string[];
  rows: string[][];
  /** `lines[i]` is the file line where `rows[i]` starts (quoted line breaks make rows span lines). */
  lines: number[];
}

/** Splits CSV text into records of fields, with the line each record starts on. */
export function parseCsvRecords(text: string): { records: string[][]; lines: number[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let field = '';
  /** The current field was quoted, so it exists even when empty (`""` at the end of the file). */
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // A byte order mark is not part of the first name.
  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    lines.push(recordLine);
    record = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && field === '' && !quoted) {
      // A quoted field runs to the next quote that is not doubled.
      const openedOn = line;
      quoted = true;
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new CsvError(`a quoted field opened on line ${openedOn} is never closed: add the closing "`, openedOn);
        const chunk = text.slice(i, quote);
        field += chunk;
        line += countLineBreaks(chunk);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvError(`text after a closing quote on line ${line}: a field that holds quotes must be quoted as a whole, with each " written ""`, line);
      }
    } else if (char === ',') {
      endField();
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else if (char === '"') {
      throw new CsvError(`a quote inside an unquoted field on line ${line}: quote the whole field and write each " as ""`, line);
    } else {
      // Copy the run of plain characters at once: much faster than one character at a time.
      let end = i + 1;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 44 || c === 10 || c === 13 || c === 34) break; // , \n \r "
        end++;
      }
      field += text.slice(i, end);
      i = end;
    }
  }
  // The last record needs no line break after it; a final line break adds no empty record.
  if (field !== '' || quoted || record.length > 0) endRecord();
  return { records, lines };
}

function countLineBreaks(text: string): number {
  const matches = text.match(/\r\n|\r|\n/g);
  return matches ? matches.length : 0;
}

/** Parses a CSV with a header row; every row must have as many fields as the header. */
export function parseCsv(text: string): CsvTable {
  const { records, lines } = parseCsvRecords(text);
  if (records.length === 0) throw new CsvError('the file is empty: expected a header row with the column names', 1);
  const [header, ...rows] = records;
  const seen = new Set<string>();
  for (const name of header) {
    if (name.trim() === '') throw new CsvError('a column has no name in the header row', 1);
    if (seen.has(name)) throw new CsvError(`the column "${name}" appears twice in the header row`, 1);
    seen.add(name);
  }
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      const line = lines[index + 1];
      throw new CsvError(`line ${line} has ${count(row.length, 'field', 'fields')} but the header has ${header.length}: check for a missing or extra comma, or a comma that needs quotes`, line);
    }
  });
  return { header, rows, lines: lines.slice(1) };
}

/** A cell value to write; empty for null and undefined. */
export type CsvValue = string | number | boolean | null | undefined;

/** One field, quoted when it holds a comma, a quote, a line break, or surrounding spaces. */
function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text with CRLF line ends (RFC 4180). With `bom`, it starts with a UTF-8 byte order
 * mark, which Excel needs to read accented names ("Asociación") as UTF-8 rather than as Windows-1252.
 */
export function toCsv(rows: CsvValue[][], { bom = false }: { bom?: boolean } = {}): string {
  return (bom ? '\uFEFF' : '') + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
