/** Las palabras de una lista que se muestra página por página: el nombre de su paginación y lo que sus páginas siguientes conservan de la primera. */
import type { Dictionary } from '../en/index.ts';

export const lists: Dictionary['lists'] = {
  pages: {
    plans: 'Páginas de planes de acción',
    commitments: 'Páginas de compromisos',
    consultations: 'Páginas de consultas',
    meetings: 'Páginas de reuniones',
    catalogue: 'Páginas del catálogo',
    organizations: 'Páginas de organizaciones',
    challenges: 'Páginas de desafíos de aplicaciones',
    dataRequests: 'Páginas de solicitudes de datos',
  },
  pagesOf: (title) => `Páginas de la lista: ${title}`,
  browseDatasets: 'Explore los conjuntos de datos por institución que publica, tema, formato o distrito',
  related: {
    description: (title, name) => `${title}: la lista completa, desde la página de ${name} en el sitio de Gobierno Abierto.`,
    inAll: (n) => `: ${n} en total.`,
    inAllOfPlan: (n) => `: ${n} en total, del plan de acción vigente.`,
  },
};
