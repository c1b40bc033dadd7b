/**
 * Which district a point is in, for the per-district data files. The boundary file is coarse
 * (Natural Earth at 1:10 million): towns on the shore and the cayes (San Pedro, Caye Caulker,
 * Placencia) fall just outside every outline, so a point outside them all goes to the district
 * whose outline is nearest, which for every place in the sample data is its own.
 */
import { districtFeatures, type DistrictFeature } from './districts.ts';
import { pointInRing, type LonLat } from './svg-map.ts';

/** The polygons (outer ring, then holes) of a district. */
function polygonsOf(feature: DistrictFeature): LonLat[][][] {
  const { geometry } = feature;
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as unknown as LonLat[][][];
}

/** Whether a point lies inside a district's outline (and not in a hole of it). */
function inside(point: LonLat, feature: DistrictFeature): boolean {
  return polygonsOf(feature).some(([outer, ...holes]) => pointInRing(point, outer) && !holes.some((hole) => pointInRing(point, hole)));
}

/**
 * Distance from a point to a segment, in degrees of latitude, with longitudes shrunk by the
 * cosine of the latitude (equirectangular: exact enough to tell districts apart at this size).
 */
function segmentDistance([px, py]: LonLat, [ax, ay]: LonLat, [bx, by]: LonLat): number {
  const cos = Math.cos((py * Math.PI) / 180);
  const [x, x1, x2] = [px * cos, ax * cos, bx * cos];
  const [dx, dy] = [x2 - x1, by - ay];
  const t = dx || dy ? Math.max(0, Math.min(1, ((x - x1) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(x - x1 - t * dx, py - ay - t * dy);
}

/** How far a point is from a district's outline. */
function distanceTo(point: LonLat, feature: DistrictFeature): number {
  let nearest = Infinity;
  for (const polygon of polygonsOf(feature)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) nearest = Math.min(nearest, segmentDistance(point, ring[i - 1], ring[i]));
    }
  }
  return nearest;
}

/** The id of the district a point is in, or nearest to when it falls outside every outline. */
export function districtAt(point: LonLat): string {
  const containing = districtFeatures.find((feature) => inside(point, feature));
  if (containing) return containing.properties.id;
  return districtFeatures
    .map((feature) => ({ id: feature.properties.id, distance: distanceTo(point, feature) }))
    .sort((a, b) => a.distance - b.distance)[0].id;
}
