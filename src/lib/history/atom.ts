/**
 * Atom feeds (RFC 4287) of record changes: the whole site's, and one per commitment, so a
 * reader can follow changes in any feed reader. Built from the same history as the pages.
 * Written here rather than with the `feed` package: an Atom entry is a few lines of escaped
 * XML, and tests/history-pages.test.ts and tests/history-build.test.ts read the feeds back.
 */
import { changeInWords, type RecordChange } from './record-history.ts';
import { historyEntryUrl } from './entry-url.ts';
import { diffCounts } from './line-diff.ts';
import { historyUrl } from '../urls.ts';
import { pathIn } from '../i18n/routes.ts';
import { defaultLanguage } from '../i18n/languages.ts';
import type { Words } from '../i18n/words.ts';

/** Entries in a feed at most: feed readers keep what they have already seen. */
const feedSize = 50;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * A feed of changes, newest first, in the language of `t`, its links to that language's pages.
 * `path` is the page the feed follows, `self` the feed's own path (both language-neutral);
 * `fallbackDate` dates an empty feed.
 */
export function changesFeed(options: { title: string; path: string; self: string; site: URL | string; changes: RecordChange[]; fallbackDate: string; t: Words }): string {
  const { t } = options;
  const url = (path: string) => new URL(pathIn(t.lang, path), options.site).href;
  const entries = options.changes.slice(0, feedSize).map((change) => {
    // The entry's id stays what it was when first published, wherever later changes push it.
    const id = url(historyUrl(change.collection, change.id, change.commit.sha));
    const link = url(historyEntryUrl(change));
    const said = changeInWords(change, t);
    const texts = said.texts.map((text) => t.words.history.textLines(text.label, t.linesChanged(diffCounts(text.diff))));
    const items = [...said.lines, ...texts].map((line) => `<li>${escape(line)}</li>`).join('');
    const html = `<p>${escape(t.words.history.by(t.list(change.commit.authors), change.commit.message))}</p>${items ? `<ul>${items}</ul>` : ''}`;
    return [
      '  <entry>',
      `    <id>${escape(id)}</id>`,
      `    <title>${escape(t.words.history.entryTitle(t.words.common.changeKinds[change.kind], t.words.collections[change.collection].singular.toLowerCase(), change.title))}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(link)}"/>`,
      `    <updated>${change.commit.timestamp}</updated>`,
      // One <author> per person, as Atom allows.
      ...change.commit.authors.map((author) => `    <author><name>${escape(author)}</name></author>`),
      `    <content type="html">${escape(html)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    // Feed readers take an unmarked feed for English; another language says its own.
    `<feed xmlns="http://www.w3.org/2005/Atom"${t.lang === defaultLanguage ? '' : ` xml:lang="${t.lang}"`}>`,
    `  <id>${escape(url(options.self))}</id>`,
    `  <title>${escape(options.title)}</title>`,
    `  <link rel="alternate" type="text/html" href="${escape(url(options.path))}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(url(options.self))}"/>`,
    // The newest change, not the build time: an unchanged feed stays byte-for-byte the same.
    `  <updated>${options.changes[0]?.commit.timestamp ?? `${options.fallbackDate}T00:00:00Z`}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
