/**
 * Reads the points of a dataset's GeoJSON resources, for the maps. Deliberately forgiving: the
 * content check for data files (issue #8) is what reports a broken file, with its messages;
 * this reader takes the points it can use and ignores the rest, so no message is written twice.
 */
import { readFileSync } from 'node:fs';
import { localFile } from '../content/files.ts';
import type { LonLat } from './svg-map.ts';

/** A named point of a GeoJSON file. */
export interface GeoPoint {
  coordinates: LonLat;
  /** The feature's `name` (or `title`, or `id`) property, for labels and lists. */
  name: string;
}

/** What a GeoJSON file holds, as far as maps care. */
export interface GeoPoints {
  /** How many features the file has, points or not. */
  features: number;
  points: GeoPoint[];
}

const isPosition = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);

/** The points (Point and MultiPoint features) of a GeoJSON text; none when it is not GeoJSON. */
export function geojsonPoints(text: string): GeoPoints {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { features: 0, points: [] };
  }
  const features = (json as { features?: unknown })?.features;
  if (!Array.isArray(features)) return { features: 0, points: [] };
  const points = features.flatMap((feature, index): GeoPoint[] => {
    const { id, geometry, properties } = (feature ?? {}) as { id?: unknown; geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> };
    const label = properties?.name ?? properties?.title ?? properties?.id ?? id;
    const name = typeof label === 'string' || typeof label === 'number' ? String(label) : `Point ${index + 1}`;
    const positions = geometry?.type === 'Point' ? [geometry.coordinates] : geometry?.type === 'MultiPoint' && Array.isArray(geometry.coordinates) ? geometry.coordinates : [];
    return positions.filter(isPosition).map((position) => ({ coordinates: [position[0], position[1]], name }));
  });
  return { features: features.length, points };
}

const cache = new Map<string, GeoPoints>();

/** The points of a GeoJSON file published under `/files/`, read once per build. */
export function resourcePoints(url: string): GeoPoints {
  if (!cache.has(url)) {
    let text = '';
    try {
      text = readFileSync(localFile(url), 'utf8');
    } catch {
      // A missing file is the content check's to report.
    }
    cache.set(url, geojsonPoints(text));
  }
  return cache.get(url)!;
}
