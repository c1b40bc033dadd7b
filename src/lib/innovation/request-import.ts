/**
 * From the form service to the record, with a person in between: each new data request sent
 * through the form becomes one file in content/data-requests/, named after its title as the
 * editor would name it, with `moderation: pending` and `status: received`. Email addresses and
 * telephone numbers are removed from its words, and the contact fields, the name and the
 * organization (without consent) are never written. A submission already imported is skipped;
 * one that cannot become a valid request is reported with its row and field, and not written.
 */
import { recordFolder } from '../content/record-files.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataRequestSchema } from '../../schemas/data-request.ts';
import { readFrontMatter, writeFrontMatter } from '../cms/formats.ts';
import { newRecordId } from '../cms/file-names.ts';
import { honeypotField, isTicked } from '../forms/form.ts';
import { redact } from '../forms/personal-data.ts';
import { belizeDate, type Submission } from '../forms/submissions.ts';
import { writeNewFile } from '../forms/write.ts';
import { dataRequestFormUrl, dataRequestThankYouUrl, sectionUrl } from '../urls.ts';
import { requestFromForm } from './data-requests.ts';
import { requestFormFields as fields, requestFormName } from './request-form.ts';

/** Why a submission was not imported: `bad field` names the form's field and what is wrong with it. */
export interface RequestSkip {
  id: string;
  /** Where it is in the export: `row 4`, `submission 2`. */
  where: string;
  reason: 'already imported' | 'another form' | 'spam' | 'bad field';
  /** For a bad field: the form's field, as the export's column is headed. */
  field?: string;
  /** For a bad field: what is wrong, and what to do. */
  message?: string;
}

/** What an import of data requests did, for the coordinator who ran it (no personal details in it). */
export interface RequestImportReport {
  added: { file: string; emailsRemoved: number; phonesRemoved: number; nameLeftOut: boolean }[];
  skipped: RequestSkip[];
}

/** A request file already in content/, as far as the import needs it. */
export interface ExistingRequest {
  /** Its file name, `bus-routes-and-stops.md`. */
  file: string;
  received: string;
  description: string;
  submissionId?: string;
}

/** The order of a request file's fields: the schema's, so files read like the CMS writes them. */
export const requestFieldOrder = Object.keys(DataRequestSchema.shape);

/** The form's field behind each of the record's fields, to name it in a message. */
const formFieldOf: Record<string, string> = { title: fields.title, description: fields.description, purpose: fields.purpose, districts: fields.districts, 'requester.name': fields.name, 'requester.organization': fields.organization };

/** The ids the pages beside the requests take (`/data-requests/new/`): no request may be named so. */
const reservedIds = [dataRequestFormUrl, dataRequestThankYouUrl].map((url) => url.slice(sectionUrl('data-requests').length).replace(/\/$/, ''));

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** The files an import would write (file name without folder, and data), and its report: pure, for tests and for the writer below. */
export function planRequestImport(submissions: Submission[], existing: ExistingRequest[], districts: Set<string>): { files: { name: string; data: Record<string, unknown> }[]; report: RequestImportReport } {
  const report: RequestImportReport = { added: [], skipped: [] };
  const files: { name: string; data: Record<string, unknown> }[] = [];
  const seenIds = new Set(existing.map((request) => request.submissionId).filter(Boolean));
  const names = [...existing.map((request) => request.file), ...reservedIds.map((id) => `${id}.md`)];
  const imported = existing.map(({ received, description }) => ({ received, description }));

  for (const submission of [...submissions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))) {
    const { data } = submission;
    const skip = (reason: RequestSkip['reason'], bad?: { field: string; message: string }) => report.skipped.push({ id: submission.id, where: submission.where, reason, ...bad });
    if (submission.formName && submission.formName !== requestFormName) { skip('another form'); continue; }
    if ((data[honeypotField] ?? '').trim()) { skip('spam'); continue; }
    if (seenIds.has(submission.id)) { skip('already imported'); continue; }

    const received = belizeDate(submission.createdAt);
    const record = requestFromForm(data, received);
    let emailsRemoved = 0;
    let phonesRemoved = 0;
    const clean = (value: unknown) => {
      if (typeof value !== 'string') return value;
      const cleaned = redact(value);
      emailsRemoved += cleaned.emails;
      phonesRemoved += cleaned.phones;
      return cleaned.text;
    };
    for (const key of ['title', 'description', 'purpose'] as const) record[key] = clean(record[key]);
    const requester = record.requester as Record<string, unknown>;
    for (const key of ['name', 'organization'] as const) if (requester[key] !== undefined) requester[key] = clean(requester[key]);

    const empty = (['title', 'description', 'purpose'] as const).find((key) => !record[key]);
    if (empty) { skip('bad field', { field: fields[empty], message: 'is empty: the form requires it, so this row was changed or sent by something other than the form' }); continue; }
    const unknown = (record.districts as string[]).find((district) => !districts.has(district));
    if (unknown) { skip('bad field', { field: fields.districts, message: `"${unknown}" is not a district id (the ids are ${[...districts].sort().join(', ')}): correct it in the export and import again` }); continue; }
    const checked = DataRequestSchema.safeParse(record);
    if (!checked.success) {
      const [issue] = checked.error.issues;
      const path = issue.path.join('.');
      skip('bad field', { field: formFieldOf[path] ?? path, message: issue.message });
      continue;
    }
    if (imported.some((request) => request.received === received && sameText(request.description, String(record.description)))) { skip('already imported'); continue; }

    const id = newRecordId('data-requests', record, names)!;
    const name = `${id}.md`;
    names.push(name);
    seenIds.add(submission.id);
    imported.push({ received, description: String(record.description) });
    files.push({ name, data: { ...record, submissionId: submission.id } });
    const nameGiven = Boolean(String(data[fields.name] ?? '').trim() || String(data[fields.organization] ?? '').trim());
    report.added.push({ file: name, emailsRemoved, phonesRemoved, nameLeftOut: nameGiven && !isTicked(data[fields.consent]) });
  }
  return { files, report };
}

/** Imports the data-request submissions of an export into `root`/data-requests/, never over a file that is there, and says what it did. */
export function importRequests(submissions: Submission[], root: string): RequestImportReport {
  const folder = recordFolder('data-requests', 'en', root);
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md') && !name.startsWith('_')) : [];
  const existing: ExistingRequest[] = files.map((file) => {
    const data = readFrontMatter(readFileSync(join(folder, file), 'utf8'));
    return { file, received: String(data.received ?? ''), description: String(data.description ?? ''), ...(data.submissionId ? { submissionId: String(data.submissionId) } : {}) };
  });
  const districtFolder = recordFolder('districts', 'en', root);
  const districts = existsSync(districtFolder) ? new Set(readdirSync(districtFolder).filter((name) => !name.startsWith('_') && !name.startsWith('.')).map((name) => name.replace(/\.[^.]+$/, ''))) : new Set<string>();
  const { files: planned, report } = planRequestImport(submissions, existing, districts);
  for (const { name, data } of planned) writeNewFile(join(folder, name), writeFrontMatter(data, requestFieldOrder));
  return report;
}
