/** Every route of the site, in one place, so pages and exports never spell a URL by hand. */
import type { CollectionName } from '../schemas/collection-names.ts';
import type { CatalogFacet } from './facets.ts';

/** The folder of each collection's pages; plain pages sit at the root. */
const sections: Record<CollectionName, string> = {
  'action-plans': '/action-plans/',
  commitments: '/commitments/',
  meetings: '/meetings/',
  datasets: '/datasets/',
  organizations: '/organizations/',
  districts: '/districts/',
  pages: '/',
};

/** The index page of a collection. */
export function sectionUrl(collection: CollectionName): string {
  return sections[collection];
}

/** The page of one record. */
export function recordUrl(collection: CollectionName, id: string): string {
  return `${sections[collection]}${id}/`;
}

/** A page of the open data catalogue narrowed to one value of a facet: `/datasets/theme/health/`. */
export function facetUrl(facet: CatalogFacet, value: string): string {
  return `${sections.datasets}${facet}/${value}/`;
}
