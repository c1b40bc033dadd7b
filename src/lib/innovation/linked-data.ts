/**
 * Reuses in schema.org JSON-LD, as udata publishes them: a `CreativeWork` (an app or an API as a
 * `SoftwareApplication`, a website as a `WebSite`, an article or a study as theirs) that
 * `isBasedOn` the datasets it uses, each named by the address of its page, which is also the
 * `@id` of the `Dataset` described there.
 */
import type { Records, ReuseEntry } from '../content/records.ts';
import { absoluteUrl } from '../open-data/catalog.ts';
import { recordUrl } from '../urls.ts';
import { reuseTypes, themes } from '../../schemas/vocabularies.ts';

/**
 * Who made it: the organization itself when it signs the work, else the person or team, with the
 * organization they belong to. Teams are described as people, schema.org having no type for them.
 */
function author(name: string, organization?: { '@type': 'Organization'; name: string; url: string }) {
  if (organization?.name === name) return organization;
  return { '@type': 'Person', name, ...(organization && { affiliation: organization }) };
}

/** The JSON-LD of a reuse's page; `image` is the address of its screenshot, when it has one. */
export function reuseJsonLd(reuse: ReuseEntry, records: Pick<Records, 'organization' | 'district' | 'dataset'>, site: URL | string, image?: string) {
  const { data } = reuse;
  const page = absoluteUrl(recordUrl('reuses', reuse.id), site);
  const organization = data.author.organization ? records.organization(data.author.organization) : undefined;
  const type = reuseTypes[data.type].schemaType;
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': page,
    name: data.title,
    description: data.summary,
    // The work itself lives at its link; this page is about it.
    url: data.link ?? page,
    mainEntityOfPage: page,
    datePublished: data.date,
    genre: reuseTypes[data.type].label,
    author: author(data.author.name, organization && { '@type': 'Organization', name: organization.data.name, url: absoluteUrl(recordUrl('organizations', organization.id), site) }),
    isBasedOn: data.datasets.map((id) => ({ '@type': 'Dataset', '@id': absoluteUrl(recordUrl('datasets', id), site), name: records.dataset(id).data.title, url: absoluteUrl(recordUrl('datasets', id), site) })),
    ...(data.topics.length > 0 && { about: data.topics.map((topic) => ({ '@type': 'Thing', name: themes[topic] })) }),
    spatialCoverage: data.districts.length
      ? data.districts.map((id) => ({ '@type': 'Place', name: `${records.district(id).data.name} District, Belize` }))
      : { '@type': 'Place', name: 'Belize' },
    ...(image && { image }),
    // A SoftwareApplication names its kind; "civic app" in schema.org's free-text category.
    ...(type === 'SoftwareApplication' && { applicationCategory: data.type === 'api' ? 'DeveloperApplication' : 'Civic app' }),
  };
}
