/** The district boundaries and capitals, read once from `src/data/belize-districts.geojson`. */
import { readFileSync } from 'node:fs';

/** Where the boundary file lives, relative to the project root (builds, tests and checks run there). */
export const districtsFile = 'src/data/belize-districts.geojson';

/** One district feature of the boundary file. */
export interface DistrictFeature {
  type: 'Feature';
  properties: { id: string; name: string; iso_3166_2: string; capital: string; capital_coordinates: [number, number] };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

/** The six districts, north to south. */
export const districtFeatures: DistrictFeature[] = JSON.parse(readFileSync(districtsFile, 'utf8')).features;

/** The credit line the boundary file's licences ask for. */
export const districtCredit =
  'Town locations: GeoNames (geonames.org), CC BY 4.0, coordinates rounded. District boundaries: Natural Earth (public domain).';

/** A district's feature by id. */
export function districtFeature(id: string): DistrictFeature | undefined {
  return districtFeatures.find((feature) => feature.properties.id === id);
}
