/** The reuses of the open data: their list, its filters, and a reuse's page. */
export const reuses = {
  /** Every reuse. */
  title: 'Reuses of the open data',
  description: 'Apps, websites, visualisations, APIs, ideas, articles and studies that people in Belize built on the open data.',
  /** The lede: "… built on the [open data]." */
  lede: 'Apps, websites, visualisations, APIs, ideas, articles and studies that people in Belize built on the',
  ledeLink: 'open data',
  challenges: 'Apps challenges',
  askForData: 'Ask for a dataset',
  tellUs: 'Tell us what you built',
  newestFirst: (reuses: string) => `${reuses}, newest first`,
  /** A filter's page, by the filter: the type's plural, a district's name, a dataset's title. */
  facetTitle: {
    type: (types: string) => `${types} built on the open data`,
    district: (district: string) => `Reuses serving ${district} District`,
    dataset: (dataset: string) => `Reuses of “${dataset}”`,
  },
  facetDescription: (reuses: string, title: string) => `${reuses}: ${title.toLowerCase()}, with who made them and the data they use.`,
  aboutDistrict: (district: string) => `About ${district} District`,
  aboutDataset: 'About the dataset',
  districtHeading: (district: string, n: string) => `For ${district} District (${n})`,
  noneForDistrict: 'Nothing serves this district alone yet; see those for the whole country below.',
  nationwideHeading: (district: string, n: string) => `For the whole country, ${district} included (${n})`,
  noneNationwide: 'Nothing for the whole country yet.',
  all: 'All reuses',
  /** The filters. */
  showOnly: 'Show only',
  byFacet: { type: 'By type', district: 'By district', dataset: 'By dataset used' },

  /** In a list of reuses: `By Ana Cho, Code for Belize`. */
  by: (author: string) => `By ${author}`,

  /** A reuse's page. */
  typeBy: (summary: string, type: string, author: string) => `${summary} ${type} by ${author}.`,
  type: 'Type',
  author: 'By',
  aboutThem: 'about them',
  uses: 'Uses',
  serves: 'Serves',
  allOfBelize: 'All of Belize',
  published: 'Published',
  challengesEntered: 'Challenges',
  /** Before a challenge's title: the prize the reuse won in it, or that it was an entry. */
  prizeIn: (prize: string) => `${prize}, `,
  entryIn: 'Entry in ',
  elsewhere: '(on another site)',
  noWebsite: 'This idea has no website yet.',
  aboutIt: 'About it',
  topics: (topics: string) => `Topics: ${topics}.`,
  dataUsed: 'The data it uses',
  moreLikeIt: 'More like it:',
  allOfType: (types: string) => `all ${types.toLowerCase()}`,
  otherReusesOf: (dataset: string) => `other reuses of ${dataset}`,
};
