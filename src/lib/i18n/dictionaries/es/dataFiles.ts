/** Lo que la página de un conjunto de datos muestra de sus archivos. */
import type { Dictionary } from '../en/index.ts';
import type { Noun } from '../en/common.ts';

const noun = (one: string, other: string): Noun => ({ one, other });

export const dataFiles: Dictionary['dataFiles'] = {
  inside: 'Dentro de los archivos',
  nouns: { column: noun('columna', 'columnas'), feature: noun('elemento', 'elementos') },
  csvFigures: (rows, columns, size) => `${rows} y ${columns}, ${size}.`,
  downloadCsv: 'Descargar el CSV',
  firstRowsLabel: (file) => `${file}: primeras filas`,
  firstRows: (shown, rows) => `Las primeras ${shown} de ${rows}`,
  allRows: (rows) => `Las ${rows}`,
  dictionary: 'Diccionario de datos',
  dictionaryLabel: (file) => `${file}: diccionario de datos`,
  column: 'Columna',
  type: 'Tipo',
  description: 'Descripción',
  unit: 'Unidad',
  fieldTypes: {
    string: 'Texto',
    number: 'Número',
    integer: 'Número entero',
    boolean: 'verdadero o falso',
    date: 'Fecha (AAAA-MM-DD)',
    time: 'Hora (HH:MM:SS)',
    datetime: 'Fecha y hora (ISO 8601)',
    year: 'Año (AAAA)',
    yearmonth: 'Mes (AAAA-MM)',
    any: 'Cualquier valor',
  },
  downloadDictionary: 'Descargar el diccionario de datos',
  dictionaryFormat: '(Frictionless Table Schema, JSON)',
  geojsonFigures: (features, geometries, size) => `${features}${geometries ? `: ${geometries}` : ''}, ${size}.`,
  downloadGeojson: 'Descargar el GeoJSON',
  pointsOnMap: 'Sus puntos son los que aparecen en el mapa al inicio de esta página.',
  geometries: {
    Point: noun('punto', 'puntos'),
    MultiPoint: noun('multipunto', 'multipuntos'),
    LineString: noun('línea', 'líneas'),
    MultiLineString: noun('multilínea', 'multilíneas'),
    Polygon: noun('polígono', 'polígonos'),
    MultiPolygon: noun('multipolígono', 'multipolígonos'),
    GeometryCollection: noun('colección de geometrías', 'colecciones de geometrías'),
  },
  otherGeometry: (type) => noun(`geometría ${type}`, `geometrías ${type}`),
};
