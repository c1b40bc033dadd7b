/** The maps: the interactive map and its lists of places, the districts' overview, and the small maps of record pages. */
import type { Noun } from './common.ts';

export const maps = {
  /** The interactive map's page. */
  page: {
    title: 'Map',
    description: 'An interactive map of Belize\'s districts with the Coordination Mechanism\'s meeting venues, the action plan\'s sites and the places in the open data, each linked to its page.',
    /** "… the [districts page] has a lighter map and the figures for each district." */
    lede: 'Where the Open Government process acts: the six districts, the venues of the Coordination Mechanism\'s meetings, the sites of commitments, and the places in the open data. The map loads when you reach it (about 60 KB), and each district\'s places when you zoom in on it; the',
    ledeLink: 'districts page',
    ledeAfter: 'has a lighter map and the figures for each district.',
  },
  /** A district's places, as a list. */
  places: {
    title: (district: string) => `Places in ${district}`,
    description: (district: string) => `The meeting venues, commitment sites and points of open data in ${district} that the map shows, each with the pages that mention it.`,
    /** "What the [map] shows in [Cayo District], each place with the pages that mention it." */
    lede: { before: 'What the', map: 'map', shows: 'shows in', after: ', each place with the pages that mention it.' },
    none: (district: string) => `No place in ${district} yet.`,
  },
  /** The interactive map (src/components/InteractiveMap.astro, src/scripts/live-map.ts). */
  live: {
    credit: (credit: string) => `Maps: ${credit}`,
    label: 'Interactive map of Belize\'s districts and places',
    noScript: 'The interactive map appears here when JavaScript is on. Everything it shows is listed beside it.',
    help: 'Each district shows how many places it holds: select the number, or zoom in, to see them, then select a dot to see what it is, with links to its pages. With a keyboard: Tab to the map, then the arrow keys move it and + or − zoom. Every place is also listed, district by district.',
    heading: 'What the map shows',
    /** A legend's entry: `Districts (6)`, `Meeting venues (9)`. */
    layer: (label: string, n: string) => `${label} (${n})`,
    districts: 'Districts',
    /** A place of each kind, counted. */
    kinds: {
      venue: { one: 'meeting venue', other: 'meeting venues' } as Noun,
      site: { one: 'commitment site', other: 'commitment sites' } as Noun,
      data: { one: 'point from open data', other: 'points from open data' } as Noun,
    },
    /** "2 meeting venues and 1 commitment site: [list the 3 places]" */
    listIt: 'list it',
    listThem: (places: string) => `list the ${places}`,
    noPlace: 'No place on the map.',
    /** What touches a district, in its popup: `7 commitments, 1 meeting and 6 datasets touch it.` */
    touchIt: (counts: string) => `${counts} touch it.`,
    itsPage: (district: string) => `${district}: its page`,
    showIts: (district: string, places: string) => `${district}: show its ${places}`,
    failed: 'The map could not be loaded. Every place on it is listed below.',
    layers: 'Show on the map',
    showing: (places: string, districts: string) => `Showing ${places}: ${districts}.`,
    select: 'Select a district\'s number, or zoom in, to see its places.',
    /** The button beside each district: "Show [Cayo District] on map". */
    show: { before: 'Show ', after: 'on map' },
  },
  /** The districts at a glance (src/components/DistrictOverview.astro). */
  overview: {
    label: 'Map of Belize\'s six districts, each a link to its page',
    area: (district: string, counts: string) => `${district}: ${counts}`,
    keyTitle: 'Commitments, meetings and datasets touching the district',
    range: (from: string, to: string) => `${from} to ${to}`,
    note: 'The number on each district is its total; the table gives the details. Nationwide commitments and datasets count for every district.',
    columns: { district: 'District', capital: 'Capital', commitments: 'Commitments', meetings: 'Meetings', datasets: 'Datasets', total: 'Total' },
  },
  /** Where a district lies (src/components/LocatorMap.astro). */
  locator: {
    here: (district: string) => `${district} (this page)`,
    caption: (district: string) => `Map: ${district}, hatched, among Belize's six districts. Select another district on the map to go to its page.`,
  },
  /** A record's small map (src/components/RecordMap.astro): its caption, sentence by sentence. */
  record: {
    map: 'Map:',
    /** `Cayo and Toledo districts, hatched.` */
    districts: (names: string, n: number) => `${names} ${n === 1 ? 'District' : 'districts'}, hatched.`,
    nationwide: 'Nationwide: all six districts, hatched.',
    sites: (sites: string, n: number) => (n === 1 ? `Its site is the dot: ${sites}.` : `Its ${n} sites are the dots: ${sites}.`),
    venue: (venue: string) => `The venue, ${venue}, is the dot.`,
    box: (west: string, east: string, south: string, north: string) => `The dashed box is the area the data covers: ${west} to ${east}, ${south} to ${north}.`,
    /** A longitude or latitude: `88.5° W`. */
    degrees: (value: string, direction: 'E' | 'W' | 'N' | 'S') => `${value}° ${direction}`,
    points: (points: string, file: string, features: string) => `The dots are the ${points} of “${file}”, a file of ${features}.`,
    point: { one: 'point', other: 'points' } as Noun,
    feature: { one: 'feature', other: 'features' } as Noun,
  },
};
