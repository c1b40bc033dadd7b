/**
 * Data requests as readers follow them: open ones first, the longest waiting at the top, each
 * with how long it has waited or how long the answer took; and how a request sent through the
 * form (`request-form.ts`) becomes a record.
 */
import type { DataRequestEntry, Records } from '../content/records.ts';
import type { DataRequest } from '../../schemas/data-request.ts';
import { dataRequestStatuses } from '../../schemas/vocabularies.ts';
import { daysBetween, today } from '../dates.ts';
import type { Words } from '../i18n/words.ts';
import { isTicked } from '../forms/form.ts';
import { requestFormFields as fields, type RequestFormData } from './request-form.ts';

/** Whether the request still awaits its data (received, under review or planned). */
export function isOpen(request: Pick<DataRequest, 'status'>): boolean {
  return dataRequestStatuses[request.status].open;
}

/** How long a request has waited (`open`), or waited before its answer, in days. */
export function waitOf(request: Pick<DataRequest, 'status' | 'received' | 'statusDate'>, on = today): { days: number; open: boolean } {
  const open = isOpen(request);
  return { days: Math.max(0, daysBetween(request.received, open ? on : request.statusDate!)), open };
}

/** A wait in words, in the language of `t`: `waiting for 3 months`, `answered after 12 days`. */
export function waitInWords({ days, open }: { days: number; open: boolean }, t: Words): string {
  const w = t.words.dataRequests.wait;
  if (open) return days === 0 ? w.today : w.waiting(t.duration(days));
  return days === 0 ? w.sameDay : w.answered(t.duration(days));
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
 * The front matter of a new request from a form submission (its fields keyed by the names in
 * `request-form.ts`): awaiting moderation and received, named only with consent, with no contact
 * details (the email address and telephone number let a coordinator answer, and never reach the
 * record). The content check then holds it to the schema.
 */
export function requestFromForm(data: RequestFormData, received: string): Record<string, unknown> {
  const text = (field: keyof typeof fields) => {
    const value = data[fields[field]];
    return typeof value === 'string' ? value.trim() : '';
  };
  const boxes = data[fields.districts];
  const box = data[fields.consent];
  const consent = isTicked(typeof box === 'boolean' ? box : text('consent'));
  const districts = (Array.isArray(boxes) ? boxes : typeof boxes === 'string' ? boxes.split(',') : []).map((district) => district.trim()).filter(Boolean);
  const name = consent ? text('name') : '';
  const organization = consent ? text('organization') : '';
  return {
    title: text('title'),
    description: text('description'),
    purpose: text('purpose'),
    districts,
    requester: { ...(name && { name }), ...(organization && { organization }), consent },
    received,
    moderation: 'pending',
    status: 'received',
  };
}
