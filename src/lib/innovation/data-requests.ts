/**
 * Data requests as readers follow them: open ones first, the longest waiting at the top, each
 * with how long it has waited or how long the answer took; and how a request sent through a
 * form becomes a record.
 */
import type { DataRequestEntry, Records } from '../content/records.ts';
import type { DataRequest } from '../../schemas/data-request.ts';
import { dataRequestStatuses } from '../../schemas/vocabularies.ts';
import { daysBetween, formatDuration, today } from '../dates.ts';

/** Whether the request still awaits its data (received, under review or planned). */
export function isOpen(request: Pick<DataRequest, 'status'>): boolean {
  return dataRequestStatuses[request.status].open;
}

/** How long a request has waited, or waited before its answer, in days and in words. */
export function waitOf(request: Pick<DataRequest, 'status' | 'received' | 'statusDate'>, on = today): { days: number; words: string } {
  if (isOpen(request)) {
    const days = Math.max(0, daysBetween(request.received, on));
    return { days, words: days === 0 ? 'received today' : `waiting for ${formatDuration(days)}` };
  }
  const days = Math.max(0, daysBetween(request.received, request.statusDate!));
  return { days, words: days === 0 ? 'answered the day it was received' : `answered after ${formatDuration(days)}` };
}

/** Open requests first, the longest waiting at the top; then answered ones, the latest answer first. */
export function requestsInOrder(requests: DataRequestEntry[]): DataRequestEntry[] {
  const open = requests.filter((r) => isOpen(r.data)).sort((a, b) => a.data.received.localeCompare(b.data.received) || a.id.localeCompare(b.id));
  const answered = requests.filter((r) => !isOpen(r.data)).sort((a, b) => b.data.statusDate!.localeCompare(a.data.statusDate!) || a.id.localeCompare(b.id));
  return [...open, ...answered];
}

/** The published requests a dataset answers, so that its page can link back to them. */
export function requestsAnsweredBy(records: Pick<Records, 'dataRequests'>, dataset: string): DataRequestEntry[] {
  return records.dataRequests.filter((request) => request.data.status === 'published' && request.data.dataset === dataset);
}

/**
 * What a request form sends: the fields of the public form, as Netlify Forms stores them (strings;
 * several districts as a list or one string joined by commas). `email` and `phone` let a
 * coordinator answer the requester and never reach the record.
 */
export interface RequestFormFields {
  title: string;
  description: string;
  purpose: string;
  districts?: string | string[];
  name?: string;
  organization?: string;
  /** The box "publish my name with the request", as a browser posts it when ticked ("on", or the box's value). */
  consent?: string | boolean;
  email?: string;
  phone?: string;
}

/**
 * The front matter of a new request from a form submission: awaiting moderation and received,
 * named only with consent, with no contact details. The content check then holds it to the schema.
 */
export function requestFromForm(fields: RequestFormFields, received: string): Record<string, unknown> {
  const consent = fields.consent === true || (typeof fields.consent === 'string' && /^(on|yes|true|1)$/i.test(fields.consent.trim()));
  const districts = (Array.isArray(fields.districts) ? fields.districts : (fields.districts ?? '').split(','))
    .map((district) => district.trim())
    .filter(Boolean);
  const name = consent ? fields.name?.trim() : undefined;
  const organization = consent ? fields.organization?.trim() : undefined;
  return {
    title: fields.title.trim(),
    description: fields.description.trim(),
    purpose: fields.purpose.trim(),
    districts,
    requester: { ...(name && { name }), ...(organization && { organization }), consent },
    received,
    moderation: 'pending',
    status: 'received',
  };
}
