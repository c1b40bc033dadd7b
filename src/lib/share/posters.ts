/**
 * Posters for the districts: what a printed notice on a town council's or a clinic's board
 * says, whatever it announces (an upcoming meeting today, a consultation later), with a QR
 * code to the page. One shape for every poster, so one layout prints them all and a new kind
 * needs only a function from its record to a `Poster` and a small route file.
 */
import QRCode from 'qrcode';
import type { ConsultationEntry, MeetingEntry, Records } from '../content/records.ts';
import { formatDay, today } from '../dates.ts';
import { siteSettings } from '../settings.ts';
import { recordUrl } from '../urls.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { consultationKinds, meetingKinds } from '../../schemas/vocabularies.ts';
import { openOrUpcoming } from '../co-creation/states.ts';

const settings = siteSettings();

/** One way to take part without the internet (or with it). */
export interface TakePart {
  /** "In person", "By email", "By telephone", "Online". */
  how: string;
  text: string;
  /** A link for the screen (`mailto:`, `tel:`); print shows the words. */
  href?: string;
}

/** Everything a poster shows. */
export interface Poster {
  /** The record it announces. */
  collection: CollectionName;
  id: string;
  /** What it is: "Public consultation". */
  kind: string;
  title: string;
  /** One or two sentences under the title. */
  summary: string;
  /** What is being decided: a heading and its points. */
  deciding: { heading: string; items: string[] };
  /** The dates that matter, each with its label: "Meeting", "Comments close". */
  dates: Array<{ label: string; date: string; time?: string }>;
  /** Where, one place a line. */
  places: string[];
  takePart: TakePart[];
  /** Where the QR code leads, as a site path or an absolute address (a form elsewhere); the record's page by default. */
  target?: string;
}

/** Whether a meeting is still to come on the build date: scheduled, and not in the past. */
export function isUpcoming(meeting: Pick<MeetingEntry, 'data'>, on = today): boolean {
  return meeting.data.status === 'scheduled' && meeting.data.date >= on;
}

/** A telephone number that never breaks across lines on a printed poster. */
const unbroken = (number: string) => number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

/** `Thursday 21 January 2027, 18:00`: a day in words, with its time when there is one. */
const dayAndTime = (date: string, time?: string) => `${formatDay(date)}${time ? `, ${time}` : ''}`;

/** Ways to reach the OGP point of contact, from the site settings. */
function contactWays(purpose: string): TakePart[] {
  const ways: TakePart[] = [{ how: 'By email', text: `${settings.contactEmail}: ${purpose}`, href: `mailto:${settings.contactEmail}` }];
  if (settings.contactTelephone) ways.push({ how: 'By telephone', text: unbroken(settings.contactTelephone), href: `tel:${settings.contactTelephone.replace(/[^\d+]/g, '')}` });
  return ways;
}

/** The poster of an upcoming meeting. */
export function meetingPoster(records: Records, meeting: MeetingEntry): Poster {
  const { data } = meeting;
  const district = data.district ? `${records.district(data.district).data.name} District` : undefined;
  const venue = data.venue ? [data.venue.name, data.venue.address].filter(Boolean).join(', ') : undefined;
  const places = [venue, district, data.online && (venue || district ? 'Also online' : 'Online')].filter((place): place is string => Boolean(place));
  const when = dayAndTime(data.date, data.time);
  const takePart: TakePart[] = [];
  if (venue) takePart.push({ how: 'In person', text: `${venue}, ${when}.` });
  if (data.online) takePart.push({ how: 'Online', text: `Ask for the link at ${settings.contactEmail}.`, href: `mailto:${settings.contactEmail}` });
  takePart.push(...contactWays('send your views or questions before the meeting'));
  return {
    collection: 'meetings',
    id: meeting.id,
    kind: meetingKinds[data.kind],
    title: data.title,
    summary: data.summary,
    deciding: { heading: 'What will be discussed and decided', items: data.agenda.length ? data.agenda : [data.summary] },
    dates: [{ label: 'When', date: data.date, time: data.time }],
    places,
    takePart,
  };
}

