/** Every route of the site, in one place, so pages and exports never spell a URL by hand. */
import type { CollectionName } from '../schemas/collection-names.ts';

/** The catalogue's facets, each a folder of pages: `/datasets/theme/health/` (labels in src/lib/open-data/facets.ts). */
export type CatalogFacet = 'publisher' | 'theme' | 'format' | 'district';

/** The reuses' filters, each a folder of pages: `/reuses/type/app/` (labels in src/lib/innovation/reuse-facets.ts). */
export type ReuseFacet = 'type' | 'district' | 'dataset';

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
  consultations: '/consultations/',
  // Public input has no pages of its own: each piece is a row of its consultation's page.
  'public-input': '/consultations/',
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

/** One piece of public input: its row on its consultation's page, `/consultations/2025-co-creation/#input-12`. */
export function inputUrl(consultation: string, number: number): string {
  return `${recordUrl('consultations', consultation)}#${inputAnchor(number)}`;
}

/** The id of a piece of input's row in the table of input. */
export function inputAnchor(number: number): string {
  return `input-${number}`;
}

/** A consultation's input narrowed to one value of a filter: `/consultations/2025-co-creation/outcome/adopted/`, `…/adopted/page/2/`. */
export function inputFilterUrl(consultation: string, facet: string, value: string, page = 1): string {
  return pageUrl(`${recordUrl('consultations', consultation)}${facet}/${value}/`, page);
}

/** The page a web form lands on once input is sent. */
export const thankYouUrl = '/consultations/thank-you/';

/** The form for asking for a dataset. */
export const dataRequestFormUrl = '/data-requests/new/';

/** The page the data-request form lands on once a request is sent. */
export const dataRequestThankYouUrl = '/data-requests/thank-you/';

/** The OGP Participation and Co-Creation Standards, requirement by requirement, with the evidence. */
export const ogpStandardsUrl = '/ogp-standards/';

/** A page of the open data catalogue narrowed to one value of a facet: `/datasets/theme/health/`, `/datasets/theme/health/page/2/`. */
export function facetUrl(facet: CatalogFacet, value: string, page = 1): string {
  return pageUrl(`${sections.datasets}${facet}/${value}/`, page);
}

/** The reuses narrowed to one type, district or dataset: `/reuses/type/app/`, `/reuses/dataset/public-wifi-hotspots/`, `/reuses/type/app/page/2/`. */
export function reuseFacetUrl(facet: ReuseFacet, value: string, page = 1): string {
  return pageUrl(`${sections.reuses}${facet}/${value}/`, page);
}

/** The static API's folder: every file of version 1 is under it. */
export const apiBase = '/api/v1/';

/** A file of the API, `/api/v1/locations/toledo.geojson`. */
export function apiUrl(name: string): string {
  return `${apiBase}${name}`;
}

/** The lists a record's page previews and links in full (src/lib/content/related.ts). */
export type RelatedList = 'commitments' | 'meetings' | 'organizations' | 'reuses' | 'data-requests' | 'challenges';

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

/** A plan's dashboard: progress overall and by theme, value, lead and district; what is late, due, done, rescheduled. */
export function dashboardUrl(plan: string): string {
  return `${recordUrl('action-plans', plan)}dashboard/`;
}

/** A plan's timeline: its commitments and milestones as a Gantt chart and a table. */
export function timelineUrl(plan: string): string {
  return `${recordUrl('action-plans', plan)}timeline/`;
}

/** A plan laid out for printing, in the order of OGP's commitment template. */
export function printUrl(plan: string): string {
  return `${recordUrl('action-plans', plan)}print/`;
}

/** A milestone on its commitment's page (`number` counts from 1). */
export function milestoneUrl(commitment: string, number: number): string {
  return `${recordUrl('commitments', commitment)}#milestone-${number}`;
}

/** The page that explains the calendar feeds and how to subscribe. */
export const calendarUrl = '/calendar/';

/** What is left to translate, for coordinators. */
export const translationsUrl = '/translations/';

/** The search page. */
export const searchUrl = '/search/';

/** The open data page for developers. */
export const developersUrl = '/developers/';

/** One of the site's calendar feeds (iCalendar): `/calendar/meetings.ics`. */
export function calendarFeedUrl(feed: string): string {
  return `${calendarUrl}${feed}.ics`;
}

/** The iCalendar file of one record ("Add to calendar"): a meeting, or a commitment's milestone deadlines. */
export function recordCalendarUrl(collection: 'meetings' | 'commitments', id: string): string {
  return `${recordUrl(collection, id)}calendar.ics`;
}

/** The interactive map (src/pages/map.astro). */
export const mapUrl = '/map/';

/** The places of one district that the map shows, as a list, page by page: `/map/cayo/`, `/map/cayo/page/2/`. */
export function placesUrl(district: string, page = 1): string {
  return pageUrl(`${mapUrl}${district}/`, page);
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

/** A page's share card: `/cards/commitments/open-contracting.1a2b3c4d5e.png`, named by the hash of its content so a changed card gets a new address (social networks keep images they have seen). */
export function shareCardUrl(page: string, hash: string): string {
  return `/cards/${page.replace(/^\/|\/$/g, '') || 'home'}.${hash}.png`;
}

/** The printable poster of a record (an upcoming meeting), with the QR code to its page. */
export function posterUrl(collection: CollectionName, id: string): string {
  return `${recordUrl(collection, id)}poster/`;
}

/** The Atom feed of one record's changes: `/commitments/open-contracting/feed.xml`. */
export function recordFeedUrl(collection: CollectionName, id: string): string {
  return `${recordUrl(collection, id)}feed.xml`;
}

/** The sitemap crawlers read first. */
export const sitemapUrl = '/sitemap-index.xml';

/** The record a site path belongs to (its page, history, feed or poster), read back from the path; the caller checks that it exists. */
export function recordOfUrl(path: string): { collection: CollectionName; id: string } | undefined {
  const parts = path.split('/').filter(Boolean);
  for (const [collection, section] of Object.entries(sections) as Array<[CollectionName, string]>) {
    if (section !== '/' && parts.length >= 2 && `/${parts[0]}/` === section) return { collection, id: parts[1] };
  }
  return parts.length >= 1 ? { collection: 'pages', id: parts[0] } : undefined;
}
