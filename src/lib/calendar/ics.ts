/**
 * Events written as iCalendar (RFC 5545) by `ical-generator`: UTC times (Belize has no daylight
 * saving, so no VTIMEZONE is needed), all-day events as DATE values with an exclusive end.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { CalendarEvent } from './events.ts';

const statuses = { confirmed: ICalEventStatus.CONFIRMED, tentative: ICalEventStatus.TENTATIVE, cancelled: ICalEventStatus.CANCELLED } as const;

/** A calendar file holding some events, named for the reader's calendar app, in one language (`en`, `es`). */
export function toICalendar(events: CalendarEvent[], { name, description, siteName, language }: { name: string; description: string; siteName: string; language: string }): string {
  const calendar = ical({
    name: `${siteName}: ${name}`,
    description,
    prodId: { company: siteName, product: 'calendar', language: language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  // A stable order, so that the same records always give the same bytes.
  for (const event of [...events].sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid))) {
    const allDay = !event.start.includes('T');
    calendar.createEvent({
      id: event.uid,
      start: new Date(allDay ? `${event.start}T00:00:00Z` : event.start),
      ...(event.end && { end: new Date(allDay ? `${event.end}T00:00:00Z` : event.end) }),
      allDay,
      stamp: new Date(event.stamp),
      summary: event.summary,
      description: event.description,
      ...(event.location && { location: event.location }),
      url: event.url,
      status: statuses[event.status],
    });
  }
  return calendar.toString();
}
