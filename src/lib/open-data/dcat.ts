/**
 * The DCAT-US 1.1 catalog (Project Open Data `data.json`, non-federal profile) that national and
 * regional portals harvest. Built from the catalogue entries; checked against the official
 * JSON Schema by tests/data-json.test.ts. Empty values are left out rather than sent as null.
 */
import { absoluteUrl, type CatalogEntry, type Distribution } from './catalog.ts';

/** The version of the schema the catalog follows. */
const dcatConformsTo = 'https://project-open-data.cio.gov/v1.1/schema';

/** The whole catalog. */
export function dcatCatalog(entries: CatalogEntry[], site: URL | string) {
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': absoluteUrl('/data.json', site),
    '@type': 'dcat:Catalog',
    conformsTo: dcatConformsTo,
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: entries.map(dcatDataset),
  };
}

/** One dataset. */
function dcatDataset(entry: CatalogEntry) {
  return {
    '@type': 'dcat:Dataset',
    identifier: entry.url,
    title: entry.title,
    description: entry.description,
    ...(entry.keywords.length > 0 && { keyword: entry.keywords }),
    issued: entry.issued,
    modified: entry.modified,
    publisher: {
      '@type': 'org:Organization',
      name: entry.publisher.name,
      ...(entry.publisher.parent && { subOrganizationOf: { '@type': 'org:Organization', name: entry.publisher.parent } }),
    },
    contactPoint: { '@type': 'vcard:Contact', fn: entry.contact.name, hasEmail: `mailto:${entry.contact.email}` },
    accessLevel: entry.accessLevel,
    license: entry.licence.url,
    landingPage: entry.url,
    theme: entry.themes,
    spatial: entry.spatial.bbox.join(','),
    ...(entry.temporal && { temporal: interval(entry) }),
    accrualPeriodicity: entry.accrualPeriodicity,
    language: ['en'],
    distribution: entry.distributions.map(dcatDistribution),
    ...translatedTexts(entry),
  };
}

/**
 * DCAT-US 1.1 takes `title` and `description` as plain strings (English here); its schema allows
 * further properties. So a translated dataset also carries its title and description as
 * language-tagged JSON-LD values of the same Dublin Core terms (`dct:title`, `dct:description`,
 * written as full IRIs so they do not depend on the context's prefixes), as DCAT-AP does for
 * multilingual catalogues: an RDF harvester reads both languages; a DCAT-US one reads English.
 */
function translatedTexts({ translations }: CatalogEntry) {
  const tagged = (key: 'title' | 'description') => Object.entries(translations).map(([lang, text]) => ({ '@language': lang, '@value': text![key] }));
  if (!Object.keys(translations).length) return {};
  return { 'http://purl.org/dc/terms/title': tagged('title'), 'http://purl.org/dc/terms/description': tagged('description') };
}

function dcatDistribution(distribution: Distribution) {
  return {
    '@type': 'dcat:Distribution',
    title: distribution.title,
    ...(distribution.description && { description: distribution.description }),
    format: distribution.format,
    mediaType: distribution.mediaType,
    ...(distribution.downloadURL && { downloadURL: distribution.downloadURL }),
    ...(distribution.accessURL && { accessURL: distribution.accessURL }),
    ...(distribution.describedBy && { describedBy: distribution.describedBy, describedByType: 'application/json' }),
  };
}

/** DCAT-US wants both ends of the period: an open period ends on the date last modified. */
function interval({ temporal, modified }: CatalogEntry): string {
  const { start, end } = temporal!;
  return `${start}/${end ?? (modified > start ? modified : start)}`;
}
