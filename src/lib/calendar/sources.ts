/**
 * The calendars the site publishes, one per source of events, plus one with everything. Adding a
 * source is one entry here: it then gets its own feed, joins the whole calendar and is listed on
 * the calendar page.
 */
import { consultationEvent, deadlineEvents, meetingEvent, type CalendarEvent, type EventContext } from './events.ts';
import { openOrUpcoming } from '../co-creation/states.ts';

/** One kind of event. */
export interface CalendarSource {
  /** The feed's file name under /calendar/, without `.ics`. */
  id: string;
  title: string;
  /** What it holds, for the calendar page and the calendar's own description. */
  description: string;
  events(context: EventContext): CalendarEvent[];
}

/** Every source, in the order the calendar page lists them. */
export const calendarSources: CalendarSource[] = [
  {
    id: 'meetings',
    title: 'Meetings of the Coordination Mechanism',
    description: 'Every meeting of the Open Government Coordination Mechanism, past and coming: date and time, place or "online", and whether it was cancelled or postponed.',
    events: (context) => context.records.meetings.map((meeting) => meetingEvent(meeting, context)),
  },
  {
    id: 'deadlines',
    title: 'Milestone deadlines of the current action plan',
    description: 'The end date of every milestone of the current action plan, with where it stands.',
    events: (context) => context.records.commitments.filter((c) => c.data.plan === context.records.currentPlan.id).flatMap((c) => deadlineEvents(c, context)),
  },
  {
    id: 'consultations',
    title: 'Public consultations',
    description: 'The period for input of every consultation open now or still to open: from its first day to its last.',
    events: (context) => context.records.consultations.filter((c) => openOrUpcoming(c.data)).map((c) => consultationEvent(c, context)),
  },
];

/** The calendar of every source together. */
export const wholeCalendar = {
  id: 'all',
  title: 'Meetings, deadlines and consultations',
  description: 'Every event of the calendars below, in one calendar.',
};

/** A published calendar: one source, or all of them. */
export interface Feed {
  id: string;
  title: string;
  description: string;
  events(context: EventContext): CalendarEvent[];
}

/** Every calendar published under /calendar/: the whole one first, then one per source. */
export const calendarFeeds: Feed[] = [
  { ...wholeCalendar, events: (context) => calendarSources.flatMap((source) => source.events(context)) },
  ...calendarSources,
];
