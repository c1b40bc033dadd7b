/**
 * The editor refuses what the build would refuse, before anything is written. In Chromium against
 * the local backend (decap-server in MODE=git on a throwaway repository), every rule the schemas
 * hold across fields and every rule across records, each listed from where it is defined, is
 * broken in a record the editor is asked to save: the save is refused with the content check's
 * own message for that record, and no branch or commit appears. A draft is refused on its way to
 * Ready and to publication when a record published since breaks a rule with it. And in every
 * collection, a record with only what the editor asks for is saved, in the file the editor
 * predicted Decap would name, and passes the content check.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { readFrontMatter, readYaml, writeFrontMatter } from '../src/lib/cms/formats.ts';
import { checkContent, type Problem } from '../src/lib/content/check.ts';
import { collections, type CollectionName } from '../src/schemas/index.ts';
import { findReferences } from '../src/schemas/walk.ts';
import { describeInBrowser } from './support/browser.ts';
import { Editor, git, signIn, startCmsSession, type CmsSession } from './support/cms.ts';
import { recordFile, recordFolder, recordOfFile } from '../src/lib/content/record-files.ts';
import {
  askedFor, buildReport, creatable, crossRecordRuleCases, dataOf, fieldAt, fieldRuleCases, minimalRecords,
  newEntry, newRecordFile, withValues, type RuleCase, type Values, type Written,
} from './support/cms-rules.ts';

let session: CmsSession;
let editor: Editor;
/** Every branch and where it points: a refused draft changes none. */
const refs = () => git(session.repo, 'for-each-ref', '--format=%(refname) %(objectname)');
const scratch: string[] = [];
// The repository's working tree is decap-server's, which checks drafts' branches out while it
// reads them: the test reads main, the published branch, from Git instead.
/** The names of the files of a collection's folder on main. */
const publishedNames = (collection: CollectionName) => git(session.repo, 'ls-tree', '--name-only', 'main', `${recordFolder(collection)}/`).trim().split('\n').map((path) => path.slice(path.lastIndexOf('/') + 1));
/** A file's text on main. */
const publishedText = (file: string) => git(session.repo, 'show', `main:${file}`);
const extracted = new Map<string, string>();
/** The content of main in a folder of its own, for the content check (read only: copy it to change it). */
function publishedContent(): string {
  const main = git(session.repo, 'rev-parse', 'main').trim();
  if (!extracted.has(main)) {
    const folder = mkdtempSync(join(tmpdir(), 'og-published-'));
    scratch.push(folder);
    execFileSync('tar', ['-x', '-C', folder], { input: execFileSync('git', ['archive', main, 'content'], { cwd: session.repo, maxBuffer: 64 * 1024 * 1024 }) });
    extracted.set(main, join(folder, 'content'));
  }
  return extracted.get(main)!;
}

/** Waits for the notice Decap shows when an action fails (`lead`, then the error) holding each of the build's problems. */
async function notice(lead: string, problems: Problem[]): Promise<void> {
  let alert = session.page.getByRole('alert').filter({ hasText: lead });
  for (const problem of problems) alert = alert.filter({ hasText: `${problem.field ? `${problem.field}: ` : ''}${problem.message}` });
  await alert.first().waitFor({ timeout: 20_000 });
}

/** Commits files to the repository by hand, as if edited in Git (once decap-server is done with its branches). */
async function commitByHand(files: Record<string, string> = {}): Promise<void> {
  if (!Object.keys(files).length) return;
  await session.backendIdle();
  expect(git(session.repo, 'branch', '--show-current').trim()).toBe('main');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(session.repo, path)), { recursive: true });
    writeFileSync(join(session.repo, path), text);
    git(session.repo, 'add', path);
    git(session.repo, 'commit', '-q', '-m', `Add ${path} by hand`);
  }
}

/** Opens a new record prefilled with `values` and types the rest: one change, so that Decap lets it be saved. */
async function createPrefilled(collection: CollectionName, values: Values): Promise<void> {
  const { route, label, last } = newEntry(collection, values);
  await editor.create(collection, route, { reload: false });
  await editor.typeAtEnd(label, last);
}

