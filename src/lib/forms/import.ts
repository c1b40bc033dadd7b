/**
 * `npm run import-input`: one export from the form service, whichever of the site's forms its
 * submissions were sent with, each handed to its form's importer (public input to
 * `co-creation/import.ts`, data requests to `innovation/request-import.ts`).
 */
import { readFileSync } from 'node:fs';
import { inputForm } from '../co-creation/form.ts';
import { importInput, type ImportReport } from '../co-creation/import.ts';
import { requestForm } from '../innovation/request-form.ts';
import { importRequests, type RequestImportReport } from '../innovation/request-import.ts';
import { formOf } from './form.ts';
import { parseSubmissions, type Submission } from './submissions.ts';

/** The site's forms, as the importer tells them apart. */
export const webForms = [inputForm, requestForm] as const;

/** What one import did, form by form; `unknown` are submissions of no form of this site. */
export interface FormImportReport {
  publicInput: ImportReport;
  dataRequests: RequestImportReport;
  unknown: { id: string; where: string; formName?: string }[];
}

/** Imports an export file (Netlify JSON or CSV, of one form or several) into `root`, and says what it did. */
export function importFormExport(file: string, root: string): FormImportReport {
  const submissions = parseSubmissions(readFileSync(file, 'utf8'));
  const byForm = new Map<string, Submission[]>(webForms.map((form) => [form.name, []]));
  const unknown: FormImportReport['unknown'] = [];
  for (const submission of submissions) {
    const form = formOf(submission, webForms);
    if (form) byForm.get(form.name)!.push(submission);
    else unknown.push({ id: submission.id, where: submission.where, ...(submission.formName ? { formName: submission.formName } : {}) });
  }
  return { publicInput: importInput(byForm.get(inputForm.name)!, root), dataRequests: importRequests(byForm.get(requestForm.name)!, root), unknown };
}
