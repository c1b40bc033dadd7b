/**
 * The site's calendars for this build: each feed's file, and each meeting's and commitment's own
 * file for "Add to calendar". Every event's DTSTAMP is its record's last commit, or the build's
 * commit when the history cannot tell, so two builds of one commit give the same bytes.
 */
import type { Records } from '../content/records.ts';
import { lastChange } from '../history/git-dates.ts';
import { siteHistory } from '../history/record-history.ts';
import { today } from '../dates.ts';
import { siteSettings } from '../settings.ts';
import type { Words } from '../i18n/words.ts';
import { calendarFeeds, type Feed } from './sources.ts';
import { deadlineEvents, inBelize, meetingEvent, type CalendarEvent, type EventContext } from './events.ts';
import { toICalendar } from './ics.ts';

/** The context every source gets, for calendars in the language of `t`. */
export function eventContext(records: Records, site: URL | string, t: Words): EventContext {
  const fallback = siteHistory().head?.timestamp ?? `${today}T00:00:00Z`;
  return { records, site, t, stampOf: (file) => (file && lastChange(file)?.timestamp) || fallback };
}

/** A calendar file's text, named in the language of `t`. */
const calendarFile = (events: CalendarEvent[], name: string, description: string, t: Words) => toICalendar(events, { name, description, siteName: siteSettings().title, language: t.lang });

/** One feed's iCalendar text, in the language of `t`. */
export function feedText(feed: Feed, records: Records, site: URL | string, t: Words): string {
  const { title, description } = t.words.calendar.feeds[feed.id];
  return calendarFile(feed.events(eventContext(records, site, t)), title, description, t);
}

/** A meeting's own iCalendar file, in the language of `t`. */
export function meetingCalendar(records: Records, id: string, site: URL | string, t: Words): string {
  const meeting = records.meetings.find((m) => m.id === id)!;
  return calendarFile([meetingEvent(meeting, eventContext(records, site, t))], meeting.data.title, meeting.data.summary, t);
}

/** A commitment's own iCalendar file: its milestone deadlines, in the language of `t`. */
export function commitmentCalendar(records: Records, id: string, site: URL | string, t: Words): string {
  const commitment = records.commitment(id);
  const w = t.words.calendar;
  return calendarFile(deadlineEvents(commitment, eventContext(records, site, t)), w.commitmentName(commitment.data.code), w.commitmentDescription(commitment.data.code, commitment.data.title), t);
}

/** The next events of every feed, from the build date on, soonest first: what the calendar page lists. */
export function comingEvents(records: Records, site: URL | string, t: Words, count = 10): CalendarEvent[] {
  return calendarFeeds[0]
    .events(eventContext(records, site, t))
    .filter((event) => inBelize(event.start).date >= today && event.status !== 'cancelled')
    .sort((a, b) => a.start.localeCompare(b.start))
    .slice(0, count);
}

export { calendarFeeds };
