/**
 * schema.org JSON-LD for dataset search engines (Google Dataset Search reads it): a `Dataset` on
 * each dataset page, a `DataCatalog` on the catalogue page. Built from the same catalogue entries
 * as `data.json`, following https://developers.google.com/search/docs/appearance/structured-data/dataset.
 * The words that are the site's own (the catalogue's name and description, the contact's type)
 * are in the page's language; the data's values stay as published.
 */
import { absoluteUrl, type CatalogEntry } from './catalog.ts';
import { formatBytes } from '../content/files.ts';
import { settingsIn } from '../settings.ts';
import { sectionUrl } from '../urls.ts';
import { wordsIn, type Words } from '../i18n/words.ts';
import { defaultLanguage } from '../i18n/languages.ts';

// TODO(#18): the pages pass their `Astro.locals.t`; English until every caller does.
const english = () => wordsIn(defaultLanguage);

/** Google reads at most 5,000 characters of a dataset's description. */
const maxDescription = 5000;

function organization(t: Words, publisher: CatalogEntry['publisher'], contact?: CatalogEntry['contact']) {
  return {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    ...(contact && { contactPoint: { '@type': 'ContactPoint', name: contact.name, email: contact.email, contactType: t.words.developers.jsonLd.contactType } }),
  };
}

/** The catalogue a dataset belongs to, as schema.org names it. */
function catalogRef(site: URL | string, t: Words) {
  return { '@type': 'DataCatalog', name: t.words.developers.jsonLd.catalog(settingsIn(t.lang).title), url: absoluteUrl(sectionUrl('datasets'), site) };
}

/** A `Dataset` with its downloads, coverage, licence and dates. */
export function datasetJsonLd(entry: CatalogEntry, site: URL | string, t: Words = english()) {
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
    creator: organization(t, entry.publisher),
    publisher: organization(t, entry.publisher, entry.contact),
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
    includedInDataCatalog: catalogRef(site, t),
  };
}

/**
 * The `DataCatalog`, with the datasets of one page of the catalogue (`total` in all), each named
 * and linked to its page (which describes it fully): every page of the catalogue names the same
 * catalogue, so the whole of it is read page by page, as readers do.
 */
export function dataCatalogJsonLd(entries: CatalogEntry[], site: URL | string, total = entries.length, t: Words = english()) {
  return {
    '@context': 'https://schema.org',
    ...catalogRef(site, t),
    '@id': absoluteUrl(sectionUrl('datasets'), site),
    description: t.words.developers.jsonLd.catalogDescription(t.count(total, t.words.common.nouns.dataset)),
    publisher: { '@type': 'Organization', name: settingsIn(t.lang).title, url: absoluteUrl('/', site) },
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
