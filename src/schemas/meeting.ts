/** A meeting of the Open Government Coordination Mechanism; its body (Markdown) is the minutes. */
import { z } from 'astro/zod';
import { field, isoDate, link, lonLat, oneOf, ref, text, timeOfDay } from './fields.ts';
import { withRules } from './rules.ts';
import { attendeeSectors, decisionOutcomes, meetingKinds, meetingStatuses } from './vocabularies.ts';

/** Where a meeting took place. */
export const VenueSchema = z.strictObject({
  /** The building or room. */
  name: field(text(), { title: 'Venue' }),
  /** Street address or town. */
  address: field(z.string().trim().optional(), { title: 'Address' }),
  /** Where it is, for maps. */
  coordinates: field(lonLat().optional(), { title: 'Coordinates [longitude, latitude]' }),
});

/** A person present, with the organization and sector they represent. */
export const AttendeeSchema = field(z.strictObject({
  /** Full name. */
  name: field(text(), { title: 'Name' }),
  /** Organization represented, if it is listed on the site. */
  organization: field(ref('organizations').optional(), { title: 'Organization represented' }),
  /** Sector represented, for the counts OGP asks for. */
  sector: field(oneOf(attendeeSectors), { title: 'Sector' }),
}), { title: 'Attendee' });

/** A decision taken by the forum. */
export const DecisionSchema = field(z.strictObject({
  /** What was proposed. */
  text: field(text(), { title: 'Decision', widget: 'text' }),
  /** What the forum did with it. */
  outcome: field(oneOf(decisionOutcomes), { title: 'Outcome' }),
  /** Commitments it concerns. */
  commitments: field(z.array(ref('commitments')).default([]), { title: 'Related commitments' }),
}), { title: 'Decision' });

/** A follow-up task agreed at the meeting. */
export const ActionItemSchema = field(z.strictObject({
  /** What is to be done. */
  text: field(text(), { title: 'Action', widget: 'text' }),
  /** Who is to do it. */
  owner: field(text(), { title: 'Owner (person)' }),
  /** Their organization. */
  organization: field(ref('organizations').optional(), { title: 'Owner\'s organization' }),
  /** When it is due. */
  due: field(isoDate().optional(), { title: 'Due date' }),
  /** Whether it is done. */
  done: field(z.boolean().default(false), { title: 'Done' }),
}), { title: 'Action item' });

/** Input from the public and the forum's reasoned response (OGP co-creation standard). */
export const PublicInputSchema = field(z.strictObject({
  /** Who gave the input. */
  from: field(text(), { title: 'From' }),
  /** What they said. */
  summary: field(text(), { title: 'Input received', widget: 'text' }),
  /** How it was considered. */
  response: field(text(), { title: 'Reasoned response', widget: 'text' }),
}), { title: 'Public input' });

/** A document shared before or at the meeting. */
export const DocumentSchema = field(z.strictObject({
  /** The document's title. */
  title: field(text(), { title: 'Title' }),
  /** Where to find it. */
  url: field(link(), { title: 'Link or file', widget: 'file' }),
}), { title: 'Document' });

/** A meeting of the Coordination Mechanism. */
export const MeetingSchema = withRules(
  z.strictObject({
    /** Name of the meeting. */
    title: field(text(), { title: 'Title' }),
    /** One sentence for lists and search results. */
    summary: field(text().max(240, { error: 'keep the summary to one sentence (240 characters at most)' }), { title: 'Summary', widget: 'text' }),
    /** Kind of meeting. */
    kind: field(oneOf(meetingKinds), { title: 'Kind of meeting' }),
    /** Whether it took place. */
    status: field(oneOf(meetingStatuses), { title: 'Status' }),
    /** Day of the meeting. */
    date: field(isoDate(), { title: 'Date' }),
    /** Start time. */
    time: field(timeOfDay().optional(), { title: 'Start time (HH:MM)' }),
    /** District where it was held; empty for online meetings. */
    district: field(ref('districts').optional(), { title: 'District' }),
    /** Where it was held. */
    venue: field(VenueSchema.optional(), { title: 'Venue' }),
    /** Held online (also or only). */
    online: field(z.boolean().default(false), { title: 'Held online' }),
    /** The action plan it worked on. */
    plan: field(ref('action-plans').optional(), { title: 'Action plan' }),
    /** When the notice was published. */
    noticePublished: field(isoDate().optional(), { title: 'Notice published on' }),
    /** Agenda items, in order. */
    agenda: field(z.array(field(text(), { title: 'Agenda item' })).default([]), { title: 'Agenda' }),
    /** Documents shared. */
    documents: field(z.array(DocumentSchema).default([]), { title: 'Documents' }),
    /** Who attended. */
    attendees: field(z.array(AttendeeSchema).default([]), { title: 'Attendees' }),
    /** Whether quorum was reached. */
    quorum: field(z.boolean().optional(), { title: 'Quorum reached' }),
    /** Decisions taken. */
    decisions: field(z.array(DecisionSchema).default([]), { title: 'Decisions' }),
    /** Follow-up actions. */
    actions: field(z.array(ActionItemSchema).default([]), { title: 'Action items' }),
    /** Public input and reasoned responses. */
    publicInput: field(z.array(PublicInputSchema).default([]), { title: 'Public input and responses' }),
    /** When the forum approved these minutes. */
    minutesApproved: field(isoDate().optional(), { title: 'Minutes approved on' }),
    /** A recording of the meeting. */
    recording: field(link().optional(), { title: 'Recording' }),
  }),
  [
    {
      name: 'held-somewhere',
      fields: ['district', 'online'],
      check: ({ district, online }) => (!district && !online ? 'name the district where the meeting was held, or mark it as held online' : undefined),
      requires: { district: 'Required unless the meeting was held online.' },
      brokenBy: { district: undefined, online: false },
    },
    {
      name: 'notice-before-meeting',
      fields: ['noticePublished', 'date'],
      check: ({ noticePublished, date }) => (noticePublished && noticePublished > date ? `the notice date ${noticePublished} is after the meeting (${date})` : undefined),
      hints: { noticePublished: 'On or before the day of the meeting.' },
      brokenBy: { date: '2026-11-26', noticePublished: '2026-11-27' },
    },
    {
      name: 'minutes-approved-after-meeting',
      fields: ['minutesApproved', 'date'],
      check: ({ minutesApproved, date }) => (minutesApproved && minutesApproved < date ? `the minutes are approved on ${minutesApproved}, before the meeting (${date})` : undefined),
      hints: { minutesApproved: 'On or after the day of the meeting.' },
      brokenBy: { date: '2026-11-26', minutesApproved: '2026-11-25' },
    },
  ],
);

/** A meeting as pages see it. */
export type Meeting = z.output<typeof MeetingSchema>;
