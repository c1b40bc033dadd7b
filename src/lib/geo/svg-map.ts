/**
 * Projection and SVG path data for the static maps: pure functions, no DOM, so the maps are
 * built at build time and unit-tested. Equirectangular with longitudes scaled by the cosine of
 * the middle latitude: at Belize's size (2.6° of latitude) it is indistinguishable from Web
 * Mercator, and it keeps the arithmetic (and so the tests) obvious.
 */
import type { AreaGeometry } from '../../schemas/geo.ts';

/** A position as GeoJSON writes it: `[longitude, latitude]`. */
export type LonLat = readonly [number, number];

/** `[west, south, east, north]`, as GeoJSON's `bbox`. */
export type Bbox = readonly [number, number, number, number];

/** Maps positions into an SVG viewBox `0 0 width height`, north up. */
export interface Projection {
  width: number;
  height: number;
  project(point: LonLat): [number, number];
}

/** The smallest box holding every position. */
export function boundsOf(points: Iterable<LonLat>): Bbox {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    south = Math.min(south, lat);
    east = Math.max(east, lon);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

/**
 * A projection that fits `bbox` into `width` units (plus `margin` on every side), with a height
 * that keeps the shape: one degree of longitude is cos(middle latitude) of a degree of latitude.
 */
export function equirectangular(bbox: Bbox, width: number, margin = 0): Projection {
  const [west, south, east, north] = bbox;
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = (width - 2 * margin) / ((east - west) * cos || 1);
  return {
    width,
    height: Math.ceil((north - south) * scale + 2 * margin),
    project: ([lon, lat]) => [margin + (lon - west) * cos * scale, margin + (north - lat) * scale],
  };
}

/** The rings (outer and holes) of a polygon or multipolygon. */
export function ringsOf(geometry: AreaGeometry): LonLat[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat();
}

/** Numbers joined as SVG path data allows: a minus sign separates as well as a space. */
function joinNumbers(numbers: number[]): string {
  return numbers.reduce((text, n, i) => text + (i > 0 && n >= 0 ? ' ' : '') + n, '');
}

/** Rounds to `decimals` places, with no "-0". */
export function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}

/**
 * SVG path data for some rings: each an absolute move, then relative lines between positions
 * rounded to `decimals` (points that round onto the previous one are dropped), closed with `z`.
 * Rounding the absolute positions first keeps the relative steps from drifting.
 */
export function pathData(rings: LonLat[][], projection: Projection, decimals = 0): string {
  return rings
    .map((ring) => {
      const points = ring.map((point) => projection.project(point).map((v) => round(v, decimals)) as [number, number]);
      const [first] = points;
      const steps: number[] = [];
      let [px, py] = first;
      // GeoJSON repeats the first position at the end; `z` closes the ring instead.
      for (const [x, y] of points.slice(1, -1)) {
        if (x === px && y === py) continue;
        steps.push(round(x - px, decimals), round(y - py, decimals));
        [px, py] = [x, y];
      }
      return steps.length < 4 ? '' : `M${joinNumbers(first)}l${joinNumbers(steps)}z`;
    })
    .join('');
}

/** Twice the signed area and the centroid of a ring (shoelace formula), in degrees. */
function ringCentroid(ring: LonLat[]): { area: number; centroid: LonLat } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area, centroid: area ? [cx / (3 * area), cy / (3 * area)] : ring[0] };
}

/** Whether a position lies inside a ring (ray casting). */
export function pointInRing([x, y]: LonLat, ring: LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Where to write an area's name: the centroid of its largest outer ring (Belize District's
 * mainland, not its cayes), or `fallback` (its capital) when that centroid falls outside.
 */
export function labelPoint(geometry: AreaGeometry, fallback?: LonLat): LonLat {
  const outers = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((polygon) => polygon[0]);
  const largest = outers.map((ring) => ({ ring, ...ringCentroid(ring) })).sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0];
  return pointInRing(largest.centroid, largest.ring) || !fallback ? largest.centroid : fallback;
}

/** Shading classes for a choropleth: equal steps between the smallest and largest value. */
export interface ShadeClasses {
  /** The class (0 = lightest) of a value. */
  classOf(value: number): number;
  /** Each class's range, lowest first, for the legend. */
  ranges: Array<{ from: number; to: number }>;
}

/**
 * Up to `count` classes of whole numbers, in equal steps from the minimum to the maximum; fewer
 * when the values span fewer whole numbers (six districts with 9 to 11 records get 3 classes).
 */
export function shadeClasses(values: number[], count: number): ShadeClasses {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const classes = Math.max(1, Math.min(count, max - min + 1));
  const step = (max - min + 1) / classes;
  const ranges = Array.from({ length: classes }, (_, i) => ({ from: min + Math.ceil(i * step), to: min + Math.ceil((i + 1) * step) - 1 }));
  return {
    ranges,
    classOf: (value) => Math.max(0, ranges.findIndex((range) => value >= range.from && value <= range.to)),
  };
}
