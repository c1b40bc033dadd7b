/** El nombre de cada colección para los lectores. */
import type { Dictionary } from '../en/index.ts';

export const collections: Dictionary['collections'] = {
  'action-plans': { label: 'Planes de acción', singular: 'Plan de acción', this: 'este plan de acción' },
  commitments: { label: 'Compromisos', singular: 'Compromiso', this: 'este compromiso' },
  meetings: { label: 'Reuniones', singular: 'Reunión', this: 'esta reunión' },
  datasets: { label: 'Conjuntos de datos', singular: 'Conjunto de datos', this: 'este conjunto de datos' },
  organizations: { label: 'Organizaciones', singular: 'Organización', this: 'esta organización' },
  districts: { label: 'Distritos', singular: 'Distrito', this: 'este distrito' },
  pages: { label: 'Páginas', singular: 'Página', this: 'esta página' },
  reuses: { label: 'Reutilizaciones', singular: 'Reutilización', this: 'esta reutilización' },
  'data-requests': { label: 'Solicitudes de datos', singular: 'Solicitud de datos', this: 'esta solicitud de datos' },
  challenges: { label: 'Desafíos', singular: 'Desafío', this: 'este desafío' },
  consultations: { label: 'Consultas', singular: 'Consulta', this: 'esta consulta' },
  'public-input': { label: 'Aportes del público', singular: 'Aporte del público', this: 'este aporte' },
};
