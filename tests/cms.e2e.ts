/**
 * The round trip a coordinator makes, in Chromium: in the CMS at /admin/ (local backend,
 * decap-server in MODE=git, on a throwaway copy of content/), create a commitment, create a
 * meeting, mark an existing milestone complete with its evidence, record a data request, publish
 * and answer a piece of public input awaiting moderation; each change is reviewed
 * (draft → ready → published) and lands as a Git commit; the files pass the content check;
 * the next build publishes them. An entry missing a required field cannot be saved. With the
 * configuration it is built with, the editor shows its sign-in and asks nothing of another site.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it, onTestFailed } from 'vitest';
import { checkContent, parseRecordText } from '../src/lib/content/check.ts';
import { collections, schemaOf, translatableShape, type CollectionData, type CollectionName } from '../src/schemas/index.ts';
import { localize, readTranslations } from '../src/lib/content/translations.ts';
import { readSiteHistory } from '../src/lib/history/record-history.ts';
import { runAstro, testBuildDate } from './support/astro.ts';
import { describeInBrowser, isLocal } from './support/browser.ts';
import { Editor, git, signIn, startCmsSession, type CmsSession } from './support/cms.ts';
import { recordFile } from '../src/lib/content/record-files.ts';
import { sharedBuildsIdle } from './support/shared-builds.ts';

/** The smallest PDF that readers open: one empty page. */
const minimalPdf = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

let session: CmsSession;
let editor: Editor;
const head = () => git(session.repo, 'rev-parse', 'main').trim();
/** A record as the site reads it: the file parsed and checked by its collection's schema. */
const record = <N extends CollectionName>(collection: N, id: string): CollectionData<N> => {
  const text = readFileSync(join(session.repo, recordFile(collection, id)), 'utf8');
  // schemaOf(collection) outputs CollectionData<N>; TypeScript resolves .parse on the union of every schema instead.
  return schemaOf(collection).parse(parseRecordText(text, 'markdown').data) as CollectionData<N>;
};

