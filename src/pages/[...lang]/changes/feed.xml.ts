/** The Atom feed of every change to the site's records, in each language. */
import { everyLanguage } from '../../../lib/i18n/routes.ts';
import type { APIRoute } from 'astro';
import { changesFeed } from '../../../lib/history/atom.ts';
import { siteHistory } from '../../../lib/history/record-history.ts';
import { settingsIn } from '../../../lib/settings.ts';
import { today } from '../../../lib/dates.ts';
import { changesFeedUrl, changesUrl } from '../../../lib/urls.ts';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = ({ site, locals: { t } }) => {
  const { changes, head } = siteHistory();
  const xml = changesFeed({ title: t.words.site.feeds.site(settingsIn(t.lang).title), path: changesUrl(), self: changesFeedUrl, site: site!, changes, fallbackDate: head?.date ?? today, t });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
