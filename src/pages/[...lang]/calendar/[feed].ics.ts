/** `/calendar/<feed>.ics`: the site's calendar feeds (iCalendar), one per source and one with everything, in each language. */
import { inEveryLanguage } from '../../../lib/i18n/routes.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFeeds, feedText } from '../../../lib/calendar/site.ts';
import { loadRecords } from '../../../lib/content/records.ts';

export const getStaticPaths = inEveryLanguage(() => calendarFeeds.map((feed) => ({ params: { feed: feed.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, locals }) => new Response(feedText(calendarFeeds.find((feed) => feed.id === params.feed)!, await loadRecords(locals.t.lang), site!, locals.t));
