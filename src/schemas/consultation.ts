/**
 * A public consultation: a co-creation round of an action plan, its review, or a consultation on
 * one commitment. Its body (Markdown) says what it is for and what will be decided. Its state
 * (upcoming, open, closed, response published) is worked out from its dates on the build date.
 */
import { z } from 'astro/zod';
import { email, field, isoDate, oneOf, ref, text } from './fields.ts';
import { DocumentSchema } from './meeting.ts';
import { withRules } from './rules.ts';
import { consultationKinds, inputChannels } from './vocabularies.ts';

/** Where people send input by email, telephone, WhatsApp or post. */
export const ConsultationContactSchema = z.strictObject({
  /** For the email channel. */
  email: field(email().optional(), { title: 'Email for input' }),
  /** For the telephone channel. */
  telephone: field(z.string().trim().optional(), { title: 'Telephone for input' }),
  /** For the WhatsApp channel. */
  whatsapp: field(z.string().trim().optional(), { title: 'WhatsApp number for input' }),
  /** For letters. */
  address: field(z.string().trim().optional(), { title: 'Postal address for letters', widget: 'text' }),
});

/** Which contact detail each channel needs, so that the page can say where to send input. */
const channelNeeds = { email: 'email', telephone: 'telephone', whatsapp: 'whatsapp', letter: 'address' } as const;

/** A public consultation. */
export const ConsultationSchema = withRules(
  z.strictObject({
    /** Name of the consultation. */
    title: field(text(), { title: 'Title' }),
    /** One sentence for lists and search results. */
    summary: field(text().max(240, { error: 'keep the summary to one sentence (240 characters at most)' }), { title: 'Summary', description: 'One sentence, shown in lists.', widget: 'text' }),
    /** What it is for. */
    kind: field(oneOf(consultationKinds), { title: 'Kind of consultation' }),
    /** The action plan it feeds. */
    plan: field(ref('action-plans').optional(), { title: 'Action plan it feeds' }),
    /** The commitment it concerns, for a consultation on one commitment. */
    commitment: field(ref('commitments').optional(), { title: 'Commitment it concerns', description: 'For a consultation on one commitment; leave empty otherwise.' }),
    /** When the timeline and the ways to take part were published. */
    announced: field(isoDate(), { title: 'Announced on', description: 'The day the timeline and the ways to take part were published. OGP asks for about two weeks before it opens.' }),
    /** First day input is accepted. */
    opens: field(isoDate(), { title: 'Opens on' }),
    /** Last day input is accepted. */
    closes: field(isoDate(), { title: 'Closes on' }),
    /** When the reasoned response was published. */
    responsePublished: field(isoDate().optional(), { title: 'Reasoned response published on', description: 'Fill in once every input has an answer.' }),
    /** Whether anyone may give input, with no invitation or membership. */
    openToAll: field(z.boolean().default(true), { title: 'Open to everyone', description: 'Anyone may give input, without being invited or belonging to an organization.' }),
    /** The questions put to the public. */
    questions: field(z.array(field(text(), { title: 'Question' })).default([]), { title: 'Questions asked' }),
    /** Documents to read before giving input. */
    documents: field(z.array(DocumentSchema).default([]), { title: 'Documents' }),
    /** Meetings where people can speak: in the districts and online. */
    sessions: field(z.array(ref('meetings')).default([]), { title: 'Sessions (meetings where people can speak)' }),
    /** How input may be given. */
    channels: field(z.array(oneOf(inputChannels)).min(1, { error: 'name at least one way to give input' }), { title: 'Ways to give input' }),
    /** Where to send input by email, telephone, WhatsApp or post. */
    contact: field(ConsultationContactSchema.default({}), { title: 'Where to send input' }),
  })
  // Each open channel needs its contact detail, reported at that detail inside the contact group.
  .superRefine((consultation, ctx) => {
    for (const [channel, detail] of Object.entries(channelNeeds)) {
      if (consultation.channels.includes(channel as keyof typeof inputChannels) && !consultation.contact[detail]) {
        ctx.addIssue({ code: 'custom', path: ['contact', detail], message: `the ${channel} channel is open: say where to send input (${detail})` });
      }
    }
  }),
  [
    {
      name: 'closes-not-before-opens',
      fields: ['closes', 'opens'],
      check: ({ opens, closes }) => (closes < opens ? `the consultation closes on ${closes}, before it opens (${opens})` : undefined),
      hints: { closes: 'On or after the opening day.' },
      brokenBy: { opens: '2027-02-01', closes: '2027-01-31' },
    },
    {
      name: 'announced-before-opening',
      fields: ['announced', 'opens'],
      check: ({ announced, opens }) => (announced > opens ? `the announcement (${announced}) comes after the opening (${opens}): people must hear of it before it opens` : undefined),
      hints: { announced: 'On or before the opening day.' },
      brokenBy: { announced: '2027-02-02', opens: '2027-02-01' },
    },
    {
      name: 'response-after-closing',
      fields: ['responsePublished', 'closes'],
      check: ({ responsePublished, closes }) => (responsePublished && responsePublished < closes ? `the response is dated ${responsePublished}, before the consultation closes (${closes})` : undefined),
      hints: { responsePublished: 'On or after the closing day.' },
      brokenBy: { closes: '2027-03-15', responsePublished: '2027-03-14' },
    },
    {
      name: 'feeds-plan-or-commitment',
      fields: ['plan', 'commitment'],
      check: ({ plan, commitment }) => (!plan && !commitment ? 'name the action plan the consultation feeds, or the commitment it concerns' : undefined),
      requires: { plan: 'Required unless the consultation concerns one commitment.' },
      brokenBy: { plan: undefined, commitment: undefined },
    },
    {
      name: 'sessions-for-in-person',
      fields: ['sessions', 'channels'],
      check: ({ channels, sessions }) => (channels.includes('in-person') && sessions.length === 0 ? 'input is taken in person: list the sessions (meetings) where people can speak' : undefined),
      hints: { sessions: 'Required when input is taken in person.' },
      brokenBy: { channels: ['in-person'], sessions: undefined },
    },
  ],
);

/** A consultation as pages see it. */
export type Consultation = z.output<typeof ConsultationSchema>;
