/**
 * What goes into the site's calendars, as plain events: each source turns one kind of record into
 * events with stable UIDs (from record ids, never random: random UIDs duplicate events in
 * subscribers' calendars at every rebuild) and a DTSTAMP from the record's last commit (so two
 * builds of one commit give the same bytes). Belize keeps UTC−6 all year: times are written in UTC.
 */
import { createHash } from 'node:crypto';
import type { CommitmentEntry, ConsultationEntry, MeetingEntry, Records } from '../content/records.ts';
import type { Words } from '../i18n/words.ts';
import { pathIn } from '../i18n/routes.ts';
import { milestoneState } from '../progress/status.ts';
import { slipsOfCommitment } from '../progress/site.ts';
import { milestoneUrl, recordUrl } from '../urls.ts';

/** One event of a calendar. */
export interface CalendarEvent {
  /** Stable across builds: built from the record's id. */
  uid: string;
  summary: string;
  description: string;
  /** `YYYY-MM-DD` for an all-day event, or a UTC timestamp (`…Z`) for one at a time of day. */
  start: string;
  /** For an all-day event, the day after its last day (iCalendar's DTEND is exclusive); none for a timed event whose end is not published. */
  end?: string;
  location?: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  /** The record's page, absolute. */
  url: string;
  /** When the record last changed (its last commit), a UTC timestamp: the event's DTSTAMP. */
  stamp: string;
  /** The record the event comes from, for its "Add to calendar" file. */
  record: { collection: 'meetings' | 'commitments' | 'consultations'; id: string };
}

/** What sources need: the records, the site's address, the words of the calendar's language, and when each record last changed. */
export interface EventContext {
  records: Records;
  site: URL | string;
  /** The language the events are written in. */
  t: Words;
  /** The timestamp of a record file's last commit (or the build's commit when unknown). */
  stampOf(file: string | undefined): string;
}

/** Belize's offset from UTC, the same all year (no daylight saving). */
export const belizeOffsetHours = -6;

/** `2026-11-26` at `17:30` in Belize → `2026-11-26T23:30:00Z`. */
export function belizeToUtc(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hours - belizeOffsetHours, minutes)).toISOString().replace('.000Z', 'Z');
}

/** When an event happens in Belize, `YYYY-MM-DD` and `HH:MM` (no time for an all-day event). */
export function inBelize(start: string): { date: string; time?: string } {
  if (!start.includes('T')) return { date: start };
  const local = new Date(Date.parse(start) + belizeOffsetHours * 3_600_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** The day after a `YYYY-MM-DD` date. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The host name that makes UIDs unique to this site. */
const hostOf = (site: URL | string) => new URL(String(site)).hostname;
/** A page's address in the calendar's language. */
const absolute = (path: string, site: URL | string, t: Words) => new URL(pathIn(t.lang, path), site).href;

/** A meeting: at its time (or all day), at its venue or online; cancelled or postponed said so. */
export function meetingEvent(meeting: MeetingEntry, { records, site, stampOf, t }: EventContext): CalendarEvent {
  const { data } = meeting;
  const calendarWords = t.words.calendar.events;
  const district = data.district && records.district(data.district).data.name;
  const place = [data.venue?.name, data.venue?.address, district && calendarWords.district(district)].filter(Boolean).join(', ');
  const location = place ? `${place}${data.online ? calendarWords.alsoOnline : ''}` : calendarWords.online;
  const description = [
    calendarWords.status[data.status],
    calendarWords.meetingOf(t.words.vocabularies.meetingKinds[data.kind]),
    data.summary,
    data.time ? calendarWords.startsAt(data.time) : '',
    data.agenda.length ? calendarWords.agenda(data.agenda) : '',
    absolute(recordUrl('meetings', meeting.id), site, t),
  ].filter(Boolean).join('\n\n');
  return {
    uid: `meeting-${meeting.id}@${hostOf(site)}`,
    summary: `${calendarWords.summaryPrefix[data.status]}${data.title}`,
    description,
    ...(data.time ? { start: belizeToUtc(data.date, data.time) } : { start: data.date, end: nextDay(data.date) }),
    location,
    status: data.status === 'cancelled' ? 'cancelled' : data.status === 'postponed' ? 'tentative' : 'confirmed',
    url: absolute(recordUrl('meetings', meeting.id), site, t),
    stamp: stampOf(meeting.filePath),
    record: { collection: 'meetings', id: meeting.id },
  };
}

/**
 * A commitment's milestone deadlines, one all-day event each on its end date. A milestone's UID
 * comes from its commitment's id and its title, so it survives milestones being added or moved
 * around it.
 */
export function deadlineEvents(commitment: CommitmentEntry, { records, site, stampOf, t }: EventContext): CalendarEvent[] {
  const { data } = commitment;
  const calendarWords = t.words.calendar.events;
  const planClosed = records.planClosed(data.plan);
  const moved = slipsOfCommitment(commitment).rescheduled;
  return data.milestones.map((milestone, index) => {
    const number = index + 1;
    const rescheduled = moved.find((r) => r.milestone?.number === number);
    const description = [
      calendarWords.milestoneOf(number, data.code, data.title),
      calendarWords.ledBy(records.organization(milestone.responsible ?? data.lead).data.name),
      calendarWords.standing(milestoneState(milestone, { planClosed }, t).label, milestone.completed && t.date(milestone.completed), t.words.vocabularies.completionLevels[data.status]),
      rescheduled ? calendarWords.rescheduled(t.date(rescheduled.original)) : '',
      absolute(milestoneUrl(commitment.id, number), site, t),
    ].filter(Boolean).join('\n\n');
    const key = createHash('sha1').update(milestone.title).digest('hex').slice(0, 10);
    return {
      uid: `milestone-${commitment.id}-${key}@${hostOf(site)}`,
      summary: calendarWords.deadline(data.code, milestone.title),
      description,
      start: milestone.end,
      end: nextDay(milestone.end),
      status: 'confirmed',
      url: absolute(milestoneUrl(commitment.id, number), site, t),
      stamp: stampOf(commitment.filePath),
      record: { collection: 'commitments', id: commitment.id },
    };
  });
}

/** A consultation's period for input: one all-day event from its opening day to its closing day. */
export function consultationEvent(consultation: ConsultationEntry, { site, stampOf, t }: EventContext): CalendarEvent {
  const { data } = consultation;
  const calendarWords = t.words.calendar.events;
  const url = absolute(recordUrl('consultations', consultation.id), site, t);
  return {
    uid: `consultation-${consultation.id}@${hostOf(site)}`,
    summary: calendarWords.consultation(data.title),
    description: [calendarWords.consultationOf(t.words.vocabularies.consultationKinds[data.kind], t.period(data.opens, data.closes)), data.summary, url].join('\n\n'),
    start: data.opens,
    end: nextDay(data.closes),
    status: 'confirmed',
    url,
    stamp: stampOf(consultation.filePath),
    record: { collection: 'consultations', id: consultation.id },
  };
}
