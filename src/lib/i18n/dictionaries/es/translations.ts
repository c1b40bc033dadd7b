/** La lista de lo que falta traducir, para los coordinadores. */
import type { Dictionary } from '../en/index.ts';

export const translations: Dictionary['translations'] = {
  title: 'Pendiente de traducción',
  description: 'Las páginas, planes, compromisos, reuniones, conjuntos de datos y consultas que aún no tienen traducción, o cuya traducción es anterior al texto en inglés: para los coordinadores.',
  lede: 'Cada registro se escribe primero en inglés. Una traducción contiene solo su texto (título, resumen, descripción y similares); las fechas, estados, organizaciones y archivos quedan en el registro en inglés. Mientras un registro no esté traducido, las páginas en otro idioma muestran su texto en inglés con un aviso.',
  how: 'Para traducir un registro, ábralo en el editor y elija el idioma en la parte superior del formulario.',
  heading: (language) => language.charAt(0).toLocaleUpperCase('es') + language.slice(1),
  summary: (missing, outdated) => `${missing} sin traducir, ${outdated} posiblemente desactualizados.`,
  firstOnly: (n) => `Abajo se listan los primeros ${n}.`,
  allDone: 'Todo está traducido.',
  record: 'Registro',
  kind: 'Tipo',
  state: 'Estado',
  edit: 'Editar',
  missing: 'Sin traducir',
  outdated: 'Posiblemente desactualizada: el texto en inglés cambió después de traducirse',
  editIn: (language) => `Traducir al ${language} en el editor`,
};
