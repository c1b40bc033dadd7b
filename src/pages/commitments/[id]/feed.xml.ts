/** One Atom feed per commitment, so a reader can follow that commitment's changes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { changesFeed } from '../../../lib/history/atom.ts';
import { loadRecords } from '../../../lib/content/records.ts';
import { recordHistory, siteHistory } from '../../../lib/history/record-history.ts';
import { today } from '../../../lib/dates.ts';
import { commitmentFeedUrl, historyUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const { commitments } = await loadRecords();
  return commitments.map((commitment) => ({ params: { id: commitment.id }, props: { title: `${commitment.data.code}: ${commitment.data.title}` } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const id = params.id!;
  const xml = changesFeed({
    title: `Changes to commitment ${props.title}`,
    path: historyUrl('commitments', id),
    self: commitmentFeedUrl(id),
    site: site!,
    changes: recordHistory('commitments', id)?.changes ?? [],
    fallbackDate: siteHistory().head?.date ?? today,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
