/**
 * One piece of input from the public to a consultation (one file per submission), with its
 * moderation and the reasoned response. Nothing is shown before a person has read it
 * (`moderation: published`); withheld input is counted, never shown. Names are kept only with the
 * submitter's consent, and email addresses and telephone numbers never (the content check and the
 * importer see to that).
 */
import { z } from 'astro/zod';
import { field, isoDate, oneOf, ref, text } from './fields.ts';
import { withRules } from './rules.ts';
import { inputChannels, inputOutcomes, inputSectors, moderationStates, themes } from './vocabularies.ts';

/** What input led to: a commitment, or one of its milestones (named by its title). */
export const LedToSchema = field(z.strictObject({
  /** The commitment. */
  commitment: field(ref('commitments'), { title: 'Commitment' }),
  /** One of its milestones, by title, when the input led to that milestone. */
  milestone: field(z.string().trim().optional(), { title: 'Milestone (its title, optional)' }),
}), { title: 'Led to' });

/** A response that keeps every rule: the rules' breaking values take one field from it. */
const answered = { outcome: 'adopted', reason: 'It became a milestone of the commitment.', date: '2026-12-10', by: 'ministry-of-public-service' };

/** The reasoned response to one piece of input. */
export const InputResponseSchema = withRules(
  z.strictObject({
    /** What became of the input. */
    outcome: field(oneOf(inputOutcomes).default('pending'), { title: 'Outcome' }),
    /** Why: required for every outcome but pending. */
    reason: field(z.string().trim().optional(), { title: 'Reason', description: 'Why it was or was not taken up, in words the person who wrote it will understand. Required once there is an outcome.', widget: 'text' }),
    /** For merged input: the input it was merged into. */
    mergedInto: field(ref('public-input').optional(), { title: 'Merged into', description: 'For merged input: the input it was merged with.' }),
    /** The commitments or milestones it led to. */
    ledTo: field(z.array(LedToSchema).default([]), { title: 'Commitments or milestones it led to' }),
    /** When the response was given. */
    date: field(isoDate().optional(), { title: 'Answered on' }),
    /** Who answered. */
    by: field(ref('organizations').optional(), { title: 'Answered by' }),
  }),
  // An answered input (any outcome but pending) has its reason, date and author.
  [
    {
      name: 'reason-once-answered',
      fields: ['reason', 'outcome'],
      check: ({ outcome, reason }) => (outcome !== 'pending' && !reason ? `the outcome is "${outcome}": give the reason, or set the outcome back to pending` : undefined),
      brokenBy: { ...answered, reason: undefined },
    },
    {
      name: 'date-once-answered',
      fields: ['date', 'outcome'],
      check: ({ outcome, date }) => (outcome !== 'pending' && !date ? 'say when the input was answered' : undefined),
      hints: { date: 'Required once there is an outcome.' },
      brokenBy: { ...answered, date: undefined },
    },
    {
      name: 'answered-by-once-answered',
      fields: ['by', 'outcome'],
      check: ({ outcome, by }) => (outcome !== 'pending' && !by ? 'name the organization that answered' : undefined),
      hints: { by: 'Required once there is an outcome.' },
      brokenBy: { ...answered, by: undefined },
    },
    {
      name: 'merged-names-input',
      fields: ['mergedInto', 'outcome'],
      check: ({ outcome, mergedInto }) => (outcome === 'merged' && !mergedInto ? 'merged input must name the input it was merged into' : undefined),
      brokenBy: { ...answered, outcome: 'merged', mergedInto: undefined },
    },
    {
      name: 'merged-into-only-when-merged',
      fields: ['mergedInto', 'outcome'],
      check: ({ outcome, mergedInto }) => (outcome !== 'pending' && outcome !== 'merged' && mergedInto ? `only merged input names the input it was merged into, and the outcome is "${outcome}"` : undefined),
      brokenBy: { ...answered, mergedInto: '2025-co-creation-1' },
    },
  ],
);

