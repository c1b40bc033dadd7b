/** Los distritos de Belice: su lista, la página de cada uno y sus listas largas completas. */
import type { Dictionary } from '../en/index.ts';

export const districts: Dictionary['districts'] = {
  name: (name) => `Distrito de ${name}`,
  list: {
    title: 'Distritos',
    description: 'Lo que el plan de acción de Gobierno Abierto, el Mecanismo de Coordinación y los datos abiertos hacen en cada uno de los seis distritos de Belice.',
    lede: 'Los seis distritos de Belice, de norte a sur, con lo que concierne a cada uno. Los compromisos y conjuntos de datos de alcance nacional cuentan para todos los distritos y aparecen en la página de cada distrito.',
    caption: 'Compromisos, reuniones y conjuntos de datos por distrito',
  },
  page: {
    description: (summary, name) => `${summary} Compromisos, reuniones y datos abiertos del ${name}.`,
    caption: (code) => `Distrito · ${code}`,
    capital: 'Cabecera',
    inThisDistrict: 'En este distrito',
    inIt: (own, nationwide, meetings, datasets) => `${own} propios y ${nationwide} de alcance nacional; ${meetings}; ${datasets}`,
    commitments: (name) => `Compromisos en el ${name}`,
    noCommitments: 'Ningún compromiso del plan de acción vigente nombra solo a este distrito; vea los de alcance nacional más abajo.',
    nationwideCommitments: 'Compromisos de alcance nacional',
    allCommitments: (commitments, name) => `Los ${commitments} del ${name}`,
    meetings: 'Reuniones celebradas aquí',
    noMeetings: (name) => `El Mecanismo de Coordinación aún no ha celebrado ninguna reunión en el ${name}.`,
    allMeetings: (meetings, name) => `Las ${meetings} celebradas en el ${name}`,
    data: (name) => `Datos abiertos sobre el ${name}`,
    noData: 'Ningún conjunto de datos cubre solo a este distrito.',
    nationwideData: 'Conjuntos de datos de alcance nacional que lo incluyen',
    allData: (datasets, name) => `Los ${datasets} del ${name}`,
    reuses: (name) => `Creado con datos abiertos para el ${name}`,
    noReuses: 'Aún no hay ninguna aplicación, sitio web o estudio solo para este distrito.',
    allReuses: (reuses, name, n) => `${reuses} ${n === 1 ? 'que sirve' : 'que sirven'} al ${name}, incluidas las de todo el país`,
    organizations: 'Organizaciones con sede aquí',
    allOrganizations: (organizations, name) => `Las ${organizations} con sede en el ${name}`,
  },
  related: {
    commitments: (name) => `Compromisos del ${name}`,
    meetings: (name) => `Reuniones celebradas en el ${name}`,
    organizations: (name) => `Organizaciones con sede en el ${name}`,
    own: 'Propios',
    nationwide: 'De alcance nacional',
  },
};
