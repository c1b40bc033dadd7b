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
  /** Where each feature is (its first position), without building the features: how many files each district needs. */
  positions(): LonLat[];
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

const sources = new WeakMap<object, LocatedSource[]>();

/** Every located source: the places, then each dataset with GeoJSON files, in the catalogue's order; the same objects for the same records, so each is split once. */
export function locatedSources(records: Pick<Records, 'meetings' | 'commitments' | 'datasets'>): LocatedSource[] {
  if (!sources.has(records)) sources.set(records, findSources(records));
  return sources.get(records)!;
}

function findSources(records: Pick<Records, 'meetings' | 'commitments' | 'datasets'>): LocatedSource[] {
  const places: LocatedSource = { name: 'locations', title: 'Places', features: (site) => placeFeatures(records, site), positions: () => locations(records).map((place) => place.coordinates) };
  const datasets = records.datasets
    .filter((dataset) => dataset.data.resources.some((resource) => resource.format === 'GeoJSON' && resource.file))
    .map((dataset): LocatedSource => ({ name: datasetSourceName(dataset.id), title: dataset.data.title, page: recordUrl('datasets', dataset.id), features: () => datasetFeatures(dataset), positions: () => datasetFeatures(dataset).flatMap((feature): LonLat[] => { const position = firstPosition(feature.geometry); return position ? [position] : []; }) }));
  return [places, ...datasets];
}

/**
 * Features in one district file: 200 places are about 80 KB of GeoJSON (10 KB compressed), so no
 * file passes the API's 100 KB however many features a district has (issue #15); a district with
 * more has several files.
 */
export const districtFeaturesPerFile = 200;

/** The file of one district of a source: `locations/toledo.geojson`, and for a district's later files `locations/toledo-2.geojson`. */
export const districtFileName = (source: string, district: string, page = 1) => `${source}/${district}${page > 1 ? `-${page}` : ''}.geojson`;

const split = new WeakMap<LocatedSource, Map<string, Feature[]>>();

/** A source's features, district by district, worked out once per build (the site address only makes links absolute). */
function splitOf(source: LocatedSource, site: URL | string): Map<string, Feature[]> {
  if (!split.has(source)) split.set(source, featuresByDistrict(source.features(site)));
  return split.get(source)!;
}

const counted = new WeakMap<LocatedSource, Map<string, number>>();

/** How many files hold a district's features: at least one, empty if need be. */
export function districtFileCount(source: LocatedSource, district: string): number {
  if (!counted.has(source)) {
    const counts = new Map<string, number>();
    for (const position of source.positions()) {
      const district = districtAt(position);
      counts.set(district, (counts.get(district) ?? 0) + 1);
    }
    counted.set(source, counts);
  }
  return Math.max(1, Math.ceil((counted.get(source)!.get(district) ?? 0) / districtFeaturesPerFile));
}

/** The names of every district file of a source, district by district (or of one district's). */
export function districtFileNames(source: LocatedSource, district?: string): string[] {
  return districtFeatures
    .filter((d) => !district || d.properties.id === district)
    .flatMap(({ properties: { id } }) => Array.from({ length: districtFileCount(source, id) }, (_, i) => districtFileName(source.name, id, i + 1)));
}

/** The national file of a dataset's points, with where they come from. */
export function nationalFile(source: LocatedSource, site: URL | string) {
  return {
    type: 'FeatureCollection',
    generated: today,
    ...(source.page && { dataset: absoluteUrl(source.page, site) }),
    districtFiles: districtFileNames(source).map((name) => absoluteUrl(apiUrl(name), site)),
    features: source.features(site),
  };
}

/** One file of one district of a source: its features (or, for a district with several files, page `page` of them), and the national file they were taken from. */
export function districtFile(source: LocatedSource, district: string, site: URL | string, page = 1) {
  const feature = districtFeatures.find((d) => d.properties.id === district)!;
  const pages = districtFileCount(source, district);
  const link = (n: number) => absoluteUrl(apiUrl(districtFileName(source.name, district, n)), site);
  return {
    type: 'FeatureCollection',
    generated: today,
    district: { id: district, name: feature.properties.name, url: absoluteUrl(recordUrl('districts', district), site) },
    page,
    pages,
    ...(page > 1 && { prev: link(page - 1) }),
    ...(page < pages && { next: link(page + 1) }),
    national: absoluteUrl(apiUrl(`${source.name}.geojson`), site),
    ...(source.page && { dataset: absoluteUrl(source.page, site) }),
    features: splitOf(source, site).get(district)!.slice((page - 1) * districtFeaturesPerFile, page * districtFeaturesPerFile),
  };
}