/** The record of a rule case as the editor will hold it, and where it would be written. */
function recordOf({ collection, id, values }: RuleCase['breaking']): Written {
  if (!id) return newRecordFile(collection, dataOf(collection, withValues(minimalRecords[collection]!, values)), publishedNames(collection));
  const spec = collections[collection];
  const file = recordFile(collection, id);
  const text = publishedText(file);
  return { id, file, data: { ...(spec.format === 'markdown' ? readFrontMatter(text) : readYaml(text)), ...dataOf(collection, values) } };
}

/** Puts the record of a rule case in the editor: new and prefilled, or existing and changed through its fields. */
async function enter({ collection, id, values }: RuleCase['breaking']): Promise<void> {
  if (!id) return createPrefilled(collection, withValues(minimalRecords[collection]!, values));
  await editor.open(collection, id, { reload: false });
  for (const [path, value] of Object.entries(values)) {
    const field = fieldAt(collection, path);
    if (field.widget !== 'string' || typeof value !== 'string') throw new Error(`Teach this test to set a ${field.widget} field (${collection}.${path}) in an existing record`);
    await session.page.getByLabel(field.label, { exact: true }).fill(value);
  }
}

/** Asks the editor to save the record that breaks a rule, and expects the build's words and nothing written. */
async function expectRefused({ rule, breaking }: RuleCase): Promise<void> {
  await commitByHand(breaking.files);
  const written = recordOf(breaking);
  // The browser fills the form while the build's report is worked out.
  const entering = enter(breaking);
  const expected = buildReport(publishedContent(), breaking, written);
  await entering;
  // The record breaks this rule, and only this one, in the build itself.
  expect(expected.length).toBeGreaterThan(0);
  expect(new Set(expected.map((problem) => problem.rule))).toEqual(new Set([rule]));
  const before = refs();
  await session.page.getByRole('button', { name: 'Save' }).click();
  await notice('Failed to persist entry', expected);
  expect(refs()).toBe(before);
  expect(git(session.repo, 'status', '--porcelain')).toBe('');
}

