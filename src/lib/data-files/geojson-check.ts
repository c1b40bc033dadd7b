/**
 * Checks a dataset's GeoJSON file: it parses, it is a FeatureCollection, every feature has a
 * geometry of a known type, and every position is [longitude, latitude] inside Belize (with the
 * same words as the content's own coordinates, swapped pairs included).
 * Our own rather than @mapbox/geojsonhint: seventy lines, with messages an editor can act on
 * (Belize's extent, swapped coordinates) that a general validator does not give; covered by
 * tests/data-files-check.test.ts and the broken files in tests/fixtures/invalid-data/.
 */
import { lonLat } from '../../schemas/fields.ts';

/** Something wrong in a GeoJSON file: where (a line, or a path like `features[3].geometry`) and what. */
export interface GeojsonProblem {
  line?: number;
  path?: string;
  message: string;
}

/** How deep each geometry type nests its positions. */
const depth: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/** The problems of a GeoJSON text (at most `limit`), and its number of features. */
export function checkGeojson(text: string, limit = 10): { problems: GeojsonProblem[]; features: number } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    return { problems: [{ line: jsonErrorLine(text, message), message: `the file is not valid JSON (${message})` }], features: 0 };
  }
  const collection = json as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return { problems: [{ message: 'expected a GeoJSON FeatureCollection: an object with "type": "FeatureCollection" and a "features" list' }], features: 0 };
  }
  const problems: GeojsonProblem[] = [];
  const report = (path: string, message: string) => problems.length < limit && problems.push({ path, message });
  collection.features.forEach((feature: { type?: unknown; geometry?: unknown }, index: number) => {
    const path = `features[${index}]`;
    if (feature?.type !== 'Feature') report(path, 'expected an object with "type": "Feature"');
    else checkGeometry(feature.geometry, `${path}.geometry`, report);
  });
  return { problems, features: collection.features.length };
}

function checkGeometry(geometry: unknown, path: string, report: (path: string, message: string) => void) {
  const { type, coordinates, geometries } = (geometry ?? {}) as { type?: string; coordinates?: unknown; geometries?: unknown };
  if (!geometry) return report(path, 'the feature has no geometry: give its location');
  if (type === 'GeometryCollection' && Array.isArray(geometries)) {
    geometries.forEach((inner, i) => checkGeometry(inner, `${path}.geometries[${i}]`, report));
    return;
  }
  if (typeof type !== 'string' || !(type in depth)) return report(path, `unknown geometry type ${JSON.stringify(type)}: expected one of ${Object.keys(depth).join(', ')}`);
  checkPositions(coordinates, depth[type], `${path}.coordinates`, report);
}

function checkPositions(value: unknown, level: number, path: string, report: (path: string, message: string) => void) {
  if (level > 0) {
    if (!Array.isArray(value)) return report(path, 'expected a list of coordinates');
    value.forEach((inner, i) => checkPositions(inner, level - 1, `${path}[${i}]`, report));
    return;
  }
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return report(path, 'expected a position [longitude, latitude]');
  const result = lonLat().safeParse(value.slice(0, 2));
  if (!result.success) report(path, result.error.issues[0].message);
}

/** The line of a JSON.parse error, from V8's "(line N column M)" or its "position N". */
function jsonErrorLine(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
}
