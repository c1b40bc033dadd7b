/** The district boundaries and capitals, read once from `src/data/belize-districts.geojson`. */
import { readFileSync } from 'node:fs';
import { DistrictBoundariesSchema, type DistrictFeature } from '../../schemas/geo.ts';
import { labelPoint, pointInRing, ringsOf, type LonLat } from './svg-map.ts';

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

/** Whether a position lies inside an area: in an outer ring and in none of its holes. */
function inside(point: LonLat, feature: DistrictFeature): boolean {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polygons.some(([outer, ...holes]) => pointInRing(point, outer as LonLat[]) && !holes.some((hole) => pointInRing(point, hole as LonLat[])));
}

/**
 * The district a position lies in; for a point the simplified boundaries leave out (a caye, a
 * point on the coast), the district whose centre is nearest.
 */
export function districtOf(point: LonLat): string {
  const found = districtFeatures.find((feature) => inside(point, feature));
  if (found) return found.properties.id;
  const distance = (feature: DistrictFeature) => {
    const [x, y] = labelPoint(feature.geometry, feature.properties.capital_coordinates as LonLat);
    return (x - point[0]) ** 2 + (y - point[1]) ** 2;
  };
  return districtFeatures.reduce((best, feature) => (distance(feature) < distance(best) ? feature : best)).properties.id;
}
