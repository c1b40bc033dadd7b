/**
 * `npm run import-input -- FILE`: adds the new submissions of a Netlify Forms export (the JSON its
 * API returns, or the CSV of its Forms page) to content/, pending moderation: public input to
 * content/public-input/, data requests to content/data-requests/. Running it again on the same
 * file adds nothing; no existing file is ever changed. See "Public input" and "Data requests" in
 * the README.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { importFormExport } from '../src/lib/forms/import.ts';
import { SubmissionsError } from '../src/lib/forms/submissions.ts';
import { contentDir } from '../src/lib/paths.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(`Usage: npm run import-input -- FILE\n${file ? `There is no file ${file}.` : 'Name the export to import: the JSON of Netlify\'s submissions API, or the CSV of its Forms page.'}`);
  process.exit(1);
}

/** What was removed or left out of an added file, in words. */
function notes(added: { emailsRemoved: number; phonesRemoved: number; nameLeftOut: boolean }): string {
  const said = [
    added.emailsRemoved && `${added.emailsRemoved} email address(es) removed`,
    added.phonesRemoved && `${added.phonesRemoved} telephone number(s) removed`,
    added.nameLeftOut && 'name left out (no consent)',
  ].filter(Boolean);
  return said.length ? ` (${said.join('; ')})` : '';
}

try {
  const { publicInput, dataRequests, unknown } = importFormExport(file, contentDir);
  for (const added of publicInput.added) console.log(`  added   ${recordFolder('public-input', 'en', contentDir)}/${added.file}${notes(added)}`);
  for (const added of dataRequests.added) console.log(`  added   ${recordFolder('data-requests', 'en', contentDir)}/${added.file}${notes(added)}`);
  for (const skipped of publicInput.skipped) console.log(`  skipped ${skipped.id}: ${skipped.reason}${skipped.consultation ? ` (${skipped.consultation})` : ''}`);
  for (const skipped of dataRequests.skipped) {
    console.log(`  skipped ${skipped.id} (${skipped.where}): ${skipped.reason === 'bad field' ? `field "${skipped.field}" ${skipped.message}` : skipped.reason}`);
  }
  for (const other of unknown) console.log(`  skipped ${other.id} (${other.where}): ${other.formName ? `form "${other.formName}" is not one of this site's` : 'its columns match none of this site\'s forms'}`);
  const added = publicInput.added.length + dataRequests.added.length;
  const skipped = publicInput.skipped.length + dataRequests.skipped.length + unknown.length;
  console.log(`\n${added} new, ${skipped} skipped.`);
  if (publicInput.added.length) console.log('New input is pending: moderate and answer it in the editor (Public input), then commit.');
  if (dataRequests.added.length) console.log('New data requests are pending: read them in the editor (Data requests), publish or withhold them, then commit.');
  const where = relative(process.cwd(), resolve(file));
  if (!where.startsWith('..') && !where.startsWith('form-exports')) {
    console.log(`\nThe export ${file} is inside the project folder and holds email addresses and telephone numbers: delete it, or keep it in form-exports/, which Git ignores.`);
  }
} catch (error) {
  if (!(error instanceof SubmissionsError)) throw error;
  console.error(`${file} cannot be imported: ${error.message}`);
  process.exit(1);
}
