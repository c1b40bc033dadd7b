/** La página de inicio. */
import type { Dictionary } from '../en/index.ts';

export const home: Dictionary['home'] = {
  title: 'Gobierno Abierto en Belice',
  lede: 'En Belice, el gobierno y la sociedad civil escriben juntos un plan de acción nacional, le dan seguimiento en un foro abierto y publican datos que cualquiera puede reutilizar. Este sitio lo publica todo: lo que se prometió, lo que se hizo, lo que se decidió y los datos que lo respaldan.',
  atAGlance: 'El plan de acción de un vistazo',
  openForInput: 'Abierto a sus aportes',
  allConsultations: 'Todas las consultas, y las respuestas a cada aporte',
  latestMeetings: 'Últimas reuniones',
  allMeetings: 'Todas las reuniones y actas',
  newestData: 'Datos abiertos más recientes',
  allDatasets: (datasets) => `Los ${datasets}`,
  builtWithData: 'Hecho con datos abiertos',
  allReuses: (reuses) => `Las ${reuses}: aplicaciones, sitios web, estudios y más`,
  districts: 'Los distritos',
  districtsCaption: 'Qué se refiere a cada distrito',
};
