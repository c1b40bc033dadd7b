/** The six districts projected for an SVG map of a given width, computed once per size. */
import { districtFeatures } from './districts.ts';
import { boundsOf, equirectangular, labelPoint, pathData, ringsOf, round, type Bbox, type LonLat, type Projection } from './svg-map.ts';

/** A district ready to draw: its outline as path data and where its name goes. */
export interface DistrictShape {
  id: string;
  name: string;
  d: string;
  label: [number, number];
}

/** Everything a map needs: the projection (for points) and the districts' shapes. */
export interface DistrictMapGeometry {
  projection: Projection;
  shapes: DistrictShape[];
}

/** The box around the six districts. */
export const districtBounds: Bbox = boundsOf(districtFeatures.flatMap((feature) => ringsOf(feature.geometry).flat()));

/** Room around the outline for strokes and markers, in viewBox units. */
const margin = 4;

const cache = new Map<string, DistrictMapGeometry>();

/**
 * The districts drawn `width` units wide (whole units: the maps are at most a few hundred pixels
 * wide), framed to hold them and any `points` outside them, such as a caye or an atoll.
 */
export function districtMap(width: number, points: LonLat[] = []): DistrictMapGeometry {
  const frame = boundsOf([[districtBounds[0], districtBounds[1]], [districtBounds[2], districtBounds[3]], ...points]);
  const key = `${width}|${frame.join(',')}`;
  if (!cache.has(key)) {
    const projection = equirectangular(frame, width, margin);
    const shapes = districtFeatures.map((feature) => ({
      id: feature.properties.id,
      name: feature.properties.name,
      d: pathData(ringsOf(feature.geometry), projection),
      label: projection.project(labelPoint(feature.geometry, feature.properties.capital_coordinates)).map((v) => round(v)) as [number, number],
    }));
    cache.set(key, { projection, shapes });
  }
  return cache.get(key)!;
}