describeInBrowser('the editor refuses what the build would refuse, before anything is written', () => {
  beforeAll(async () => {
    session = await startCmsSession();
    editor = new Editor(session.page);
    // No preview pane: the form alone is what is tested, and it re-renders faster on a busy machine.
    await session.context.addInitScript(() => window.localStorage.setItem('cms.right-pane', 'none'));
    await signIn(session);
  }, 240_000);
  afterAll(async () => {
    await session?.close();
    for (const folder of scratch) rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(({ task }) => {
    onTestFailed(async () => {
      const file = join('tests/.tmp', `cms-rules-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`);
      await session.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      const alerts = await session.page.getByRole('alert').allTextContents().catch(() => []);
      const fieldErrors = await session.page.locator('[class*="ControlErrorsList"] li').allTextContents().catch(() => []);
      console.error(`field errors: ${fieldErrors.join(' | ') || 'none'}; branches: ${git(session.repo, 'branch', '--list').replace(/\s+/g, ' ')}`);
      console.error(`Screenshot: ${file}; notices: ${alerts.join(' | ') || 'none'}; console: ${session.problems.consoleErrors.join(' | ') || 'nothing'}`);
    });
  });

  it('is given, for each collection it adds to, a record with exactly what it asks for', () => {
    for (const collection of creatable) {
      const record = minimalRecords[collection];
      expect(record, `add a ${collection} record to minimalRecords in tests/support/cms-rules.ts`).toBeDefined();
      const { required, oneOf } = askedFor(collection);
      const given = Object.keys(record!);
      expect(given.filter((path) => !required.includes(path) && !oneOf.flat().includes(path)), `${collection}: fields the editor does not ask for`).toEqual([]);
      expect(required.filter((path) => !given.includes(path)), `${collection}: fields the editor asks for`).toEqual([]);
      for (const set of oneOf) expect(set.some((path) => given.includes(path)), `${collection}: one of ${set.join(', ')}`).toBe(true);
    }
  });

  describe('every rule across fields, from the schemas', () => {
    it.each(fieldRuleCases())('refuses to save $title', expectRefused);
  });

  describe('every rule across records, from the content check', () => {
    it.each(crossRecordRuleCases(checkContent('content').records))('refuses to save $title', expectRefused);
  });

  it('saves, in every collection, a record with only what the editor asks for, named as predicted, that passes the content check', async () => {
    const drafts = new Map<string, string>();
    for (const collection of creatable) {
      const record = minimalRecords[collection] as Values;
      const { id, file } = newRecordFile(collection, dataOf(collection, record), publishedNames(collection));
      await createPrefilled(collection, record);
      await editor.saveNew();
      const branch = `cms/${collection}/${id}`;
      // Decap also gives the other languages the values this test puts in the new entry's address
      // (all but the last letter of the title, typed afterwards in English only): a translation
      // the editor keeps only where it differs from the English text, so it may be there.
      const written = git(session.repo, 'diff', '--name-only', `main...${branch}`).trim().split('\n');
      expect(written.filter((path) => recordOfFile(path, 'content')?.lang !== 'es'), collection).toEqual([file]);
      drafts.set(file, git(session.repo, 'show', `${branch}:${file}`));
    }
    // The published content with every draft in it, as the build would read it once they are published.
    const content = mkdtempSync(join(tmpdir(), 'og-drafts-'));
    scratch.push(content);
    cpSync(publishedContent(), content, { recursive: true });
    for (const [file, text] of drafts) writeFileSync(join(content, file.replace(/^content\//, '')), text);
    expect(checkContent(content).problems).toEqual([]);
  }, 120_000);

  it('refuses to delete a record other records refer to, naming them with the build\'s words', async () => {
    // The organization the fewest records refer to: the notice lists each of them.
    const { records } = checkContent(publishedContent());
    const referrers = (id: string) => records.filter((record) => findReferences(collections[record.collection].schema, record.data).some((found) => found.collection === 'organizations' && found.id === id));
    const [organization] = records.filter((record) => record.collection === 'organizations' && referrers(record.id).length > 0).sort((a, b) => referrers(a.id).length - referrers(b.id).length);
    const expected = buildReport(publishedContent(), { collection: 'organizations', values: {} }, { id: organization.id, file: organization.file.replace(/^.*content\//, 'content/'), data: {} }, { remove: true });
    expect(expected.length).toBeGreaterThan(0);
    await editor.open('organizations', organization.id, { reload: false });
    const before = refs();
    await session.page.getByRole('button', { name: 'Delete published entry' }).click();
    await notice('Failed to delete entry', expected);
    expect(refs()).toBe(before);
  });

  it('refuses to move a draft to Ready, or to publish it, once a record published since breaks a rule with it', async () => {
    const { page } = session;
    const commitment = (title: string) => withValues(minimalRecords.commitments!, { title, code: 'BZ91' });
    // Two drafts with one number in one plan: each is fine while the other is a draft.
    const drafts: Written[] = [];
    for (const [title, ready] of [['Open school books', true], ['Open school uniforms', false]] as const) {
      drafts.push(newRecordFile('commitments', dataOf('commitments', commitment(title)), publishedNames('commitments')));
      await createPrefilled('commitments', commitment(title));
      await editor.saveNew();
      if (ready) {
        await editor.askReady();
        await page.getByRole('button', { name: 'Status: Ready' }).waitFor();
      }
    }
    const [readyDraft, draft] = drafts;
    // Then a third commitment with that number reaches main (in Git, by hand).
    await commitByHand({ [recordFile('commitments', 'open-school-transport')]: writeFrontMatter(dataOf('commitments', commitment('Open school transport'))) });
    const before = refs();

    // The build's report for each draft, now that the other commitment is published.
    const report = (written: Written) => buildReport(publishedContent(), { collection: 'commitments', values: {} }, written);
    expect(report(readyDraft).map((problem) => problem.rule)).toEqual(['commitment-code-unique']);
    await editor.open('commitments', readyDraft.id, { reload: false });
    await editor.askPublish();
    await notice('Failed to publish', report(readyDraft));

    await editor.open('commitments', draft.id, { reload: false });
    await editor.askReady();
    await notice('Failed to update status', report(draft));
    await page.getByRole('button', { name: 'Status: Draft' }).waitFor();
    expect(refs()).toBe(before);
    // decap-server keeps a draft's status in its branch's description: still a draft.
    expect(git(session.repo, 'config', `branch.cms/commitments/${draft.id}.description`).trim()).toBe('decap-cms/draft');
  }, 120_000);

  it('keeps within the admin\'s Content-Security-Policy, and the backend answered every request it was sent', () => {
    expect(session.problems.cspViolations).toEqual([]);
    expect(session.failedRequests).toEqual([]);
  });
});
