/**
 * What the content check says: a problem in one file (and field), a record that passed, and the
 * report a coordinator reads. Kept apart from the check itself so that every checker (records,
 * data files) can speak the same way without importing each other.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { count } from '../words.ts';

/** Something wrong in one file, said so that a coordinator can fix it. */
export interface Problem {
  /** The file, relative to the project root. */
  file: string;
  /** The field, as a path like `milestones[2].end`, when the problem is in one field. */
  field?: string;
  /** What is wrong and what is expected. */
  message: string;
}

/** A record that was read and passed its schema. */
export interface CheckedRecord {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** `['milestones', 2, 'end']` → `milestones[2].end`. */
export function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The report printed when the content has problems, grouped by file. */
export function formatReport(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines = [`The content has ${count(problems.length, 'problem', 'problems')} in ${count(byFile.size, 'file', 'files')}:`, ''];
  for (const [file, list] of byFile) {
    lines.push(`  ${file}`);
    for (const problem of list) lines.push(`    - ${problem.field ? `${problem.field}: ` : ''}${problem.message}`);
    lines.push('');
  }
  lines.push('Nothing was built. Fix the fields above (in the CMS or in the files) and run the build again.');
  return lines.join('\n');
}
