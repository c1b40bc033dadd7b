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
import { calendarFeeds, type Feed } from './sources.ts';
import { deadlineEvents, inBelize, meetingEvent, type CalendarEvent, type EventContext } from './events.ts';
import { toICalendar } from './ics.ts';

/** The context every source gets. */
export function eventContext(records: Records, site: URL | string): EventContext {
  const fallback = siteHistory().head?.timestamp ?? `${today}T00:00:00Z`;
  return { records, site, stampOf: (file) => (file && lastChange(file)?.timestamp) || fallback };
}

/** One feed's iCalendar text. */
export function feedText(feed: Feed, records: Records, site: URL | string): string {
  return toICalendar(feed.events(eventContext(records, site)), { name: feed.title, description: feed.description, siteName: siteSettings().title });
}

/** A meeting's own iCalendar file. */
export function meetingCalendar(records: Records, id: string, site: URL | string): string {
  const meeting = records.meetings.find((m) => m.id === id)!;
  return toICalendar([meetingEvent(meeting, eventContext(records, site))], { name: meeting.data.title, description: meeting.data.summary, siteName: siteSettings().title });
}

/** A commitment's own iCalendar file: its milestone deadlines. */
export function commitmentCalendar(records: Records, id: string, site: URL | string): string {
  const commitment = records.commitment(id);
  return toICalendar(deadlineEvents(commitment, eventContext(records, site)), { name: `${commitment.data.code} deadlines`, description: `Milestone deadlines of ${commitment.data.code}: ${commitment.data.title}`, siteName: siteSettings().title });
}

/** The next events of every feed, from the build date on, soonest first: what the calendar page lists. */
export function comingEvents(records: Records, site: URL | string, count = 10): CalendarEvent[] {
  return calendarFeeds[0]
    .events(eventContext(records, site))
    .filter((event) => inBelize(event.start).date >= today && event.status !== 'cancelled')
    .sort((a, b) => a.start.localeCompare(b.start))
    .slice(0, count);
}

export { calendarFeeds };
