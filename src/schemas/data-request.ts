/**
 * A data request: someone asks for a dataset (what, why, which districts, by whom if they agree
 * to be named), and the responsible organization answers with a state and dates (after CKAN's
 * data-requests extension). Its body (Markdown) is the organization's answer in words.
 *
 * The fields a request form collects map one to one onto this record (see
 * src/lib/innovation/README.md): the requester's contact details are never among them, and a
 * request arrives `moderation: pending`, unseen until a coordinator publishes it.
 */
import { z } from 'astro/zod';
import { field, isoDate, oneOf, ref, text } from './fields.ts';
import { withRules } from './rules.ts';
import { dataRequestStatuses, moderationStates, themes } from './vocabularies.ts';

/** Who asked: shown only when they agreed to be named. */
export const RequesterSchema = z.strictObject({
  /** Their name. */
  name: field(z.string().trim().min(1).optional(), { title: 'Name', description: 'Only when they agreed to be named. Email addresses and telephone numbers stay out of the site.' }),
  /** Their group, business or school. */
  organization: field(z.string().trim().min(1).optional(), { title: 'Organization', description: 'Their group, business or school, when they agreed to be named.' }),
  /** Whether they agreed to have their name published. */
  consent: field(z.boolean().default(false), { title: 'Agreed to be named on the site' }),
});

/** A state's name in a sentence: "under review". */
const stateOf = (status: keyof typeof dataRequestStatuses) => dataRequestStatuses[status].label.toLowerCase();

/** A request taken under review that keeps every rule: the rules' breaking values change one field of it. */
const underReview = { status: 'under-review', organization: 'ministry-of-education', statusDate: '2026-12-01' };

