/** `/meetings/<id>/calendar.ics`: one meeting as an iCalendar file, for "Add to calendar". */
import { inEveryLanguage } from '../../../../lib/i18n/routes.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { meetingCalendar } from '../../../../lib/calendar/site.ts';
import { loadRecords } from '../../../../lib/content/records.ts';

export const getStaticPaths = inEveryLanguage(async (lang) => (await loadRecords(lang)).meetings.map((meeting) => ({ params: { id: meeting.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, locals }) => new Response(meetingCalendar(await loadRecords(locals.t.lang), params.id!, site!, locals.t));
