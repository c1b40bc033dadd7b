/** Every route of the site, in one place, so pages and exports never spell a URL by hand. */
import type { CollectionName } from '../schemas/collection-names.ts';
import type { CatalogFacet } from './open-data/facets.ts';

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

/** The index page of a collection; with a page number, that page of it: `/meetings/page/2/`. */
export function sectionUrl(collection: CollectionName, page = 1): string {
  return pageUrl(sections[collection], page);
}

/** Page `n` of a list whose first page is at `base`: `base` itself for the first, `<base>page/<n>/` for the others (src/lib/pagination/). */
export function pageUrl(base: string, n: number): string {
  return n > 1 ? `${base}page/${n}/` : base;
}

/** The page of one record. */
export function recordUrl(collection: CollectionName, id: string): string {
  return `${sections[collection]}${id}/`;
}

/** A page of the open data catalogue narrowed to one value of a facet: `/datasets/theme/health/`, `/datasets/theme/health/page/2/`. */
export function facetUrl(facet: CatalogFacet, value: string, page = 1): string {
  return pageUrl(`${sections.datasets}${facet}/${value}/`, page);
}

/** The lists a record's page previews and links in full (src/lib/content/related.ts). */
export type RelatedList = 'commitments' | 'meetings' | 'organizations';

/** The whole list of what touches a record, page by page: `/districts/cayo/meetings/`, `/organizations/ministry-of-health/commitments/page/2/`. */
export function relatedUrl(collection: CollectionName, id: string, list: RelatedList, page = 1): string {
  return pageUrl(`${recordUrl(collection, id)}${list}/`, page);
}

/**
 * The change history of one record: `/commitments/open-contracting/history/`, `/about/history/`,
 * its later pages `…/history/page/2/`; with a commit, that commit's entry on the page given.
 */
export function historyUrl(collection: CollectionName, id: string, commit?: string, page = 1): string {
  return `${pageUrl(`${recordUrl(collection, id)}history/`, page)}${commit ? `#${commitAnchor(commit)}` : ''}`;
}

/** The id of a commit's entry on a history page. */
export function commitAnchor(commit: string): string {
  return `commit-${commit.slice(0, 7)}`;
}

/** The interactive map (src/pages/map.astro). */
export const mapUrl = '/map/';

/** The places of one district that the map shows, as a list, page by page: `/map/cayo/`, `/map/cayo/page/2/`. */
export function placesUrl(district: string, page = 1): string {
  return pageUrl(`${mapUrl}${district}/`, page);
}

/** The Atom feed of one commitment's changes. */
export function commitmentFeedUrl(id: string): string {
  return `${recordUrl('commitments', id)}feed.xml`;
}

/** The site-wide list of changes, all of them or one collection's, page by page: `/changes/commitments/page/2/`. */
export function changesUrl(collection?: CollectionName, page = 1): string {
  return pageUrl(`/changes/${collection ? `${collection}/` : ''}`, page);
}

/** The Atom feed of every change. */
export const changesFeedUrl = '/changes/feed.xml';

/** What the site was built from: commit, date, branch, record counts. */
export const buildInfoUrl = '/build.json';

/** Where the files of `content/files/` are published (src/integrations/content-files.ts). */
export const filesUrl = '/files/';

/** The editor, Decap CMS (src/integrations/cms.ts). */
export const adminUrl = '/admin/';

/** Pagefind's index of recent records and its script (src/integrations/search-index.ts). */
export const searchIndexUrl = '/pagefind/';

/** Pagefind's index of the archive: older records, searched when the reader asks (src/lib/search/archive.ts). */
export const searchArchiveUrl = '/pagefind-archive/';

/** The folders the build writes beside the routes of src/pages/: no plain page may take their names. */
export const builtFolders = [filesUrl, adminUrl, searchIndexUrl, searchArchiveUrl];

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
