/** El marco de cada página. */
import type { Dictionary } from '../en/index.ts';

export const site: Dictionary['site'] = {
  skipLink: 'Saltar al contenido principal',
  searchLabel: 'Buscar en el sitio',
  searchButton: 'Buscar',
  mainNav: 'Principal',
  nav: {
    plans: 'Plan de acción',
    meetings: 'Reuniones',
    takePart: 'Participe',
    data: 'Datos abiertos',
    districts: 'Distritos',
    map: 'Mapa',
    organizations: 'Organizaciones',
  },
  breadcrumb: 'Ruta de navegación',
  home: 'Inicio',
  illustrative: {
    title: 'Contenido ilustrativo.',
    text: 'Los compromisos, reuniones, personas y datos de este sitio son ejemplos que muestran cómo funciona. No son registros oficiales.',
  },
  footer: {
    about: 'Sobre este sitio',
    allCommitments: 'Todos los compromisos',
    calendar: 'Calendario',
    search: 'Buscar',
    developers: 'Datos abiertos para desarrolladores',
    editors: 'Acceso para editores',
    contact: 'Escriba al punto de contacto de OGP:',
    maps: 'Mapas:',
    translations: 'Pendiente de traducción',
  },
  feeds: {
    site: (site) => `Cambios en ${site}`,
    record: (thisRecord) => `Cambios en ${thisRecord}`,
  },
  languages: 'Idiomas',
  readIn: 'Leer esta página en',
  fallback: {
    notice: 'Este texto aún no se ha traducido; se muestra en inglés.',
    outdated: 'La traducción de este texto puede estar desactualizada: el texto en inglés cambió después de traducirse.',
    ask: 'Solicitar una traducción',
  },
};

export const notFound: Dictionary['notFound'] = {
  title: 'Página no encontrada',
  description: 'La página que buscó no está en este sitio. Aquí encontrará el plan de acción, las reuniones, los datos abiertos y los distritos.',
  lede: 'Si escribió la dirección, verifique que sea correcta. Si siguió un enlace, la página puede haberse movido: los registros conservan su dirección, pero un registro eliminado deja de publicarse.',
  goTo: 'Puede buscar en el sitio con la casilla de arriba, o ir a:',
  home: 'La página de inicio',
};
