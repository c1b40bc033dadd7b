/** The district boundaries and capitals, read once from `src/data/belize-districts.geojson`. */
import { readFileSync } from 'node:fs';
import { DistrictBoundariesSchema, type DistrictFeature } from '../../schemas/geo.ts';

/** Where the boundary file lives, relative to the project root (builds, tests and checks run there). */
export const districtsFile = 'src/data/belize-districts.geojson';

export type { DistrictFeature } from '../../schemas/geo.ts';

/** The six districts, north to south, checked against the file's schema as they are read. */
export const districtFeatures: DistrictFeature[] = DistrictBoundariesSchema.parse(JSON.parse(readFileSync(districtsFile, 'utf8'))).features;

/** The credit line the boundary file's licences ask for. */
export const districtCredit =
  'Town locations: GeoNames (geonames.org), CC BY 4.0, coordinates rounded. District boundaries: Natural Earth (public domain).';

/** A district's feature by id. */
export function districtFeature(id: string): DistrictFeature | undefined {
  return districtFeatures.find((feature) => feature.properties.id === id);
}
