/** What a dataset page shows inside its files: CSV previews, data dictionaries, GeoJSON features. */
import { tableFieldTypes } from '../../../../schemas/table-schema.ts';
import type { Noun } from './common.ts';

const noun = (one: string, other: string): Noun => ({ one, other });

export const dataFiles = {
  inside: 'Inside the files',
  nouns: { column: noun('column', 'columns'), feature: noun('feature', 'features') },
  /** `120 rows and 6 columns, 8 KB.` */
  csvFigures: (rows: string, columns: string, size: string) => `${rows} and ${columns}, ${size}.`,
  downloadCsv: 'Download the CSV',
  firstRowsLabel: (file: string) => `${file}: first rows`,
  /** The preview table's caption: `The first 10 of 120 rows`, `All 8 rows`. */
  firstRows: (shown: string, rows: string) => `The first ${shown} of ${rows}`,
  allRows: (rows: string) => `All ${rows}`,
  dictionary: 'Data dictionary',
  dictionaryLabel: (file: string) => `${file}: data dictionary`,
  column: 'Column',
  type: 'Type',
  description: 'Description',
  unit: 'Unit',
  /** A data dictionary's column types (Frictionless Table Schema), as the schema names them. */
  fieldTypes: tableFieldTypes as Record<keyof typeof tableFieldTypes, string>,
  downloadDictionary: 'Download the data dictionary',
  dictionaryFormat: '(Frictionless Table Schema, JSON)',
  /** `32 features: 32 points, 12 KB.`; the geometries part only when there are any. */
  geojsonFigures: (features: string, geometries: string | undefined, size: string) => `${features}${geometries ? `: ${geometries}` : ''}, ${size}.`,
  downloadGeojson: 'Download the GeoJSON',
  pointsOnMap: 'Its points are the dots on the map at the top of this page.',
  /** GeoJSON geometry types, counted: `3 points`, `1 multi-polygon`. */
  geometries: {
    Point: noun('point', 'points'),
    MultiPoint: noun('multi-point', 'multi-points'),
    LineString: noun('line', 'lines'),
    MultiLineString: noun('multi-line', 'multi-lines'),
    Polygon: noun('polygon', 'polygons'),
    MultiPolygon: noun('multi-polygon', 'multi-polygons'),
    GeometryCollection: noun('geometry collection', 'geometry collections'),
  } as Record<string, Noun>,
  /** A geometry type the list above does not name. */
  otherGeometry: (type: string) => noun(`${type} geometry`, `${type} geometries`),
};
