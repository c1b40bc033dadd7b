/** The changes pages: every change to the site's records, and their feed. */
import type { CollectionWords } from './collections.ts';

/** What a changes page covers: one type of record, or the whole site. */
const what = (c?: CollectionWords) => (c ? c.label.toLowerCase() : 'the site');

export const changes = {
  title: (c?: CollectionWords) => `Changes to ${what(c)}`,
  description: (c?: CollectionWords) => `Every saved change to ${what(c)}, newest first: what changed, when and by whom.`,
  breadcrumb: 'Changes',
  /** Followed by a link to the feed, `feed`, and `end`. */
  lede: "Every saved change to the action plan, the meetings, the open data and the other records, newest first. Each is a commit in the site's Git repository; follow them in a feed reader with the",
  feed: 'Atom feed',
  end: '.',
  filters: 'Show changes to',
  everything: 'Everything',
  none: 'No changes yet.',
  /** `Commitment: Open contracting`. */
  record: (singular: string) => `${singular}:`,
  details: 'Details of this change',
  /** `Its last version: on its history page or on the Git host.` */
  lastVersion: 'Its last version:',
  onHistoryPage: 'on its history page',
  or: 'or',
  onHost: 'on the Git host',
  pages: 'Pages of changes',
};