describeInBrowser('editing content through Decap CMS, saved as Git commits', () => {
  beforeAll(async () => {
    session = await startCmsSession();
    editor = new Editor(session.page);
    await signIn(session);
  }, 240_000);
  afterAll(async () => {
    await session?.close();
  });
  // A picture of the editor when a step fails, for whoever reads the CI log.
  beforeEach(({ task }) => {
    onTestFailed(async () => {
      const file = join('tests/.tmp', `cms-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`);
      await session.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      // The messages Decap shows under invalid fields (its only markers are generated class names).
      const fieldErrors = await session.page.locator('[class*="ControlErrorsList"] li').allTextContents().catch(() => []);
      console.error(`Screenshot of the failure: ${file}; field errors: ${fieldErrors.join(' | ') || 'none'}; failed requests: ${session.failedRequests.join(', ') || 'none'}; console: ${session.problems.consoleErrors.join(' | ') || 'nothing'}`);
    });
  });

  it('creates a commitment with two milestones, a lead organization and two districts, as a reviewed commit', async () => {
    const { page } = session;
    const before = head();
    await editor.create('commitments');
    await page.getByLabel('Commitment number').fill('BZ10');
    await page.getByLabel('Name of the commitment').fill('School meals in the open');
    await page.getByLabel('Summary').fill('Publish the menus, suppliers and spending of school meals in every district.');
    await editor.choose(page.getByRole('combobox', { name: 'Action plan' }), '2026', /2026–2028/);
    await editor.choose(page.getByRole('combobox', { name: 'Theme' }), 'Educ', 'Education');
    await page.getByLabel('Start date', { exact: true }).first().fill('2026-09-01');
    await page.getByLabel('End date', { exact: true }).fill('2028-06-30');
    await editor.choose(page.getByRole('combobox', { name: 'Lead implementing agency' }), 'Education', /Ministry of Education/);
    await page.getByLabel('Name', { exact: true }).fill('Delia Cal');
    await editor.choose(page.getByRole('combobox', { name: 'Districts (optional)' }), 'Tol', 'Toledo');
    await editor.choose(page.getByRole('combobox', { name: 'Districts (optional)' }), 'Stann', 'Stann Creek');
    await editor.choose(page.getByRole('combobox', { name: 'Completion level' }), 'Not', 'Not started');
    await editor.write('What public problem does it address?', 'Parents cannot see what school meals cost.');
    await editor.write('How will it help solve the problem?', 'Open menus and spending let parents follow the money.');
    await editor.choose(page.getByRole('combobox', { name: 'OGP values' }), 'Access', 'Access to information');

    const milestones = editor.list('Milestones');
    const milestone = async (index: number, title: string, start: string, end: string) => {
      await milestones.getByLabel('Milestone', { exact: true }).nth(index).fill(title);
      await milestones.getByLabel('Start date', { exact: true }).nth(index).fill(start);
      await milestones.getByLabel('End date (expected completion)').nth(index).fill(end);
      await editor.choose(milestones.getByRole('combobox', { name: 'Status' }).nth(index), 'Not', 'Not started');
    };
    await milestone(0, 'Publish school menus online', '2026-09-01', '2027-03-31');
    await milestones.getByRole('button', { name: 'Add milestone' }).click();
    await milestone(1, 'Publish meal suppliers and spending', '2027-01-01', '2027-12-31');

    await editor.save();
    // Saved as a draft: a commit on its own branch, main untouched until it is published.
    expect(git(session.repo, 'branch', '--list', 'cms/*')).toContain('cms/commitments/school-meals-in-the-open');
    expect(head()).toBe(before);
    await editor.publish();

    expect(git(session.repo, 'log', '--format=%s', `${before}..main`).trim()).toBe('Create Commitment “school-meals-in-the-open”');
    const data = record('commitments', 'school-meals-in-the-open');
    expect(data).toMatchObject({ code: 'BZ10', plan: '2026-2028', theme: 'education', lead: 'ministry-of-education', districts: ['toledo', 'stann-creek'] });
    expect(data.milestones.map((m) => m.title)).toEqual(['Publish school menus online', 'Publish meal suppliers and spending']);
  });

  it('marks an existing milestone complete, with an uploaded evidence document', async () => {
    const before = head();
    await editor.open('commitments', 'open-contracting');
    const milestones = editor.list('Milestones');
    await expect.poll(() => milestones.getByLabel('Milestone', { exact: true }).nth(1).inputValue()).toMatch(/Adopt the Open Contracting Data Standard/);
    // The signed document is uploaded: the media library stores it under content/files/evidence/.
    await editor.completeMilestone(1, '2026-11-20', { title: 'Procurement circular No. 7, signed', file: { name: 'OCDS Circular (signed).pdf', mimeType: 'application/pdf', buffer: Buffer.from(minimalPdf) } });
    await editor.save();
    await editor.publish();

    expect(git(session.repo, 'log', '--format=%s', `${before}..main`).trim()).toBe('Update Commitment “open-contracting”');
    const data = record('commitments', 'open-contracting');
    expect(data.milestones[1]).toMatchObject({ status: 'complete', completed: '2026-11-20', evidence: [{ title: 'Procurement circular No. 7, signed', kind: 'document', url: '/files/evidence/ocds-circular-signed-.pdf' }] });
    // The upload got a web-safe name (lowercase, no spaces or brackets) and the same commit.
    expect(git(session.repo, 'show', '--name-only', '--format=', 'main').trim().split('\n').sort()).toEqual([recordFile('commitments', 'open-contracting'), 'content/files/evidence/ocds-circular-signed-.pdf']);
    // Auditors read the diff: it holds the change, not a rewrite of the file. (Only a list of
    // numbers written inline, "sdgs: [16]", comes back written one per line.)
    const diff = git(session.repo, 'diff', '--unified=0', before, 'main', '--', recordFile('commitments', 'open-contracting'));
    const changed = diff.split('\n').filter((line) => /^[-+](?![-+])/.test(line));
    expect(changed).toEqual(['-sdgs: [16]', '+sdgs:', '+  - 16', '-    status: limited', '+    status: complete', '+    completed: 2026-11-20', '+    evidence:', '+      - kind: document', '+        title: Procurement circular No. 7, signed', '+        url: /files/evidence/ocds-circular-signed-.pdf']);
  });

  it('creates the minutes of a meeting, with attendees and their sectors, and a decision', async () => {
    const { page } = session;
    const before = head();
    await editor.create('meetings');
    await page.getByLabel('Title', { exact: true }).first().fill('Toledo school meals consultation');
    await page.getByLabel('Summary').fill('Parents, teachers and the Ministry of Education discussed publishing what school meals cost.');
    await editor.choose(page.getByRole('combobox', { name: 'Kind of meeting' }), 'Public', 'Public consultation');
    await editor.choose(page.getByRole('combobox', { name: 'Status' }), 'Held', 'Held');
    await page.getByLabel('Date', { exact: true }).fill('2026-11-26');
    await page.getByLabel('Start time (HH:MM) (optional)').fill('17:30');
    await editor.choose(page.getByRole('combobox', { name: 'District (optional)' }), 'Tol', 'Toledo');

    const attendees = editor.list('Attendees');
    const attendee = async (index: number, name: string, organization: RegExp, sector: string) => {
      await attendees.getByRole('button', { name: 'Add attendee' }).click();
      await attendees.getByLabel('Name', { exact: true }).nth(index).fill(name);
      await editor.choose(attendees.getByRole('combobox', { name: 'Organization represented (optional)' }).nth(index), organization.source.split(' ').at(-1)!, organization);
      await editor.choose(attendees.getByRole('combobox', { name: 'Sector' }).nth(index), sector.slice(0, 4), sector);
    };
    await attendee(0, 'Delia Cal', /Ministry of Education/, 'Government');
    await attendee(1, 'Marta Choc', /Toledo Community Councils/, 'Civil society');

    const decisions = editor.list('Decisions');
    await decisions.getByRole('button', { name: 'Add decision' }).click();
    await decisions.getByLabel('Decision', { exact: true }).fill('Publish the menus of every school in Toledo each term, starting in January.');
    await editor.choose(decisions.getByRole('combobox', { name: 'Outcome' }), 'Adop', 'Adopted');
    // The commitment created a moment ago is already offered: relations read the repository.
    await editor.choose(decisions.getByRole('combobox', { name: 'Related commitments (optional)' }), 'School', 'School meals in the open');
    await editor.write('Minutes', 'Forty parents attended. The Ministry presented the draft menus.');

    await editor.save();
    await editor.publish();
    expect(git(session.repo, 'log', '--format=%s', `${before}..main`).trim()).toBe('Create Meeting “2026-11-26-toledo-school-meals-consultation”');
    // Named like the other meetings: the meeting's date (not today's), then its title.
    const data = record('meetings', '2026-11-26-toledo-school-meals-consultation');
    expect(data).toMatchObject({
      kind: 'public-consultation',
      status: 'held',
      date: '2026-11-26',
      time: '17:30',
      district: 'toledo',
      attendees: [
        { name: 'Delia Cal', organization: 'ministry-of-education', sector: 'government' },
        { name: 'Marta Choc', organization: 'toledo-community-councils-association', sector: 'civil-society' },
      ],
      decisions: [{ outcome: 'adopted', commitments: ['school-meals-in-the-open'] }],
    });
  });

  it('records a data request received by email, and publishes it once a coordinator has read it', async () => {
    const { page } = session;
    const before = head();
    await editor.create('data-requests');
    await page.getByLabel('Data asked for').fill('Bus timetables for Punta Gorda');
    await page.getByLabel('What is asked for').fill('The times of the buses between Punta Gorda and the villages.');
    await page.getByLabel('Why it is needed').fill('To plan trips to the hospital.');
    await editor.choose(page.getByRole('combobox', { name: 'Districts (optional)' }), 'Tol', 'Toledo');
    await page.getByLabel('Date received').fill('2026-11-24');
    // A request arrives awaiting moderation; the coordinator publishes it after reading it.
    await page.getByText('Awaiting moderation', { exact: true }).waitFor();
    await editor.choose(page.getByRole('combobox', { name: 'Moderation (optional)' }), 'Pub', 'Published');
    await editor.save();
    await editor.publish();

    expect(git(session.repo, 'log', '--format=%s', `${before}..main`).trim()).toBe('Create Data request “bus-timetables-for-punta-gorda”');
    expect(record('data-requests', 'bus-timetables-for-punta-gorda')).toMatchObject({ districts: ['toledo'], received: '2026-11-24', moderation: 'published', status: 'received' });
  });

  it('moderates an imported input and answers it: published, with an outcome, a reason and what it led to', async () => {
    const { page } = session;
    const before = head();
    await editor.open('public-input', '2026-mid-term-review-4');
    await expect.poll(() => page.getByLabel('Summary').inputValue()).toMatch(/school profiles for Corozal/);
    await editor.choose(page.getByRole('combobox', { name: 'Moderation (optional)' }), 'Publ', 'Published');
    await editor.choose(page.getByRole('combobox', { name: 'Outcome (optional)' }), 'Partly', 'Partly adopted');
    await page.getByLabel('Reason (optional)').fill('The profiles of the primary schools in Corozal are online since November; the secondary schools follow in March 2027.');
    const ledTo = editor.list('Commitments or milestones it led to');
    await ledTo.getByRole('button', { name: 'Add led to' }).click();
    await editor.choose(ledTo.getByRole('combobox', { name: 'Commitment' }), 'school', /Open school information/);
    await ledTo.getByLabel('Milestone (its title, optional)').fill('Publish a profile of every primary and secondary school in Corozal and Orange Walk');
    await page.getByLabel('Answered on (optional)').fill('2026-11-30');
    await editor.choose(page.getByRole('combobox', { name: 'Answered by (optional)' }), 'Education', /Ministry of Education/);
    await editor.save();
    await editor.publish();

    expect(git(session.repo, 'log', '--format=%s', `${before}..main`).trim()).toBe('Update Public input “2026-mid-term-review-4”');
    const diff = git(session.repo, 'diff', '--unified=0', before, 'main', '--', 'content/public-input/2026-mid-term-review-4.yaml');
    expect(diff.split('\n').filter((line) => /^[-+](?![-+])/.test(line))).toEqual([
      '-moderation: pending',
      '+moderation: published',
      '-  outcome: pending',
      '+  outcome: partly-adopted',
      '+  reason: The profiles of the primary schools in Corozal are online since November; the secondary schools follow in March 2027.',
      '+  ledTo:',
      '+    - commitment: open-schools-civic-education',
      '+      milestone: Publish a profile of every primary and secondary school in Corozal and Orange Walk',
      '+  date: 2026-11-30',
      '+  by: ministry-of-education',
    ]);
  });

  it('adds the Spanish version of a commitment: only its prose, in content/commitments/es/, read back by localize() (issue #18)', async () => {
    const { page } = session;
    const before = head();
    await editor.open('commitments', 'citizens-budget');
    // Decap's locale menu above the fields: the other language shows only the translatable fields.
    await page.getByRole('button', { name: 'Writing in EN' }).click();
    await page.getByRole('menuitem', { name: 'es', exact: true }).click();
    await page.getByRole('button', { name: 'Writing in ES' }).waitFor();
    await expect.poll(() => page.getByLabel('Commitment number').isVisible()).toBe(false);
    await page.getByLabel('Name of the commitment').fill('Presupuesto ciudadano e informes trimestrales de ejecución presupuestaria');
    await page.getByLabel('Summary').fill('Publicar cada año un presupuesto ciudadano en lenguaje sencillo y, cada trimestre, cuánto ha gastado cada ministerio.');
    await editor.save();
    await editor.publish();

    const spanish = recordFile('commitments', 'citizens-budget', 'es');
    expect(git(session.repo, 'show', '--name-only', '--format=', 'main').trim().split('\n')).toContain(spanish);
    expect(git(session.repo, 'log', '--format=%s', `${before}..main`).trim()).toBe('Update Commitment “citizens-budget”');
    const { data } = parseRecordText(readFileSync(join(session.repo, spanish), 'utf8'), 'markdown');
    const prose = translatableShape(collections.commitments.translatable!);
    expect(Object.keys(data as object).filter((key) => !prose.has(key)), 'facts in the Spanish file').toEqual([]);
    expect(data).toMatchObject({ title: 'Presupuesto ciudadano e informes trimestrales de ejecución presupuestaria', summary: 'Publicar cada año un presupuesto ciudadano en lenguaje sencillo y, cada trimestre, cuánto ha gastado cada ministerio.' });
    // The English file is untouched, and the site reads the Spanish title for /es/commitments/citizens-budget/.
    // (Decap rewrites the English file as it saves the entry, "sdgs: [16]" one per line, but says the same.)
    const englishAt = (commit: string) => parseRecordText(git(session.repo, 'show', `${commit}:${recordFile('commitments', 'citizens-budget')}`), 'markdown');
    expect(englishAt('main')).toEqual(englishAt(before));
    const root = join(session.repo, 'content');
    const english = record('commitments', 'citizens-budget');
    const localized = localize({ collection: 'commitments', id: 'citizens-budget', data: english }, 'es', { root, translations: readTranslations(root), history: readSiteHistory(root) });
    expect([localized.data.title, localized.data.code, localized.textLang, localized.outdated]).toEqual(['Presupuesto ciudadano e informes trimestrales de ejecución presupuestaria', 'BZ06', 'es', false]);
  });

  it('refuses to save while unrelated files lie uncommitted, since decap-server commits with "git add ."', async () => {
    const { page } = session;
    writeFileSync(join(session.repo, 'notes.txt'), 'a coordinator\'s own notes, not for the site');
    await editor.open('districts', 'toledo');
    await page.getByLabel('Summary').fill('The southernmost district, home to Maya and Garifuna communities and the town of Punta Gorda.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/notes\.txt.*Commit or discard them first/).waitFor();
    expect(git(session.repo, 'branch', '--list', 'cms/districts/*')).toBe('');

    rmSync(join(session.repo, 'notes.txt'));
    await editor.save();
    await editor.publish();
    expect(git(session.repo, 'show', '--name-only', '--format=', 'main').trim()).toBe('content/districts/toledo.md');
  });

  it('does not save an entry missing a required field, and says which field', async () => {
    const { page } = session;
    const before = head();
    await editor.create('datasets');
    await page.getByLabel('Title', { exact: true }).first().fill('School meal spending by school');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/missed a required field/).waitFor();
    await page.getByText('Summary is required.').waitFor();
    expect(git(session.repo, 'branch', '--list', 'cms/*')).toBe('');
    expect(head()).toBe(before);
  });

  it('leaves files that pass the content check, every change a commit on main and nothing uncommitted', () => {
    const { problems } = checkContent(join(session.repo, 'content'));
    expect(problems).toEqual([]);
    expect(git(session.repo, 'log', '--format=%s', 'main').trim().split('\n')).toEqual([
      'Update District “toledo”',
      'Update Commitment “citizens-budget”',
      'Update Public input “2026-mid-term-review-4”',
      'Create Data request “bus-timetables-for-punta-gorda”',
      'Create Meeting “2026-11-26-toledo-school-meals-consultation”',
      'Update Commitment “open-contracting”',
      'Create Commitment “school-meals-in-the-open”',
      'Content before the CMS session',
    ]);
    expect(git(session.repo, 'status', '--porcelain')).toBe('');
    expect(session.problems.cspViolations).toEqual([]);
    // The one refusal asked for above, and no other failed request.
    expect(session.failedRequests).toEqual([`409 ${session.backend.url}`]);
  });

  it('with its built configuration (GitHub), shows the sign-in and requests nothing from elsewhere', async () => {
    // A context of its own: the session's context serves the local backend's configuration instead.
    const context = await session.browser.newContext();
    try {
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(`${session.server.url}/admin/`, { timeout: 120_000 });
      await page.getByRole('button', { name: /login with github/i }).waitFor({ timeout: 120_000 });
      expect(requested.filter((url) => !isLocal(url))).toEqual([]);
      expect(requested).toContain(`${session.server.url}/admin/decap-cms.js`);
    } finally {
      await context.close();
    }
  });

  it('publishes the new and changed pages at the next build', async () => {
    await sharedBuildsIdle();
    const scratch = mkdtempSync(join(tmpdir(), 'og-cms-build-'));
    const out = join(scratch, 'dist');
    try {
      // Its own cache too: the content layer's store must not mix with the main build's.
      const result = runAstro(['build', '--outDir', out], { CONTENT_DIR: join(session.repo, 'content'), BUILD_DATE: testBuildDate, ASTRO_CACHE_DIR: join(scratch, 'cache') });
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
      expect(page('commitments/school-meals-in-the-open')).toMatch(/School meals in the open[\s\S]*Ministry of Education[\s\S]*Toledo[\s\S]*Stann Creek[\s\S]*Publish school menus online[\s\S]*Publish meal suppliers and spending/);
      const meeting = page('meetings/2026-11-26-toledo-school-meals-consultation');
      for (const text of ['Toledo school meals consultation', 'Delia Cal', 'Marta Choc', 'Publish the menus of every school in Toledo each term', 'Forty parents attended']) expect(meeting).toContain(text);
      expect(page('commitments/open-contracting')).toContain('<a href="/files/evidence/ocds-circular-signed-.pdf">Procurement circular No. 7, signed</a>');
      expect(existsSync(join(out, 'files/evidence/ocds-circular-signed-.pdf'))).toBe(true);
      expect(page('districts/toledo')).toContain('home to Maya and Garifuna communities');
      expect(page('data-requests/bus-timetables-for-punta-gorda')).toContain('The times of the buses between Punta Gorda and the villages.');
      expect(page('data-requests')).toContain('href="/data-requests/bus-timetables-for-punta-gorda/"');
      // The Spanish version a coordinator added in the editor is published at the record's /es/ address.
      expect(page('es/commitments/citizens-budget')).toContain('Presupuesto ciudadano e informes trimestrales de ejecución presupuestaria');
      // The input published in the editor is now a row of its consultation's table, answered.
      expect(page('consultations/2026-mid-term-review')).toMatch(/<tr id="input-4">[\s\S]*?school profiles for Corozal[\s\S]*?Partly adopted[\s\S]*?<\/tr>/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 600_000);
});