/** A data request. */
export const DataRequestSchema = withRules(
  z.strictObject({
    /** The data asked for, in a few words. */
    title: field(text(), { title: 'Data asked for' }),
    /** What exactly is asked for, in the requester's words. */
    description: field(text(), { title: 'What is asked for', widget: 'text' }),
    /** Why they need it. */
    purpose: field(text(), { title: 'Why it is needed', widget: 'text' }),
    /** Districts the data should cover; none means the whole country. */
    districts: field(z.array(ref('districts')).default([]), { title: 'Districts', description: 'Leave empty when the request is for the whole country.' }),
    /** Policy areas. */
    themes: field(z.array(oneOf(themes)).default([]), { title: 'Themes' }),
    /** Who asked. */
    requester: field(RequesterSchema.optional(), { title: 'Requested by' }),
    /** The day it arrived. */
    received: field(isoDate(), { title: 'Date received' }),
    /** Whether it may be shown. */
    moderation: field(oneOf(moderationStates).default('pending'), { title: 'Moderation', description: 'Nothing is shown on the site until it is published. A withheld request is counted, never shown.' }),
    /** Why it is withheld. */
    withheldReason: field(z.string().trim().min(1).optional(), { title: 'Why it is withheld', description: 'For example: abusive, or it holds personal data. Required when withheld; never shown.', widget: 'text' }),
    /** Where it stands. */
    status: field(oneOf(dataRequestStatuses).default('received'), { title: 'State' }),
    /** The organization that answers it. */
    organization: field(ref('organizations').optional(), { title: 'Responsible organization', description: 'The organization that holds the data and answers the request.' }),
    /** The day it reached its current state. */
    statusDate: field(isoDate().optional(), { title: 'Date of this state', description: 'The day the request was taken under review, planned, published or declined.' }),
    /** When the data is expected. */
    plannedFor: field(isoDate().optional(), { title: 'Planned for', description: 'When planned: the date the data is expected.' }),
    /** The dataset that answers it. */
    dataset: field(ref('datasets').optional(), { title: 'Published as', description: 'When published: the dataset in the catalogue.' }),
    /** Why it was declined. */
    reason: field(z.string().trim().min(1).optional(), { title: 'Why it was declined', widget: 'text' }),
    /** The form service's id of the submission, so that importing it again adds nothing. */
    submissionId: field(z.string().trim().optional(), { title: 'Form submission id', description: 'Filled in by the importer: leave as it is.' }),
  })
  // Names need consent: reported at the name, or at the organization when only that is given.
  .superRefine((request, ctx) => {
    const requester = request.requester;
    if (requester && !requester.consent && (requester.name || requester.organization)) {
      ctx.addIssue({ code: 'custom', path: ['requester', requester.name ? 'name' : 'organization'], message: 'the requester did not agree to be named: remove the name and organization (keep them outside the site), or record their consent' });
    }
  }),
  [
    {
      name: 'withheld-needs-reason',
      fields: ['withheldReason', 'moderation'],
      check: ({ moderation, withheldReason }) => (moderation === 'withheld' && !withheldReason ? 'say why the request is withheld (it is never shown)' : undefined),
      brokenBy: { moderation: 'withheld', withheldReason: undefined },
    },
    {
      name: 'reason-only-when-withheld',
      fields: ['withheldReason', 'moderation'],
      check: ({ moderation, withheldReason }) => (moderation !== 'withheld' && withheldReason ? `the request is ${moderation}, not withheld: remove the reason or set moderation to withheld` : undefined),
      brokenBy: { withheldReason: 'It names a neighbour.' },
    },
    {
      name: 'organization-once-answered',
      fields: ['organization', 'status'],
      check: ({ status, organization }) => (status !== 'received' && !organization ? `a request that is ${stateOf(status)} needs the organization responsible for answering it` : undefined),
      hints: { organization: 'Required once the request is under review.' },
      brokenBy: { ...underReview, organization: undefined },
    },
    {
      name: 'status-date-once-answered',
      fields: ['statusDate', 'status'],
      check: ({ status, statusDate }) => (status !== 'received' && !statusDate ? `give the date the request became ${stateOf(status)}` : undefined),
      hints: { statusDate: 'Required once the request is under review; none while it is only received.' },
      brokenBy: { ...underReview, statusDate: undefined },
    },
    {
      name: 'no-status-date-when-received',
      fields: ['statusDate', 'status'],
      check: ({ status, statusDate }) => (status === 'received' && statusDate ? 'a request that is only received has no other date: set its state, or remove this date' : undefined),
      brokenBy: { status: 'received', statusDate: '2026-12-01' },
    },
    {
      name: 'status-date-after-received',
      fields: ['statusDate', 'received'],
      check: ({ statusDate, received }) => (statusDate && statusDate < received ? `the date of this state ${statusDate} is before the request was received (${received})` : undefined),
      hints: { statusDate: 'On or after the day it was received.' },
      brokenBy: { ...underReview, received: '2026-11-26', statusDate: '2026-11-25' },
    },
    {
      name: 'planned-date-when-planned',
      fields: ['plannedFor', 'status'],
      check: ({ status, plannedFor }) => (status === 'planned' && !plannedFor ? 'a planned request needs the date the data is expected' : undefined),
      brokenBy: { ...underReview, status: 'planned', plannedFor: undefined },
    },
    {
      name: 'planned-date-only-when-planned',
      fields: ['plannedFor', 'status'],
      check: ({ status, plannedFor }) => (status !== 'planned' && plannedFor ? `only a planned request has a planned date: the state is ${stateOf(status)}` : undefined),
      brokenBy: { plannedFor: '2027-06-30' },
    },
    {
      name: 'dataset-when-published',
      fields: ['dataset', 'status'],
      check: ({ status, dataset }) => (status === 'published' && !dataset ? 'a published request needs the dataset that answers it: choose it from the catalogue' : undefined),
      brokenBy: { ...underReview, status: 'published', dataset: undefined },
    },
    {
      name: 'dataset-only-when-published',
      fields: ['dataset', 'status'],
      check: ({ status, dataset }) => (status !== 'published' && dataset ? `the request is ${stateOf(status)}: set the state to published, or remove the dataset` : undefined),
      brokenBy: { dataset: 'schools-by-district' },
    },
    {
      name: 'reason-when-declined',
      fields: ['reason', 'status'],
      check: ({ status, reason }) => (status === 'declined' && !reason ? 'a declined request needs the reason it was declined' : undefined),
      brokenBy: { ...underReview, status: 'declined', reason: undefined },
    },
    {
      name: 'reason-only-when-declined',
      fields: ['reason', 'status'],
      check: ({ status, reason }) => (status !== 'declined' && reason ? `only a declined request has a reason for declining: the state is ${stateOf(status)}` : undefined),
      brokenBy: { reason: 'The data is not collected.' },
    },
  ],
);

/** A data request as pages see it. */
export type DataRequest = z.output<typeof DataRequestSchema>;