/** One submission from the public. */
export const PublicInputSchema = withRules(
  z.strictObject({
    /** The consultation it answers. */
    consultation: field(ref('consultations'), { title: 'Consultation' }),
    /** Its number within the consultation, shown as "#12". */
    number: field(z.int({ error: 'expected a whole number' }).positive({ error: 'numbers start at 1' }), { title: 'Number', description: 'Its number in the consultation, shown as #12: the next free number.' }),
    /** When it was received. */
    received: field(isoDate(), { title: 'Received on' }),
    /** How it was received. */
    channel: field(oneOf(inputChannels), { title: 'Received by' }),
    /** Whether it may be shown. */
    moderation: field(oneOf(moderationStates).default('pending'), { title: 'Moderation', description: 'Nothing is shown before it is published. Withheld input is counted, never shown.' }),
    /** Why it is withheld. */
    withheldReason: field(z.string().trim().optional(), { title: 'Why it is withheld', description: 'For example: abusive, or it gives someone\'s personal details.', widget: 'text' }),
    /** A line for the table of input. */
    summary: field(text().max(240, { error: 'keep the summary to one sentence (240 characters at most)' }), { title: 'Summary', description: 'One sentence, shown in the table of input.', widget: 'text' }),
    /** What was said, as received (redacted of personal details). */
    text: field(text(), { title: 'The input', description: 'As received, with email addresses and telephone numbers removed.', widget: 'text' }),
    /** The commitment it concerns. */
    commitment: field(ref('commitments').optional(), { title: 'Commitment it concerns' }),
    /** The topic it concerns, when not one commitment. */
    topic: field(oneOf(themes).optional(), { title: 'Topic' }),
    /** District of the person or group. */
    district: field(ref('districts').optional(), { title: 'District of the person or group' }),
    /** Sector of the person or group. */
    sector: field(oneOf(inputSectors).optional(), { title: 'Sector of the person or group' }),
    /** Submitter's name: kept only with their consent. */
    name: field(z.string().trim().optional(), { title: 'Name (only with consent)' }),
    /** Submitter's organization: kept only with their consent. */
    organization: field(z.string().trim().optional(), { title: 'Organization (only with consent)' }),
    /** Whether they agreed to have their name and organization published. */
    consent: field(z.boolean().default(false), { title: 'Agreed to publish their name' }),
    /** The text carries contact details that are public on purpose (an organization's office line). */
    publicContact: field(z.boolean().default(false), { title: 'Carries public contact details on purpose', description: 'Tick only when an email address or telephone number in the text is an organization\'s public one, left in on purpose.' }),
    /** The reasoned response. */
    response: field(InputResponseSchema, { title: 'Response', description: 'Outcome pending until the input is answered.' }),
    /** The form service's id of the submission, so that importing it again adds nothing. */
    submissionId: field(z.string().trim().optional(), { title: 'Form submission id', description: 'Filled in by the importer: leave as it is.' }),
  })
  // Names need consent: reported at the name, or at the organization when only that is given.
  .superRefine((input, ctx) => {
    if ((input.name || input.organization) && !input.consent) {
      ctx.addIssue({ code: 'custom', path: [input.name ? 'name' : 'organization'], message: 'names are kept only with the submitter\'s consent: remove the name and organization, or tick consent if they agreed to publish them' });
    }
  }),
  [
    {
      name: 'withheld-needs-reason',
      fields: ['withheldReason', 'moderation'],
      check: ({ moderation, withheldReason }) => (moderation === 'withheld' && !withheldReason ? 'say why the input is withheld (for example: abusive, or personal details)' : undefined),
      hints: { withheldReason: 'Required when the input is withheld.' },
      brokenBy: { moderation: 'withheld', withheldReason: undefined },
    },
  ],
);

/** A piece of public input as pages see it. */
export type PublicInput = z.output<typeof PublicInputSchema>;
/** A reasoned response. */
export type InputResponse = z.output<typeof InputResponseSchema>;
