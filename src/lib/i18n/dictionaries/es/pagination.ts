/** Las palabras de las páginas de una lista. */
import type { Dictionary } from '../en/index.ts';

export const pagination: Dictionary['pagination'] = {
  title: (title, n, count) => `${title}, página ${n} de ${count}`,
  range: (first, last, total) => `${first} a ${last} de ${total}`,
  none: (things) => `Ningún resultado: 0 ${things}`,
  previous: 'Anterior',
  next: 'Siguiente',
  page: ' página',
  pageNumber: 'Página ',
};
