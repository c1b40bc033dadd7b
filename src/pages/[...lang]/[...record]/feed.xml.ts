/** One Atom feed per record (commitment, meeting, dataset…) and language, so a reader can follow that record's changes. */
import { inEveryLanguage } from '../../../lib/i18n/routes.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { changesFeed } from '../../../lib/history/atom.ts';
import { recordHistory, siteHistory } from '../../../lib/history/record-history.ts';
import { today } from '../../../lib/dates.ts';
import { localize } from '../../../lib/content/translations.ts';
import { historyUrl, recordFeedUrl } from '../../../lib/urls.ts';
import { collections, historyCollections, isPublic, type CollectionName } from '../../../schemas/index.ts';

export const getStaticPaths = inEveryLanguage(async (lang) =>
  (
    await Promise.all(
      // Not public input (no page or history of its own, and its history may hold withheld text),
      // nor records the public may not see yet (data requests awaiting moderation).
      historyCollections.map(async (collection) =>
        (await getCollection(collection, (entry) => isPublic(collection, entry.data as Record<string, unknown>))).map((entry) => {
          // Titled in the feed's language where the record is translated.
          const data = (collections[collection].translatable ? localize(entry, lang) : entry).data as Record<string, unknown>;
          // A commitment is known by its code as much as by its title.
          const title = `${data.code ? `${data.code}: ` : ''}${data[collections[collection].titleField]}`;
          return { params: { record: recordFeedUrl(collection, entry.id).slice(1, -'/feed.xml'.length) }, props: { collection, id: entry.id, title } };
        }),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site, locals: { t } }) => {
  const { collection, id, title } = props as { collection: CollectionName; id: string; title: string };
  const xml = changesFeed({
    title: t.words.history.recordFeedTitle(t.words.collections[collection], title),
    path: historyUrl(collection, id),
    self: recordFeedUrl(collection, id),
    site: site!,
    changes: recordHistory(collection, id)?.changes ?? [],
    fallbackDate: siteHistory().head?.date ?? today,
    t,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
