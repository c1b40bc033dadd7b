/**
 * The page for app builders and harvesters (/developers/). Its paragraphs name files, fields and
 * addresses in `<code>`: they are written here as HTML, trusted like the rest of the dictionary,
 * with the values the page computes passed in (already escaped where they come from outside).
 */
export const developers = {
  title: 'Open data for developers',
  description: "Build apps and portals on Belize's open government data: a static API of commitments, meetings, datasets and places, a DCAT-US catalog, CSV files, licences and how to cite.",
  lede: 'Everything on this site is also published as data: free, with no key or sign-up, as plain files you can fetch from an app, a server or a spreadsheet.',
  rebuilt: 'The files are rebuilt whenever the site changes. They are static, so they are fast and cheap to fetch, and any web app may fetch them (<abbr title="Cross-Origin Resource Sharing">CORS</abbr> is open to every origin).',
  missing: (form: string, requests: string, api: string) => `Missing the data your app needs? <a href="${form}"><strong>Ask for a dataset</strong></a>: the organization that holds it answers on the list of <a href="${requests}">data requests</a>, which is also in the API (<a href="${api}"><code>data-requests.json</code></a>).`,
  /** "43 KB (9 KB compressed)". */
  size: (bytes: string, compressed: string) => `${bytes} (${compressed} compressed)`,
  /** "12 files, the largest 43 KB (9 KB compressed)". */
  family: (files: string, largest: string) => `${files}, the largest ${largest}`,
  file: { one: 'file', other: 'files' },
  feature: { one: 'feature', other: 'features' },
  api: {
    heading: 'The API: version 1',
    at: (base: string) => `All at <code>${base}</code>. Each JSON file has a JSON Schema beside it that says what every field means.`,
    table: 'API files',
    file: 'File',
    holds: 'What it holds',
    size: 'Size',
    schema: 'schema',
  },
  ways: {
    heading: 'Whole lists, single records and pages',
    intro: 'Each collection comes three ways, all with the same fields and in the same order:',
    whole: '<strong>The whole list</strong> in one file (<code>meetings.json</code>), for harvesters and for apps that keep everything on the device. It grows with the site; check its size above before downloading it on a phone.',
    record: '<strong>Each record</strong> in a file of its own, named by its id (<code>meetings/&lt;id&gt;.json</code>): the record exactly as in the whole list, with <code>$schema</code> and <code>generated</code>. For an app that shows one record: a few KB, however large the site grows.',
    pages: (perPage: string) => `<strong>An index, page by page</strong> (<code>meetings/pages/1.json</code>, <code>2.json</code>…): ${perPage} records a page, each with a few fields (id, title, dates, status, districts) and <code>api</code>, the address of its own file. Each page says <code>page</code>, <code>pages</code>, <code>perPage</code> and <code>total</code>, and links to the <code>first</code>, <code>last</code>, <code>prev</code> and <code>next</code> pages: follow <code>next</code> until there is none to walk the whole collection in small steps. No file but the whole lists exceeds 100 KB.`,
  },
  stable: {
    heading: 'Stable addresses',
    ids: 'Records are identified by their <code>id</code>, the name of their file, which does not change when a title does. Each record also gives its page (<code>url</code>) and the date its file last changed (<code>lastModified</code>).',
    references: "Records refer to each other by id: a commitment's <code>lead</code> is the <code>id</code> of an organization in <code>organizations.json</code>, its <code>districts</code> are ids of the features of <code>districts.geojson</code>.",
    versions: 'Version 1 only grows: fields may be added, none is removed or changes meaning. A change that would break an app gets a new address (<code>/api/v2/</code>), published beside this one.',
    formats: 'Every link in the data is absolute. Dates are written <code>YYYY-MM-DD</code>; coordinates <code>[longitude, latitude]</code> in WGS 84, as GeoJSON does.',
  },
  spreadsheets: {
    heading: 'The spreadsheets',
    text: "<code>commitments.csv</code> and <code>milestones.csv</code> have the labels of OGP's commitment template as column headings, and names rather than ids. They are UTF-8 with a byte order mark, so that Excel shows accented names correctly; most other programs ignore the mark (in Python, read them with <code>encoding=\"utf-8-sig\"</code>).",
  },
  mobile: {
    heading: 'Use it in a mobile app',
    nearMe: 'A "near me" list needs no server: <code>locations.geojson</code> holds every place on the site as a point, small enough to download once and filter on the phone.',
    districtHeading: 'Files for one district',
    district: (example: string, largest: string, whole: string) => `An app used in one district needs only that district's places. For <code>locations.geojson</code> and for every dataset with points, there is one file per district beside the national file: <code>${example}</code> holds what is in Orange Walk, and nothing else. The largest of the district files of places weighs ${largest}, against ${whole} for the whole country.`,
    split: (max: string, second: string) => `Each place is in the file of the district its position lies in. The district outlines are coarse, so a place on the shore or on a caye that falls outside all of them goes to the nearest district. Between them, the district files of a source hold every place of its national file, once. A district with more than ${max} features has more than one file (<code>${second}</code>…): each says its <code>page</code> among <code>pages</code> and links to the <code>next</code>, and <code>districts.geojson</code> lists each district's files of places.`,
    table: 'Files for one district',
    districtColumn: 'District',
    places: 'Places',
    wholeCountry: 'Whole country',
    /** `2 other datasets have points, with files named the same way (…)`. */
    more: (n: number, others: string, pattern: string) => `${others} ${n === 1 ? 'has' : 'have'} points, with files named the same way (<code>${pattern}</code>): each one's national file lists them (<code>districtFiles</code>).`,
    otherDataset: { one: 'other dataset', other: 'other datasets' },
    schemas: (places: string, datasets: string) => `The district files of places follow <a href="${places}">one schema</a>, those of the datasets <a href="${datasets}">another</a>; their features keep the properties the publisher gave them, described on the dataset's page.`,
    nearest: "For example, the nearest health facility and Wi-Fi hotspot, from the phone's position and its district's files only:",
    joining: 'Joining files by id, for example to list the commitments at work in a district with their lead agency:',
    keep: 'Keep the files on the phone and fetch them again now and then rather than on every screen: your users pay for every megabyte. Each JSON file says when it was built (<code>generated</code>) and each record when it last changed (<code>lastModified</code>).',
  },
  catalogue: {
    heading: 'The open data catalogue',
    dcat: (size: string) => `<a href="/data.json"><code>/data.json</code></a>: every dataset in <a href="https://resources.data.gov/resources/dcat-us/">DCAT-US 1.1</a> (Project Open Data), for national and regional portals to harvest; ${size}.`,
    pages: (datasets: string) => `Each <a href="${datasets}">dataset page</a> describes its dataset in schema.org JSON-LD, which dataset search engines read, and shows the first rows and the data dictionary of each CSV file.`,
    files: 'The files themselves are under <code>/files/datasets/</code>; each CSV\'s data dictionary (a <a href="https://specs.frictionlessdata.io/table-schema/">Frictionless Table Schema</a>) sits beside it.',
  },
  /** Where the maps' towns and boundaries come from (also in every page's footer; the API's files carry src/lib/geo/districts.ts's `districtCredit`, the same words). */
  mapCredit: 'Town locations: GeoNames (geonames.org), CC BY 4.0, coordinates rounded. District boundaries: Natural Earth (public domain).',
  licences: {
    heading: 'Licences',
    /** Followed by the licences used, as a list of links. */
    own: 'Each dataset states its own licence on its page, in <code>datasets.json</code> (<code>licenceUrl</code>) and in <code>data.json</code>. The datasets here use',
    rest: 'The rest (commitments, meetings, organizations and their texts) may be reused with attribution, like all the text of this site.',
    credit: 'Credit them wherever you show the boundaries or the capitals.',
  },
  cite: {
    heading: 'How to cite',
    dataset: 'A dataset: its publisher, the year it was first published, its title, this site and its address. For example:',
    kind: '[dataset]',
    whole: 'The API or the site as a whole:',
    api: 'Open Government API, version 1',
    day: 'Say the day you downloaded the data: it changes as the process goes on.',
  },
  /** The schema.org JSON-LD of the catalogue and of each dataset (src/lib/open-data/json-ld.ts). */
  jsonLd: {
    contactType: 'data enquiries',
    catalog: (site: string) => `${site}: open data`,
    catalogDescription: (datasets: string) => `Open data published for reuse by Belize's government and civil society through the Open Government process: ${datasets} with their files, licences and coverage.`,
  },
  questions: {
    heading: 'Questions',
    /** Around the contact address. */
    before: 'Write to the OGP point of contact,',
    after: ', or, for one dataset, to the contact on its page. If you build something with this data, let us know.',
  },
};
