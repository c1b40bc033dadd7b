/**
 * `npm run import-input -- FILE`: adds the new submissions of a Netlify Forms export (the JSON its
 * API returns, or the CSV of its Forms page) to content/public-input/, pending moderation.
 * Running it again on the same file adds nothing. See "Public input" in the README.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { importSubmissions } from '../src/lib/co-creation/import.ts';
import { SubmissionsError } from '../src/lib/co-creation/submissions.ts';
import { contentDir } from '../src/lib/paths.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(`Usage: npm run import-input -- FILE\n${file ? `There is no file ${file}.` : 'Name the export to import: the JSON of Netlify\'s submissions API, or the CSV of its Forms page.'}`);
  process.exit(1);
}

try {
  const report = importSubmissions(file, contentDir);
  for (const added of report.added) {
    const notes = [
      added.emailsRemoved && `${added.emailsRemoved} email address(es) removed`,
      added.phonesRemoved && `${added.phonesRemoved} telephone number(s) removed`,
      added.nameLeftOut && 'name left out (no consent)',
    ].filter(Boolean);
    console.log(`  added   ${recordFolder('public-input', 'en', contentDir)}/${added.file}${notes.length ? ` (${notes.join('; ')})` : ''}`);
  }
  for (const skipped of report.skipped) console.log(`  skipped ${skipped.id}: ${skipped.reason}${skipped.consultation ? ` (${skipped.consultation})` : ''}`);
  console.log(`\n${report.added.length} new, ${report.skipped.length} skipped. New input is pending: moderate and answer it in the editor (Public input), then commit.`);
  const where = relative(process.cwd(), resolve(file));
  if (!where.startsWith('..') && !where.startsWith('form-exports')) {
    console.log(`\nThe export ${file} is inside the project folder and holds email addresses and telephone numbers: delete it, or keep it in form-exports/, which Git ignores.`);
  }
} catch (error) {
  if (!(error instanceof SubmissionsError)) throw error;
  console.error(`${file} cannot be imported: ${error.message}`);
  process.exit(1);
}
