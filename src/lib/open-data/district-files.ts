/**
 * Location files sized for phones: every located thing of the site (the places of
 * `locations.geojson`) and every dataset with GeoJSON files, split into one file per district,
 * so that an app in Orange Walk downloads Orange Walk's points and nothing else. Each feature goes
 * to exactly one district (the one its first position lies in, see `districtAt`), so the six
 * files of a source hold, between them, every feature of its national file once.
 */
import { readFileSync } from 'node:fs';
import type { DatasetEntry, Records } from '../content/records.ts';
import { localFile } from '../content/files.ts';
import { districtAt } from '../geo/district-of.ts';
import { districtFeatures } from '../geo/districts.ts';
import { locations } from '../geo/locations.ts';
import type { LonLat } from '../geo/svg-map.ts';
import { absoluteUrl } from './catalog.ts';
import { today } from '../dates.ts';
import { apiUrl, recordUrl } from '../urls.ts';

/** A GeoJSON feature, as published. */
export interface Feature {
  type: 'Feature';
  id?: string | number;
  geometry: { type: string; coordinates?: unknown; geometries?: unknown[] };
  properties: Record<string, unknown> | null;
}

/** Something located that the API publishes nationally and per district. */
export interface LocatedSource {
  /** The national file's name under /api/v1/ without `.geojson`; the district files are in the folder of that name. */
  name: string;
  /** What it holds, in a few words. */
  title: string;
  /** The page that describes it (a dataset's page), if any. */
  page?: string;
  /** Every feature of the national file. */
  features(site: URL | string): Feature[];
}

/** The first position of a geometry: where a point is, or where a line or area starts. */
export function firstPosition(geometry: Feature['geometry']): LonLat | undefined {
  if (geometry.type === 'GeometryCollection') {
    for (const inner of geometry.geometries ?? []) {
      const position = firstPosition(inner as Feature['geometry']);
      if (position) return position;
    }
    return undefined;
  }
  let node: unknown = geometry.coordinates;
  while (Array.isArray(node) && Array.isArray(node[0])) node = node[0];
  return Array.isArray(node) && typeof node[0] === 'number' && typeof node[1] === 'number' ? [node[0], node[1]] : undefined;
}

/** The features of a source, district by district (every district present, north to south, even when empty). */
export function featuresByDistrict(features: Feature[]): Map<string, Feature[]> {
  const byDistrict = new Map(districtFeatures.map((district) => [district.properties.id, [] as Feature[]]));
  for (const feature of features) {
    const position = firstPosition(feature.geometry);
    // The content check makes sure every feature has a position inside Belize.
    if (position) byDistrict.get(districtAt(position))!.push(feature);
  }
  return byDistrict;
}

/** The places of `locations.geojson`: meeting venues, commitment sites and the datasets' points. */
export function placeFeatures(records: Pick<Records, 'meetings' | 'commitments' | 'datasets'>, site: URL | string): Feature[] {
  return locations(records).map((place) => {
    const links = place.links.map((link) => ({ title: link.title, url: absoluteUrl(link.url, site) }));
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: place.coordinates },
      properties: { type: place.kind, title: place.name, url: links[0].url, links },
    };
  });
}

/** The features of a dataset's GeoJSON files, as they are written there. */
function datasetFeatures(dataset: DatasetEntry): Feature[] {
  return dataset.data.resources
    .filter((resource) => resource.format === 'GeoJSON' && resource.file)
    .flatMap((resource) => (JSON.parse(readFileSync(localFile(resource.file!), 'utf8').replace(/^\uFEFF/, '')) as { features: Feature[] }).features);
}

/** The name of a dataset's national file under /api/v1/, without `.geojson`. */
export const datasetSourceName = (id: string) => `datasets/${id}`;

/** Every located source: the places, then each dataset with GeoJSON files, in the catalogue's order. */
export function locatedSources(records: Pick<Records, 'meetings' | 'commitments' | 'datasets'>): LocatedSource[] {
  const places: LocatedSource = { name: 'locations', title: 'Places', features: (site) => placeFeatures(records, site) };
  const datasets = records.datasets
    .filter((dataset) => dataset.data.resources.some((resource) => resource.format === 'GeoJSON' && resource.file))
    .map((dataset): LocatedSource => ({ name: datasetSourceName(dataset.id), title: dataset.data.title, page: recordUrl('datasets', dataset.id), features: () => datasetFeatures(dataset) }));
  return [places, ...datasets];
}

/** The file of one district of a source: `locations/toledo.geojson`. */
export const districtFileName = (source: string, district: string) => `${source}/${district}.geojson`;

/** The national file of a dataset's points, with where they come from. */
export function nationalFile(source: LocatedSource, site: URL | string) {
  return {
    type: 'FeatureCollection',
    generated: today,
    ...(source.page && { dataset: absoluteUrl(source.page, site) }),
    districtFiles: districtFeatures.map((district) => absoluteUrl(apiUrl(districtFileName(source.name, district.properties.id)), site)),
    features: source.features(site),
  };
}

const split = new WeakMap<LocatedSource, Map<string, Feature[]>>();

/** One district's file of a source: its features, and the national file they were taken from. */
export function districtFile(source: LocatedSource, district: string, site: URL | string) {
  if (!split.has(source)) split.set(source, featuresByDistrict(source.features(site)));
  const feature = districtFeatures.find((d) => d.properties.id === district)!;
  return {
    type: 'FeatureCollection',
    generated: today,
    district: { id: district, name: feature.properties.name, url: absoluteUrl(recordUrl('districts', district), site) },
    national: absoluteUrl(apiUrl(`${source.name}.geojson`), site),
    ...(source.page && { dataset: absoluteUrl(source.page, site) }),
    features: split.get(source)!.get(district)!,
  };
}
