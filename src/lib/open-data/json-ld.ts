/**
 * schema.org JSON-LD for dataset search engines (Google Dataset Search reads it): a `Dataset` on
 * each dataset page, a `DataCatalog` on the catalogue page. Built from the same catalogue entries
 * as `data.json`, following https://developers.google.com/search/docs/appearance/structured-data/dataset.
 */
import { absoluteUrl, type CatalogEntry } from './catalog.ts';
import { formatBytes } from '../content/files.ts';
import { siteSettings } from '../settings.ts';
import { sectionUrl } from '../urls.ts';

/** Google reads at most 5,000 characters of a dataset's description. */
const maxDescription = 5000;

function organization(publisher: CatalogEntry['publisher'], contact?: CatalogEntry['contact']) {
  return {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    ...(contact && { contactPoint: { '@type': 'ContactPoint', name: contact.name, email: contact.email, contactType: 'data enquiries' } }),
  };
}

/** The catalogue a dataset belongs to, as schema.org names it. */
function catalogRef(site: URL | string) {
  return { '@type': 'DataCatalog', name: `${siteSettings().title}: open data`, url: absoluteUrl(sectionUrl('datasets'), site) };
}

/** A `Dataset` with its downloads, coverage, licence and dates. */
export function datasetJsonLd(entry: CatalogEntry, site: URL | string) {
  const [west, south, east, north] = entry.spatial.bbox;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': entry.url,
    url: entry.url,
    identifier: entry.url,
    name: entry.title,
    description: entry.description.length > maxDescription ? `${entry.description.slice(0, maxDescription - 1)}…` : entry.description,
    keywords: [...entry.keywords, ...entry.themes],
    about: entry.themes.map((name) => ({ '@type': 'Thing', name })),
    license: entry.licence.url,
    isAccessibleForFree: entry.accessLevel === 'public',
    creator: organization(entry.publisher),
    publisher: organization(entry.publisher, entry.contact),
    datePublished: entry.issued,
    dateModified: entry.modified,
    // An open period is written "start/.." (ISO 8601-2), as Google's guide shows.
    ...(entry.temporal && { temporalCoverage: `${entry.temporal.start}/${entry.temporal.end ?? '..'}` }),
    spatialCoverage: {
      '@type': 'Place',
      name: entry.spatial.name,
      // schema.org boxes are "south west north east": two corners, latitude first.
      geo: { '@type': 'GeoShape', box: `${south} ${west} ${north} ${east}` },
    },
    ...(entry.variables.length > 0 && {
      variableMeasured: entry.variables.map((v) => ({ '@type': 'PropertyValue', name: v.name, ...(v.description && { description: v.description }), ...(v.unit && { unitText: v.unit }) })),
    }),
    distribution: entry.distributions.map((d) => ({
      '@type': 'DataDownload',
      name: d.title,
      encodingFormat: d.mediaType,
      contentUrl: d.downloadURL ?? d.accessURL,
      ...(d.bytes !== undefined && { contentSize: formatBytes(d.bytes) }),
    })),
    includedInDataCatalog: catalogRef(site),
  };
}

/**
 * The `DataCatalog`, with the datasets of one page of the catalogue (`total` in all), each named
 * and linked to its page (which describes it fully): every page of the catalogue names the same
 * catalogue, so the whole of it is read page by page, as readers do.
 */
export function dataCatalogJsonLd(entries: CatalogEntry[], site: URL | string, total = entries.length) {
  return {
    '@context': 'https://schema.org',
    ...catalogRef(site),
    '@id': absoluteUrl(sectionUrl('datasets'), site),
    description: `Open data published for reuse by Belize's government and civil society through the Open Government process: ${total} datasets with their files, licences and coverage.`,
    publisher: { '@type': 'Organization', name: siteSettings().title, url: absoluteUrl('/', site) },
    dataset: entries.map((entry) => ({
      '@type': 'Dataset',
      '@id': entry.url,
      url: entry.url,
      name: entry.title,
      description: entry.description.split('\n\n')[0],
      license: entry.licence.url,
    })),
  };
}
