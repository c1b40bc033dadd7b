/** Every route of the site, in one place, so pages and exports never spell a URL by hand. */
import type { CollectionName } from '../schemas/collection-names.ts';
import type { CatalogFacet } from './open-data/facets.ts';
import type { ReuseFacet } from './innovation/reuse-facets.ts';

/** The folder of each collection's pages; plain pages sit at the root. */
const sections: Record<CollectionName, string> = {
  'action-plans': '/action-plans/',
  commitments: '/commitments/',
  meetings: '/meetings/',
  datasets: '/datasets/',
  organizations: '/organizations/',
  districts: '/districts/',
  pages: '/',
  reuses: '/reuses/',
  'data-requests': '/data-requests/',
  challenges: '/challenges/',
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

/** The reuses narrowed to one type, district or dataset: `/reuses/type/app/`, `/reuses/dataset/public-wifi-hotspots/`. */
export function reuseFacetUrl(facet: ReuseFacet, value: string): string {
  return `${sections.reuses}${facet}/${value}/`;
}

/** The static API's folder: every file of version 1 is under it. */
export const apiBase = '/api/v1/';

/** A file of the API, `/api/v1/locations/toledo.geojson`. */
export function apiUrl(name: string): string {
  return `${apiBase}${name}`;
}

/** The change history of one record: `/commitments/open-contracting/history/`, `/about/history/`; with a commit, that commit's entry on it. */
export function historyUrl(collection: CollectionName, id: string, commit?: string): string {
  return `${recordUrl(collection, id)}history/${commit ? `#${commitAnchor(commit)}` : ''}`;
}

/** The id of a commit's entry on a history page. */
export function commitAnchor(commit: string): string {
  return `commit-${commit.slice(0, 7)}`;
}

/** The Atom feed of one commitment's changes. */
export function commitmentFeedUrl(id: string): string {
  return `${recordUrl('commitments', id)}feed.xml`;
}

/** The site-wide list of changes, all of them or one collection's, page by page: `/changes/commitments/2/`. */
export function changesUrl(collection?: CollectionName, page = 1): string {
  return `/changes/${collection ? `${collection}/` : ''}${page > 1 ? `${page}/` : ''}`;
}

/** The Atom feed of every change. */
export const changesFeedUrl = '/changes/feed.xml';

/** What the site was built from: commit, date, branch, record counts. */
export const buildInfoUrl = '/build.json';

/** The Git host's pages (GitHub's URL scheme, also GitLab's and Gitea's) for the repository in the site settings. */
export function gitHostUrls(repository: { url: string; branch: string } | undefined) {
  if (!repository) return undefined;
  const base = repository.url.replace(/\/+$/, '').replace(/\.git$/, '');
  return {
    /** One commit. */
    commit: (sha: string) => `${base}/commit/${sha}`,
    /** A file as it was at a commit. */
    file: (sha: string, path: string) => `${base}/blob/${sha}/${path}`,
    /** Every commit that touched a file, on the branch the site is built from. */
    fileHistory: (path: string) => `${base}/commits/${repository.branch}/${path}`,
  };
}
