/**
 * From the form service to the record, with a person in between: each new submission becomes one
 * public-input file with `moderation: pending` and `response.outcome: pending`, numbered after
 * the consultation's last input. Email addresses and telephone numbers are removed from the text,
 * and the contact fields, the name and the organization (without consent) are never written:
 * they stay with the form service. A submission already imported (same id, or same consultation,
 * day and text) is skipped, so running the import twice adds nothing twice.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PublicInputSchema, type PublicInput } from '../../schemas/public-input.ts';
import { inputSectors } from '../../schemas/vocabularies.ts';
import { readYaml, writeYaml } from '../cms/formats.ts';
import { honeypotField, isTicked } from '../forms/form.ts';
import { redact } from '../forms/personal-data.ts';
import { belizeDate, parseSubmissions, type Submission } from '../forms/submissions.ts';
import { writeNewFile } from '../forms/write.ts';
import { inputFormFields as fields, inputFormName } from './form.ts';
import { recordFolder } from '../content/record-files.ts';

/** Why a submission was not imported. */
export type SkipReason = 'already imported' | 'another form' | 'spam' | 'unknown consultation' | 'no text';

/** What an import did, for the coordinator who ran it (no personal details in it). */
export interface ImportReport {
  added: { file: string; consultation: string; number: number; emailsRemoved: number; phonesRemoved: number; nameLeftOut: boolean }[];
  skipped: { id: string; reason: SkipReason; consultation?: string }[];
}

/** The ids of what the site knows, to check a submission's choices against. */
export interface KnownIds {
  consultations: Set<string>;
  commitments: Set<string>;
  districts: Set<string>;
}

/** An input file already in content/, as far as the import needs it. */
export interface ExistingInput {
  id: string;
  data: Pick<PublicInput, 'consultation' | 'number' | 'received' | 'text'> & { submissionId?: string };
}

/** A one-line summary for the table of input, which a moderator then improves: the first sentence, or the first words. */
export function summarize(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1];
  if (sentence && sentence.length <= max) return sentence;
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max).replace(/[\s,;:.]+$/, '')}…`;
}

/** The order of a public-input file's fields: the schema's, so files read like the CMS writes them. */
export const inputFieldOrder = Object.keys(PublicInputSchema.shape);

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** The files an import would write (file name without folder, and data), and its report: pure, for tests and for the writer below. */
export function planImport(submissions: Submission[], existing: ExistingInput[], known: KnownIds): { files: { name: string; data: Record<string, unknown> }[]; report: ImportReport } {
  const report: ImportReport = { added: [], skipped: [] };
  const files: { name: string; data: Record<string, unknown> }[] = [];
  const seenIds = new Set(existing.map((input) => input.data.submissionId).filter(Boolean));
  const taken = new Set(existing.map((input) => input.id));
  const lastNumber = new Map<string, number>();
  for (const input of existing) lastNumber.set(input.data.consultation, Math.max(lastNumber.get(input.data.consultation) ?? 0, input.data.number));
  const imported = existing.map((input) => input.data);

  for (const submission of [...submissions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))) {
    const { data } = submission;
    const consultation = (data[fields.consultation] ?? '').trim();
    const skip = (reason: SkipReason) => report.skipped.push({ id: submission.id, reason, ...(consultation ? { consultation } : {}) });
    if (submission.formName && submission.formName !== inputFormName) { skip('another form'); continue; }
    if ((data[honeypotField] ?? '').trim()) { skip('spam'); continue; }
    if (seenIds.has(submission.id)) { skip('already imported'); continue; }
    if (!known.consultations.has(consultation)) { skip('unknown consultation'); continue; }
    const cleaned = redact((data[fields.text] ?? '').trim());
    if (!cleaned.text) { skip('no text'); continue; }
    const received = belizeDate(submission.createdAt);
    // An export without ids (a CSV) of input already imported from the JSON: same day, same words.
    if (imported.some((input) => input.consultation === consultation && input.received === received && sameText(input.text, cleaned.text))) { skip('already imported'); continue; }

    let number = (lastNumber.get(consultation) ?? 0) + 1;
    while (taken.has(`${consultation}-${number}`)) number++;
    lastNumber.set(consultation, number);
    const id = `${consultation}-${number}`;
    taken.add(id);
    seenIds.add(submission.id);

    const consent = isTicked(data[fields.consent]);
    const name = consent ? redact((data[fields.name] ?? '').trim()).text : '';
    const organization = consent ? redact((data[fields.organization] ?? '').trim()).text : '';
    const commitment = (data[fields.commitment] ?? '').trim();
    const district = (data[fields.district] ?? '').trim();
    const sector = (data[fields.sector] ?? '').trim();
    const record: Record<string, unknown> = {
      consultation,
      number,
      received,
      channel: 'web-form',
      moderation: 'pending',
      summary: summarize(cleaned.text),
      text: cleaned.text,
      ...(known.commitments.has(commitment) && { commitment }),
      ...(known.districts.has(district) && { district }),
      ...(sector in inputSectors && { sector }),
      ...(name ? { name } : {}),
      ...(organization ? { organization } : {}),
      ...(name || organization ? { consent: true } : {}),
      response: { outcome: 'pending' },
      submissionId: submission.id,
    };
    files.push({ name: `${id}.yaml`, data: record });
    imported.push({ consultation, number, received, text: cleaned.text });
    const leftOut = !consent && Boolean((data[fields.name] ?? '').trim() || (data[fields.organization] ?? '').trim());
    report.added.push({ file: `${id}.yaml`, consultation, number, emailsRemoved: cleaned.emails, phonesRemoved: cleaned.phones, nameLeftOut: leftOut });
  }
  return { files, report };
}

/** The ids of the records in one content folder. */
function idsIn(folder: string): Set<string> {
  if (!existsSync(folder)) return new Set();
  return new Set(readdirSync(folder).filter((name) => !name.startsWith('_') && !name.startsWith('.')).map((name) => name.replace(/\.[^.]+$/, '')));
}

/** Imports an export file (Netlify JSON or CSV) of the public-input form alone into `root`/public-input/, and says what it did. */
export function importSubmissions(file: string, root: string): ImportReport {
  return importInput(parseSubmissions(readFileSync(file, 'utf8')), root);
}

/** Imports submissions of the public-input form into `root`/public-input/, never over a file that is there, and says what it did. */
export function importInput(submissions: Submission[], root: string): ImportReport {
  const folder = recordFolder('public-input', 'en', root);
  const names = existsSync(folder) ? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_')) : [];
  const existing: ExistingInput[] = names.map((name) => {
    const data = readYaml(readFileSync(join(folder, name), 'utf8'));
    const text = (key: string) => String(data[key] ?? '');
    return { id: name.replace(/\.ya?ml$/, ''), data: { consultation: text('consultation'), number: Number(data.number) || 0, received: text('received'), text: text('text'), ...(data.submissionId ? { submissionId: text('submissionId') } : {}) } };
  });
  const known: KnownIds = { consultations: idsIn(recordFolder('consultations', 'en', root)), commitments: idsIn(recordFolder('commitments', 'en', root)), districts: idsIn(recordFolder('districts', 'en', root)) };
  const { files, report } = planImport(submissions, existing, known);
  for (const { name, data } of files) writeNewFile(join(folder, name), writeYaml(data, inputFieldOrder));
  return report;
}
