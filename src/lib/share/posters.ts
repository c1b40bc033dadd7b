/**
 * Posters for the districts: what a printed notice on a town council's or a clinic's board
 * says, whatever it announces (an upcoming meeting today, a consultation later), with a QR
 * code to the page. One shape for every poster, so one layout prints them all and a new kind
 * needs only a function from its record to a `Poster` and a small route file. Its words are in the
 * page's language (`t`), the record's text in the language it has (`lang`).
 */
import QRCode from 'qrcode';
import type { ConsultationEntry, MeetingEntry, Records } from '../content/records.ts';
import { today } from '../dates.ts';
import { siteSettings } from '../settings.ts';
import { recordUrl } from '../urls.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { openOrUpcoming } from '../co-creation/states.ts';
import { pathIn } from '../i18n/routes.ts';
import { langOf } from '../i18n/text-lang.ts';
import type { Language } from '../i18n/languages.ts';
import type { Words } from '../i18n/words.ts';

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
  /** The language of the record's text (title, summary, points) where it is not the page's: an untranslated record's English. */
  lang?: Language;
  /** What is being decided: a heading and its points. */
  deciding: { heading: string; items: string[] };
  /** The dates that matter, each with its label: "Meeting", "Comments close". */
  dates: Array<{ label: string; date: string; time?: string }>;
  /** Where, one place a line. */
  places: string[];
  takePart: TakePart[];
  /** Where the QR code leads, as a site path or an absolute address (a form elsewhere); the record's page in the poster's language by default. */
  target?: string;
  /** The language of the poster's words, and of the page its QR code opens. */
  pageLang: Language;
}

/** Whether a meeting is still to come on the build date: scheduled, and not in the past. */
export function isUpcoming(meeting: Pick<MeetingEntry, 'data'>, on = today): boolean {
  return meeting.data.status === 'scheduled' && meeting.data.date >= on;
}

/** A telephone number that never breaks across lines on a printed poster. */
const unbroken = (number: string) => number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

/** `Thursday 21 January 2027, 18:00`: a day in words, with its time when there is one. */
const dayAndTime = (t: Words, date: string, time?: string) => (time ? t.words.posters.dayAndTime(t.day(date), time) : t.day(date));

/** Ways to reach the OGP point of contact, from the site settings. */
function contactWays(t: Words, purpose: string): TakePart[] {
  const { ways, emailFor } = t.words.posters;
  const found: TakePart[] = [{ how: ways.email, text: emailFor(settings.contactEmail, purpose), href: `mailto:${settings.contactEmail}` }];
  if (settings.contactTelephone) found.push({ how: ways.telephone, text: unbroken(settings.contactTelephone), href: `tel:${settings.contactTelephone.replace(/[^\d+]/g, '')}` });
  return found;
}

/** The poster of an upcoming meeting, in the words of `t`. */
export function meetingPoster(records: Records, meeting: MeetingEntry, t: Words): Poster {
  const { data } = meeting;
  const w = t.words.posters;
  const district = data.district ? t.words.meetings.district(records.district(data.district).data.name) : undefined;
  const venue = data.venue ? [data.venue.name, data.venue.address].filter(Boolean).join(', ') : undefined;
  const places = [venue, district, data.online && (venue || district ? w.meeting.alsoOnline : w.meeting.online)].filter((place): place is string => Boolean(place));
  const when = dayAndTime(t, data.date, data.time);
  const takePart: TakePart[] = [];
  if (venue) takePart.push({ how: w.ways.inPerson, text: w.venueAndTime(venue, when) });
  if (data.online) takePart.push({ how: w.ways.online, text: w.meeting.askLink(settings.contactEmail), href: `mailto:${settings.contactEmail}` });
  takePart.push(...contactWays(t, w.meeting.purpose));
  return {
    collection: 'meetings',
    id: meeting.id,
    kind: t.words.vocabularies.meetingKinds[data.kind],
    title: data.title,
    summary: data.summary,
    lang: langOf(meeting, t),
    deciding: { heading: w.meeting.deciding, items: data.agenda.length ? data.agenda : [data.summary] },
    dates: [{ label: w.meeting.when, date: data.date, time: data.time }],
    places,
    takePart,
    pageLang: t.lang,
  };
}

/** The meetings that get a poster: every upcoming one, soonest first. */
export function meetingsToAnnounce(records: Records, on = today): MeetingEntry[] {
  return records.meetings.filter((meeting) => isUpcoming(meeting, on)).sort((a, b) => a.data.date.localeCompare(b.data.date));
}

/** The poster of a consultation open for input or still to open, in the words of `t`. */
export function consultationPoster(records: Records, consultation: ConsultationEntry, t: Words): Poster {
  const { data } = consultation;
  const w = t.words.posters;
  const sessions = records.meetings.filter((meeting) => data.sessions.includes(meeting.id)).sort((a, b) => a.data.date.localeCompare(b.data.date));
  const venueOf = (meeting: MeetingEntry) => {
    const district = meeting.data.district && t.words.meetings.district(records.district(meeting.data.district).data.name);
    return [meeting.data.venue?.name, meeting.data.venue?.address, district].filter(Boolean).join(', ') || w.consultation.online;
  };
  const takePart: TakePart[] = [];
  if (data.channels.includes('in-person')) {
    for (const meeting of sessions) takePart.push({ how: w.ways.inPerson, text: w.venueAndTime(venueOf(meeting), dayAndTime(t, meeting.data.date, meeting.data.time)) });
  }
  if (data.channels.includes('web-form')) takePart.push({ how: w.ways.online, text: w.consultation.form });
  if (data.channels.includes('whatsapp') && data.contact.whatsapp) takePart.push({ how: w.ways.whatsapp, text: unbroken(data.contact.whatsapp) });
  if (data.channels.includes('letter') && data.contact.address) takePart.push({ how: w.ways.post, text: data.contact.address });
  takePart.push(...contactWays(t, w.consultation.purpose(t.day(data.closes))));
  return {
    collection: 'consultations',
    id: consultation.id,
    kind: t.words.vocabularies.consultationKinds[data.kind],
    title: data.title,
    summary: data.summary,
    lang: langOf(consultation, t),
    deciding: { heading: w.consultation.asking, items: data.questions.length ? data.questions : [data.summary] },
    dates: [
      { label: w.consultation.opens, date: data.opens },
      { label: w.consultation.closes, date: data.closes },
    ],
    places: sessions.length ? sessions.map(venueOf) : [w.consultation.anywhere],
    takePart,
    pageLang: t.lang,
  };
}

/** The consultations that get a poster: every one open for input or still to open, soonest to close first. */
export function consultationsToAnnounce(records: Records, on = today): ConsultationEntry[] {
  return records.consultations.filter((consultation) => openOrUpcoming(consultation.data, on)).sort((a, b) => a.data.closes.localeCompare(b.data.closes));
}

/** A poster route's static paths: one page per record to announce, at `<record>/poster/` (the page makes the poster in its language). */
export function posterPaths<E extends { id: string }>(entries: E[]) {
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The absolute address a poster's QR code leads to: the record's page in the poster's language. */
export function posterTarget(poster: Poster, site: URL | string): string {
  return new URL(poster.target ?? pathIn(poster.pageLang, recordUrl(poster.collection, poster.id)), site).href;
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
