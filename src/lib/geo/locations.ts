/**
 * Every place the content names, as one list: meeting venues, commitment sites and the points
 * of datasets' GeoJSON files. The interactive map's data file and the list beside the map are
 * both built from it, so they always show the same features.
 */
import type { DatasetEntry, Records } from '../content/records.ts';
import { resourcePoints, type GeoPoints } from './resource-points.ts';
import { recordUrl } from '../urls.ts';
import type { LonLat } from './svg-map.ts';
import { locationKinds, type LocationKind } from '../../schemas/vocabularies.ts';
import { districtAt } from './district-of.ts';

export { locationKinds, type LocationKind };


/** A page a place links to. */
export interface LocationLink {
  title: string;
  url: string;
}

/** A named place and the records that mention it. */
export interface Location {
  kind: LocationKind;
  name: string;
  coordinates: LonLat;
  links: LocationLink[];
  /** The district it lies in (by its position, see `districtAt`). */
  district: string;
}

/** The GeoJSON resources of a dataset that are files here, with their points. */
export function datasetPoints(dataset: Pick<DatasetEntry, 'data'>): Array<{ title: string; url: string } & GeoPoints> {
  return dataset.data.resources
    .filter((resource) => resource.format === 'GeoJSON' && resource.file)
    .map((resource) => ({ title: resource.title, url: resource.file!, ...resourcePoints(resource.file!) }));
}

/**
 * Every place, one entry per layer, name and position: a hall that hosted two meetings is one
 * place with two links, so its markers do not hide each other.
 */
export function locations(records: Pick<Records, 'meetings' | 'commitments' | 'datasets'>): Location[] {
  const places = new Map<string, Location>();
  const add = (kind: LocationKind, name: string, coordinates: LonLat, link: LocationLink) => {
    const key = `${kind}|${name}|${coordinates.join(',')}`;
    const place = places.get(key) ?? { kind, name, coordinates, links: [], district: districtAt(coordinates) };
    if (!place.links.some((existing) => existing.url === link.url)) place.links.push(link);
    places.set(key, place);
  };
  for (const meeting of records.meetings) {
    const venue = meeting.data.venue;
    if (venue?.coordinates) add('venue', venue.name, venue.coordinates, { title: meeting.data.title, url: recordUrl('meetings', meeting.id) });
  }
  for (const commitment of records.commitments) {
    const link = { title: `${commitment.data.code}: ${commitment.data.title}`, url: recordUrl('commitments', commitment.id) };
    for (const site of commitment.data.sites) add('site', site.name, site.coordinates, link);
  }
  for (const dataset of records.datasets) {
    const link = { title: dataset.data.title, url: recordUrl('datasets', dataset.id) };
    for (const resource of datasetPoints(dataset)) for (const point of resource.points) add('data', point.name, point.coordinates, link);
  }
  const order = Object.keys(locationKinds);
  return [...places.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name));
}

const byDistrict = new WeakMap<object, Map<string, Location[]>>();

/** Every place of each district, in the order of `locations`, worked out once per set of records. */
export function locationsByDistrict(records: Pick<Records, 'meetings' | 'commitments' | 'datasets'>): Map<string, Location[]> {
  if (!byDistrict.has(records)) {
    const groups = new Map<string, Location[]>();
    for (const place of locations(records)) {
      if (!groups.has(place.district)) groups.set(place.district, []);
      groups.get(place.district)!.push(place);
    }
    byDistrict.set(records, groups);
  }
  return byDistrict.get(records)!;
}
