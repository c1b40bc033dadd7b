/**
 * What a dataset page shows of its files before anyone downloads them: a CSV's first rows, its
 * row and column counts, and its data dictionary. Read once per build; the content check has
 * already made sure each file parses and matches its dictionary.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from './csv.ts';
import { fileSize, localFile } from '../content/files.ts';
import { TableSchemaSchema, type TableSchema } from '../../schemas/table-schema.ts';
import type { Words } from '../i18n/words.ts';

/** How many rows a preview shows: enough to see the shape, little enough for a phone. */
const previewRows = 10;

/** Longer cells are cut in the preview (the file itself is whole). */
const previewCellLength = 80;

/** A CSV file at a glance. */
export interface CsvSummary {
  header: string[];
  /** The first rows, long cells shortened. */
  preview: string[][];
  /** Data rows, the header not counted. */
  rows: number;
  columns: number;
  bytes: number;
}

const summaries = new Map<string, CsvSummary>();
const dictionaries = new Map<string, TableSchema>();

/** A CSV published under `/files/`, summarised. */
export function csvSummary(url: string): CsvSummary {
  if (!summaries.has(url)) {
    const table = parseCsv(readFileSync(localFile(url), 'utf8'));
    const cut = (cell: string) => (cell.length > previewCellLength ? `${cell.slice(0, previewCellLength - 1)}…` : cell);
    summaries.set(url, {
      header: table.header,
      preview: table.rows.slice(0, previewRows).map((row) => row.map(cut)),
      rows: table.rows.length,
      columns: table.header.length,
      bytes: fileSize(url),
    });
  }
  return summaries.get(url)!;
}

/** A data dictionary published under `/files/`. */
export function tableSchema(url: string): TableSchema {
  if (!dictionaries.has(url)) dictionaries.set(url, TableSchemaSchema.parse(JSON.parse(readFileSync(localFile(url), 'utf8'))));
  return dictionaries.get(url)!;
}

/** A GeoJSON file at a glance: its features, counted by geometry type. */
export interface GeojsonSummary {
  features: number;
  /** For example `{ Point: 32 }`. */
  geometries: Record<string, number>;
  bytes: number;
}

const geojsonSummaries = new Map<string, GeojsonSummary>();

/** A GeoJSON FeatureCollection published under `/files/`, summarised. */
export function geojsonSummary(url: string): GeojsonSummary {
  if (!geojsonSummaries.has(url)) {
    const { features } = JSON.parse(readFileSync(localFile(url), 'utf8')) as { features: { geometry: { type: string } }[] };
    const geometries: Record<string, number> = {};
    for (const feature of features) geometries[feature.geometry.type] = (geometries[feature.geometry.type] ?? 0) + 1;
    geojsonSummaries.set(url, { features: features.length, geometries, bytes: fileSize(url) });
  }
  return geojsonSummaries.get(url)!;
}

/** How many geometries of a GeoJSON type, in the language of `t`: `12 points`, `1 multi-polygon`. */
export function geometriesInWords(type: string, n: number, t: Words): string {
  const { geometries, otherGeometry } = t.words.dataFiles;
  return t.count(n, geometries[type] ?? otherGeometry(type));
}

/** A GeoJSON file's geometries in words, in the order the file first has them: `30 points, 2 polygons`. */
export function geometryCounts(summary: GeojsonSummary, t: Words): string | undefined {
  const entries = Object.entries(summary.geometries);
  return entries.length ? entries.map(([type, n]) => geometriesInWords(type, n, t)).join(', ') : undefined;
}