/** The posters of every upcoming meeting, soonest first. */
export function meetingPosters(records: Records, on = today): Poster[] {
  return records.meetings
    .filter((meeting) => isUpcoming(meeting, on))
    .sort((a, b) => a.data.date.localeCompare(b.data.date))
    .map((meeting) => meetingPoster(records, meeting));
}

/** The poster of a consultation open for input or still to open. */
export function consultationPoster(records: Records, consultation: ConsultationEntry): Poster {
  const { data } = consultation;
  const sessions = records.meetings.filter((meeting) => data.sessions.includes(meeting.id)).sort((a, b) => a.data.date.localeCompare(b.data.date));
  const venueOf = (meeting: MeetingEntry) => {
    const district = meeting.data.district && `${records.district(meeting.data.district).data.name} District`;
    return [meeting.data.venue?.name, meeting.data.venue?.address, district].filter(Boolean).join(', ') || 'Online';
  };
  const takePart: TakePart[] = [];
  if (data.channels.includes('in-person')) {
    for (const meeting of sessions) takePart.push({ how: 'In person', text: `${venueOf(meeting)}, ${dayAndTime(meeting.data.date, meeting.data.time)}.` });
  }
  if (data.channels.includes('web-form')) takePart.push({ how: 'Online', text: 'the form on the consultation\'s page while it is open (the QR code opens the page).' });
  if (data.channels.includes('whatsapp') && data.contact.whatsapp) takePart.push({ how: 'By WhatsApp', text: unbroken(data.contact.whatsapp) });
  if (data.channels.includes('letter') && data.contact.address) takePart.push({ how: 'By post', text: data.contact.address });
  takePart.push(...contactWays(`send your input by ${formatDay(data.closes)}`));
  return {
    collection: 'consultations',
    id: consultation.id,
    kind: consultationKinds[data.kind],
    title: data.title,
    summary: data.summary,
    deciding: { heading: 'What we are asking', items: data.questions.length ? data.questions : [data.summary] },
    dates: [
      { label: 'Opens', date: data.opens },
      { label: 'Input closes', date: data.closes },
    ],
    places: sessions.length ? sessions.map(venueOf) : ['Wherever you are: see how to take part, below'],
    takePart,
  };
}

/** The posters of every consultation open for input or still to open, soonest to close first. */
export function consultationPosters(records: Records, on = today): Poster[] {
  return records.consultations
    .filter((consultation) => openOrUpcoming(consultation.data, on))
    .sort((a, b) => a.data.closes.localeCompare(b.data.closes))
    .map((consultation) => consultationPoster(records, consultation));
}

/** A poster route's static paths: one page per poster, at `<record>/poster/`. */
export function posterPaths(posters: Poster[]) {
  return posters.map((poster) => ({ params: { id: poster.id }, props: { poster } }));
}

/** The absolute address a poster's QR code leads to. */
export function posterTarget(poster: Poster, site: URL | string): string {
  return new URL(poster.target ?? recordUrl(poster.collection, poster.id), site).href;
}

/**
 * The QR code of an address as inline SVG, one unit a module with the standard quiet zone of
 * four. Error correction M (15 %): enough for a creased or smudged poster while keeping the
 * modules large; a site address of about 70 characters fits in version 5 (37 modules), so a
 * code printed 3 cm wide has modules of 0.8 mm, which a phone camera reads at arm's length.
 */
export async function qrSvg(address: string, label: string): Promise<{ svg: string; modules: number }> {
  const modules = QRCode.create(address, { errorCorrectionLevel: 'M' }).modules.size;
  const svg = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const escaped = label.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return { svg: svg.replace('<svg ', `<svg class="og-poster__qr" role="img" aria-label="${escaped}" `), modules };
}
