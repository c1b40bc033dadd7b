/** Las páginas de cambios: cada cambio a los registros del sitio, y su canal. */
import type { Dictionary } from '../en/index.ts';

export const changes: Dictionary['changes'] = {
  title: (c) => (c ? `Cambios en ${c.label.toLowerCase()}` : 'Cambios en el sitio'),
  description: (c) => `Cada cambio guardado ${c ? `en ${c.label.toLowerCase()}` : 'en el sitio'}, del más reciente al más antiguo: qué cambió, cuándo y quién lo hizo.`,
  breadcrumb: 'Cambios',
  lede: 'Cada cambio guardado al plan de acción, las reuniones, los datos abiertos y los demás registros, del más reciente al más antiguo. Cada uno es un commit en el repositorio Git del sitio; sígalos en un lector de canales con el',
  feed: 'canal Atom',
  end: '.',
  filters: 'Mostrar cambios a',
  everything: 'Todo',
  none: 'Aún no hay cambios.',
  record: (singular) => `${singular}:`,
  details: 'Detalles de este cambio',
  lastVersion: 'Su última versión:',
  onHistoryPage: 'en su página de historial',
  or: 'o',
  onHost: 'en el servidor Git',
  pages: 'Páginas de cambios',
};
