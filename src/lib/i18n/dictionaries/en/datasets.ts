/** The open data catalogue: its list, its facet pages ("Browse the datasets") and a dataset's page. */
export const datasets = {
  /** The catalogue's page, also the breadcrumb back to it. */
  title: 'Open data',
  description: "Open datasets from Belize's government and civil society: files to download, with their licence, size and coverage.",
  lede: 'Data published under open licences, free to reuse, for example in apps that serve people in the districts. Each dataset page shows the file sizes and the first rows before you download.',
  /** "Building an app or a portal? [Open data for developers]: the whole catalogue as [DCAT-US data.json], and an API of …" */
  developers: {
    before: 'Building an app or a portal?',
    link: 'Open data for developers',
    catalogue: ': the whole catalogue as',
    after: ', and an API of commitments, meetings, datasets and places.',
  },
  /** "See what people built with it in the [reuses], take part in an [apps challenge], or, if … look at the [data requests] and [ask for it]." */
  elsewhere: {
    reuses: 'See what people built with it in the',
    reusesLink: 'reuses',
    challenge: ', take part in an',
    challengeLink: 'apps challenge',
    requests: ', or, if the data you need is missing, look at the',
    requestsLink: 'data requests',
    and: 'and',
    askLink: 'ask for it',
  },
  newestFirst: (datasets: string) => `${datasets}, newest first`,

  /** The facets ("Browse the datasets") on the catalogue and its facet pages. */
  browse: 'Browse the datasets',
  byFacet: { publisher: 'By publisher', theme: 'By theme', format: 'By format', district: 'By district' },
  /** What a facet page holds, after "Open data": `from Ministry of Health`, `on health`. */
  facet: {
    publisher: (name: string) => `from ${name}`,
    theme: (theme: string) => `on ${theme.toLowerCase()}`,
    format: (format: string) => `in ${format} format`,
    district: (district: string) => `for ${district} District`,
  },
  facetTitle: (what: string) => `Open data ${what}`,
  facetDescription: (datasets: string, what: string) => `${datasets} of Belize's open data: ${what}. Files to download with their licence, size and coverage.`,
  aboutPublisher: (name: string) => `About ${name}`,
  aboutDistrict: (district: string) => `About ${district} District`,
  districtHeading: (district: string, n: string) => `About ${district} District (${n})`,
  noneForDistrict: 'No dataset covers this district alone yet.',
  nationwideHeading: (district: string, n: string) => `Nationwide, including ${district} (${n})`,
  noneNationwide: 'No nationwide dataset yet.',
  all: 'All open data',

  /** A dataset's page. */
  publishedBy: (summary: string, publisher: string) => `${summary} Published by ${publisher}.`,
  publisher: 'Publisher',
  covers: 'Covers',
  licence: 'Licence',
  updated: 'Updated',
  lastModified: 'last modified',
  answers: 'Published in answer to',
  /** Before a data request's title in quotes. */
  theRequest: 'the data request',
  files: 'Files',
  file: 'File',
  format: 'Format',
  size: 'Size',
  dataDictionary: 'Data dictionary',
  externalLink: 'External link',
  columns: 'Columns (JSON)',
  none: 'None',
  about: 'About this data',
  details: 'Details',
  themes: 'Themes',
  keywords: 'Keywords',
  issued: 'First published',
  access: 'Access',
  contact: 'Contact',
  usedBy: 'Used by',
  everyReuse: 'Every reuse of this dataset, with pictures',
  noReuse: 'No app, website or study built on this data is listed yet.',
  builtSomething: 'Built something with it?',
  tellUs: 'Tell us',
  listedHere: ', and it will be listed here.',
  commitments: 'Commitments this data serves',
};
