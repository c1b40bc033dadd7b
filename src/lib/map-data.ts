/**
 * The interactive map's two data files, as GeoJSON: the districts with what touches them, and
 * every place the content names. Static files built by `src/pages/maps/`, cached like any other.
 */
import { districtFeatures } from './districts-geo.ts';
import { districtCounts } from './district-counts.ts';
import { locations } from './locations.ts';
import type { Records } from './records.ts';
import { recordUrl } from './urls.ts';

/** The districts' outlines, with their page and their counts for the popups. */
export function districtsGeojson(records: Records) {
  const counts = new Map(districtCounts(records).map((row) => [row.id, row]));
  return {
    type: 'FeatureCollection',
    features: districtFeatures.map((feature) => {
      const { id, name } = feature.properties;
      const { commitments = 0, meetings = 0, datasets = 0 } = counts.get(id) ?? {};
      return { type: 'Feature', id, properties: { name: `${name} District`, url: recordUrl('districts', id), commitments, meetings, datasets }, geometry: feature.geometry };
    }),
  };
}

/** Every place as a point; its `id` is its position in the list beside the map. */
export function locationsGeojson(records: Records) {
  return {
    type: 'FeatureCollection',
    features: locations(records).map((place, index) => ({
      type: 'Feature',
      id: index,
      properties: { kind: place.kind, name: place.name, links: place.links },
      geometry: { type: 'Point', coordinates: place.coordinates },
    })),
  };
}
