/**
 * The calendars the site publishes, one per source of events, plus one with everything. Adding a
 * source is one entry here: it then gets its own feed, joins the whole calendar and is listed on
 * the calendar page.
 */
import { consultationEvent, deadlineEvents, meetingEvent, type CalendarEvent, type EventContext } from './events.ts';
import { openOrUpcoming } from '../co-creation/states.ts';
import type { Dictionary } from '../i18n/words.ts';

/** A calendar's file name under /calendar/ (without `.ics`), which names its title and description in the dictionary (`calendar.feeds`). */
export type FeedId = keyof Dictionary['calendar']['feeds'];

/** One kind of event. */
export interface CalendarSource {
  /** The feed's file name under /calendar/, without `.ics`; its title and description are in the dictionary. */
  id: FeedId;
  events(context: EventContext): CalendarEvent[];
}

/** Every source, in the order the calendar page lists them. */
export const calendarSources: CalendarSource[] = [
  {
    id: 'meetings',
    events: (context) => context.records.meetings.map((meeting) => meetingEvent(meeting, context)),
  },
  {
    id: 'deadlines',
    events: (context) => context.records.commitments.filter((c) => c.data.plan === context.records.currentPlan.id).flatMap((c) => deadlineEvents(c, context)),
  },
  {
    id: 'consultations',
    events: (context) => context.records.consultations.filter((c) => openOrUpcoming(c.data)).map((c) => consultationEvent(c, context)),
  },
];

/** The calendar of every source together. */
export const wholeCalendar = { id: 'all' } as const;

/** A published calendar: one source, or all of them. */
export interface Feed {
  id: FeedId;
  events(context: EventContext): CalendarEvent[];
}

/** Every calendar published under /calendar/: the whole one first, then one per source. */
export const calendarFeeds: Feed[] = [
  { ...wholeCalendar, events: (context) => calendarSources.flatMap((source) => source.events(context)) },
  ...calendarSources,
];
