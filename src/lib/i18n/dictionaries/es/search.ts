/** La página de búsqueda, sus filtros, las palabras de su script y los datos que el índice guarda de cada registro. */
import type { Dictionary } from '../en/index.ts';

export const search: Dictionary['search'] = {
  title: 'Buscar',
  description: 'Busque compromisos, hitos, actas de reuniones, conjuntos de datos, organizaciones y distritos, y acote los resultados por distrito, estado, organización y año.',
  label: 'Buscar',
  button: 'Buscar',
  archive: (records, since) => `Buscar también en el archivo: ${records} anteriores al ${since}`,
  archived: { one: 'compromiso, reunión, conjunto de datos o plan de acción', other: 'compromisos, reuniones, conjuntos de datos y planes de acción' },
  refine: 'Filtrar los resultados',
  noJs: 'La búsqueda funciona en su navegador y necesita JavaScript. Sin él, puede llegar a cada registro desde estas páginas:',
  allCommitments: 'Todos los compromisos en una tabla',
  more: 'Más resultados',
  filters: { type: 'Tipo', district: 'Distrito', status: 'Estado', milestones: 'Hitos', organization: 'Organización', year: 'Año' },
  prompt: 'Escriba una palabra o elija un filtro para buscar.',
  searching: 'Buscando…',
  result: { one: 'resultado', other: 'resultados' },
  forQuery: (query) => ` para «${query}»`,
  inFilters: (filters) => ` en ${filters}`,
  since: (date) => ` desde el ${date}`,
  milestoneStates: { complete: 'Completo', overdue: 'Atrasado', unfinished: 'No terminado', upcoming: 'Aún no iniciado', 'in-progress': 'En curso' },
  online: 'En línea',
  published: (date) => `Publicado el ${date}`,
  received: (date) => `Recibida el ${date}`,
  by: (name) => `Por ${name}`,
  district: (name) => `Distrito de ${name}`,
};
