/** `/commitments/<id>/calendar.ics`: a commitment's milestone deadlines as an iCalendar file, for "Add to calendar" (plans still running), in the page's language. */
import { inEveryLanguage } from '../../../../lib/i18n/routes.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { commitmentCalendar } from '../../../../lib/calendar/site.ts';
import { loadRecords } from '../../../../lib/content/records.ts';

export const getStaticPaths = inEveryLanguage(async (lang) => {
  const records = await loadRecords(lang);
  return records.commitments.filter((c) => !records.planClosed(c.data.plan)).map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, locals }) => new Response(commitmentCalendar(await loadRecords(locals.t.lang), params.id!, site!, locals.t));
