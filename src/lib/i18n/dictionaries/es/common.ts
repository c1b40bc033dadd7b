/** Palabras que usa todo el sitio. */
import type { Dictionary } from '../en/index.ts';
import type { Noun } from '../en/common.ts';

const noun = (one: string, other: string): Noun => ({ one, other });

export const common: Dictionary['common'] = {
  nouns: {
    commitment: noun('compromiso', 'compromisos'),
    meeting: noun('reunión', 'reuniones'),
    dataset: noun('conjunto de datos', 'conjuntos de datos'),
    milestone: noun('hito', 'hitos'),
    organization: noun('organización', 'organizaciones'),
    district: noun('distrito', 'distritos'),
    consultation: noun('consulta', 'consultas'),
    reuse: noun('reutilización', 'reutilizaciones'),
    dataRequest: noun('solicitud de datos', 'solicitudes de datos'),
    challenge: noun('desafío', 'desafíos'),
    plan: noun('plan de acción', 'planes de acción'),
    page: noun('página', 'páginas'),
    change: noun('cambio', 'cambios'),
    line: noun('línea', 'líneas'),
    row: noun('fila', 'filas'),
    result: noun('resultado', 'resultados'),
    day: noun('día', 'días'),
    month: noun('mes', 'meses'),
    year: noun('año', 'años'),
    activity: noun('actividad', 'actividades'),
    place: noun('lugar', 'lugares'),
    piece: noun('aporte', 'aportes'),
  },
  nationwide: 'Todo el país',
  tasks: { done: 'Hecho', notDone: 'Pendiente' },
  added: (lines) => `${lines} añadidas`,
  removed: (lines) => `${lines} eliminadas`,
  changed: 'modificado',
  period: (start, end) => `del ${start} al ${end}`,
  from: (start) => `desde el ${start}`,
  times: (n) => (n === 1 ? 'una vez' : `${n} veces`),
  changeKinds: { added: 'Añadido', changed: 'Modificado', removed: 'Eliminado' },
};
