/** Las reutilizaciones de los datos abiertos: su lista, sus filtros y la página de cada una. */
import type { Dictionary } from '../en/index.ts';

/** A label inside a sentence: `Aplicaciones` → `aplicaciones`, but `API` stays. */
const lower = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? `${label[0].toLowerCase()}${label.slice(1)}` : label);

export const reuses: Dictionary['reuses'] = {
  title: 'Reutilizaciones de los datos abiertos',
  description: 'Aplicaciones, sitios web, visualizaciones, API, ideas, artículos y estudios que personas de Belice crearon con los datos abiertos.',
  lede: 'Aplicaciones, sitios web, visualizaciones, API, ideas, artículos y estudios que personas de Belice crearon con los',
  ledeLink: 'datos abiertos',
  challenges: 'Desafíos de aplicaciones',
  askForData: 'Pedir un conjunto de datos',
  tellUs: 'Cuéntenos lo que creó',
  newestFirst: (reuses) => `${reuses}, las más recientes primero`,
  facetTitle: {
    type: (types) => `${types} que usan los datos abiertos`,
    district: (district) => `Reutilizaciones al servicio del distrito de ${district}`,
    dataset: (dataset) => `Reutilizaciones de “${dataset}”`,
  },
  facetDescription: (reuses, title) => `${reuses}: ${lower(title)}, con quién las hizo y los datos que usan.`,
  aboutDistrict: (district) => `Acerca del distrito de ${district}`,
  aboutDataset: 'Acerca del conjunto de datos',
  districtHeading: (district, n) => `Para el distrito de ${district} (${n})`,
  noneForDistrict: 'Aún no hay nada solo para este distrito; vea abajo lo que sirve a todo el país.',
  nationwideHeading: (district, n) => `Para todo el país, incluido ${district} (${n})`,
  noneNationwide: 'Aún no hay nada para todo el país.',
  all: 'Todas las reutilizaciones',
  showOnly: 'Mostrar solo',
  byFacet: { type: 'Por tipo', district: 'Por distrito', dataset: 'Por conjunto de datos usado' },

  by: (author) => `Por ${author}`,

  typeBy: (summary, type, author) => `${summary} ${type} de ${author}.`,
  type: 'Tipo',
  author: 'Autoría',
  aboutThem: 'más información',
  uses: 'Usa',
  serves: 'Al servicio de',
  allOfBelize: 'Todo Belice',
  published: 'Publicación',
  challengesEntered: 'Desafíos',
  prizeIn: (prize) => `${prize}, `,
  entryIn: 'Participación en ',
  elsewhere: '(en otro sitio)',
  noWebsite: 'Esta idea aún no tiene sitio web.',
  aboutIt: 'En qué consiste',
  topics: (topics) => `Temas: ${topics}.`,
  dataUsed: 'Los datos que usa',
  moreLikeIt: 'Otras parecidas:',
  allOfType: (types) => `la lista de ${lower(types)}`,
  otherReusesOf: (dataset) => `otras reutilizaciones de ${dataset}`,
};
