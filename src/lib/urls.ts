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
  consultations: '/consultations/',
  // Public input has no pages of its own: each piece is a row of its consultation's page.
  'public-input': '/consultations/',
};

/** The index page of a collection. */
export function sectionUrl(collection: CollectionName): string {
  return sections[collection];
}

/** The page of one record. */
export function recordUrl(collection: CollectionName, id: string): string {
  return `${sections[collection]}${id}/`;
}

/** One piece of public input: its row on its consultation's page, `/consultations/2025-co-creation/#input-12`. */
export function inputUrl(consultation: string, number: number): string {
  return `${recordUrl('consultations', consultation)}#${inputAnchor(number)}`;
}

/** The id of a piece of input's row in the table of input. */
export function inputAnchor(number: number): string {
  return `input-${number}`;
}

/** A consultation's input narrowed to one value of a filter: `/consultations/2025-co-creation/outcome/adopted/`. */
export function inputFilterUrl(consultation: string, facet: string, value: string): string {
  return `${recordUrl('consultations', consultation)}${facet}/${value}/`;
}

/** The page a web form lands on once input is sent. */
export const thankYouUrl = '/consultations/thank-you/';

/** The OGP Participation and Co-Creation Standards, requirement by requirement, with the evidence. */
export const ogpStandardsUrl = '/ogp-standards/';

/** A page of the open data catalogue narrowed to one value of a facet: `/datasets/theme/health/`. */
export function facetUrl(facet: CatalogFacet, value: string): string {
  return `${sections.datasets}${facet}/${value}/`;
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
