/** A record's history: its pages, the words for what each commit changed, its feed, and the site's provenance line. */
import type { Noun } from './common.ts';
import type { CollectionWords } from './collections.ts';

/** `this commitment` → `This commitment`. */
const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export const history = {
  /** The history page's title, description and caption. */
  title: (title: string) => `History of ${title}`,
  description: (title: string, c: CollectionWords) => `Every change to ${title} (${c.singular.toLowerCase()}), newest first, from the site's Git repository.`,
  breadcrumb: 'History',
  caption: (c: CollectionWords) => `${c.singular} · history of changes`,
  captionPage: (c: CollectionWords, page: string, pages: string) => `${c.singular} · history of changes, page ${page} of ${pages}`,
  /** The `<link rel="alternate">` to a record's feed, and the feed's own title. */
  feedTitle: (title: string) => `Changes to ${title}`,
  recordFeedTitle: (c: CollectionWords, title: string) => `Changes to ${c.singular.toLowerCase()} ${title}`,
  notSaved: (c: CollectionWords) => `${capital(c.this)} has not been saved (committed) to the repository yet, so it has no history.`,
  lede: (c: CollectionWords) => `Every saved change to ${c.this}, newest first: when, by whom and what changed. Each change is a commit in the site's Git repository.`,
  asItIsNow: (c: CollectionWords) => `The ${c.singular.toLowerCase()} as it is now`,
  follow: 'Follow its changes (Atom feed)',
  onHost: "Its file's history on the Git host",
  recentChanges: (c: CollectionWords) => `Recent changes to all ${c.label.toLowerCase()}`,
  removedOn: (date: string) => `Removed on ${date}: its last version`,
  /** Followed by the date it was saved. */
  noLongerPublished: (c: CollectionWords) => `${capital(c.this)} is no longer published. This is how it read before it was removed, as saved on`,
  fileOnHost: 'the file on the Git host',
  pages: 'Pages of this history',
  /** A feed entry's title: `Changed: commitment “Open contracting”`. */
  entryTitle: (kind: string, singular: string, title: string) => `${kind}: ${singular} “${title}”`,
  /** The commit's line: `By Ana Pérez: “Move the deadline” · commit 1a2b3c4`. */
  by: (author: string, message: string) => `By ${author}: “${message}”`,
  commit: 'commit',
  reviewed: (publisher: string) => `Reviewed, then published by ${publisher}`,
  /** `Text: 3 lines added`. */
  textLines: (label: string, lines: string) => `${label}: ${lines}`,
  moreChanges: { one: 'more change', other: 'more changes' } satisfies Noun,
  moreInCommit: (changes: string) => `${changes} in this commit`,
  moreLines: (lines: string) => `… and ${lines} more, not shown here.`,
  unchangedLine: { one: 'unchanged line', other: 'unchanged lines' } satisfies Noun,
  /** The "Last updated" of a record page. */
  lastUpdated: 'Last updated',
  updatedBy: (author: string) => ` by ${author}`,
  notYetSaved: 'Not saved in the repository yet',
  noGit: 'Not available in this copy of the site (it was built without its Git history)',
  everyChange: 'Every change to it',
  followLower: 'follow its changes (Atom feed)',
  /** The footer's provenance line. */
  builtFrom: 'Built from commit',
  of: 'of',
  dirty: ' (with changes not yet committed)',
  builtOn: 'Built on',
  outsideGit: ', outside a Git repository.',
  everySiteChange: 'Every change to the site',
  buildDetails: 'build details',
  /** Why a copy of the site has no history. */
  unavailable: {
    shallow: 'This copy of the site was built from a shallow copy of its Git repository, which leaves out the history of changes, so no dates or changes are shown rather than wrong ones.',
    'no-commits': 'Nothing has been saved (committed) to the Git repository yet, so there is no history of changes.',
    'no-repository': 'This copy of the site was built without its Git repository, so the history of changes is not available.',
    'no-git': 'This copy of the site was built without its Git repository, so the history of changes is not available.',
  },
  /** What one commit changed, a sentence per value (src/lib/history/record-diff.ts). */
  diff: {
    body: 'Text',
    nothing: 'nothing',
    yes: 'yes',
    no: 'no',
    quote: (text: string) => `"${text}"`,
    set: (subject: string, value: string) => `${subject} set to ${value}`,
    unset: (subject: string, value: string) => `${subject} removed (was ${value})`,
    moved: (subject: string, from: string, to: string, by: string, later: boolean) => `${subject} moved from ${from} to ${to} (${by} ${later ? 'later' : 'earlier'})`,
    changedFrom: (subject: string, from: string, to: string) => `${subject} changed from ${from} to ${to}`,
    became: (subject: string, from: string, to: string) => `${subject}: ${from} → ${to}`,
    rewritten: (subject: string) => `${subject} rewritten (see the text below)`,
    listAdded: (values: string[]) => `added ${values.join(', ')}`,
    listRemoved: (values: string[]) => `removed ${values.join(', ')}`,
    listChanged: (subject: string, parts: string[]) => `${subject}: ${parts.join('; ')}`,
    orderChanged: (subject: string) => `${subject}: order changed`,
    itemRemoved: (item: string, title: string) => `${item} removed: ${title}`,
    itemAdded: (item: string, title: string) => `${item} added: ${title}`,
    itemRenamed: (item: string, from: string, to: string) => `${item} ${from} renamed to ${to}`,
    renamed: (from: string, to: string) => `Renamed: its id changed from ${from} to ${to}, and so did its address`,
    movedFile: (from: string, to: string) => `Moved from ${from} to ${to}`,
    unreadable: 'The fields of one of these versions cannot be read, so the whole file is compared',
    wholeFile: 'The whole file',
  },
  /** A translation's changes: said as changes to the record's text in that language. */
  translation: {
    /** The languages as these sentences name them. */
    languages: { en: 'English', es: 'Spanish' },
    added: (language: string) => `Its ${language} text was added`,
    removed: (language: string) => `Its ${language} text was removed`,
    /** The fields by their names in the file (`summary, body`). */
    changed: (language: string, names: string[], _labels: string[]) => `Its ${language} text changed: ${names.join(', ')}`,
    file: (language: string) => `Its ${language} file changed`,
    text: (language: string) => `The ${language} text`,
  },
};
