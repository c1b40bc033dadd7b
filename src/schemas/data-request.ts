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

/** A data request. */
export const DataRequestSchema = z
  .strictObject({
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
  })
  .superRefine((request, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const { status } = request;
    const state = dataRequestStatuses[status].label.toLowerCase();
    if (request.moderation === 'withheld' && !request.withheldReason) issue('withheldReason', 'say why the request is withheld (it is never shown)');
    if (request.moderation !== 'withheld' && request.withheldReason) issue('withheldReason', `the request is ${request.moderation}, not withheld: remove the reason or set moderation to withheld`);
    if (status !== 'received') {
      if (!request.organization) issue('organization', `a request that is ${state} needs the organization responsible for answering it`);
      if (!request.statusDate) issue('statusDate', `give the date the request became ${state}`);
    } else if (request.statusDate) {
      issue('statusDate', 'a request that is only received has no other date: set its state, or remove this date');
    }
    if (request.statusDate && request.statusDate < request.received) issue('statusDate', `the date of this state ${request.statusDate} is before the request was received (${request.received})`);
    if (status === 'planned' && !request.plannedFor) issue('plannedFor', 'a planned request needs the date the data is expected');
    if (status !== 'planned' && request.plannedFor) issue('plannedFor', `only a planned request has a planned date: the state is ${state}`);
    if (status === 'published' && !request.dataset) issue('dataset', 'a published request needs the dataset that answers it: choose it from the catalogue');
    if (status !== 'published' && request.dataset) issue('dataset', `the request is ${state}: set the state to published, or remove the dataset`);
    if (status === 'declined' && !request.reason) issue('reason', 'a declined request needs the reason it was declined');
    if (status !== 'declined' && request.reason) issue('reason', `only a declined request has a reason for declining: the state is ${state}`);
    const requester = request.requester;
    if (requester && !requester.consent && (requester.name || requester.organization)) {
      ctx.addIssue({ code: 'custom', path: ['requester', requester.name ? 'name' : 'organization'], message: 'the requester did not agree to be named: remove the name and organization (keep them outside the site), or record their consent' });
    }
  });

/** A data request as pages see it. */
export type DataRequest = z.output<typeof DataRequestSchema>;
