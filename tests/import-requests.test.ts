/**
 * `npm run import-input` on data requests: Netlify's submissions of the data-request form (the
 * JSON of its API, here mixed with a public-input submission as the site-wide endpoint returns
 * them, and the CSV of its Forms page) become pending, received request files in a copy of
 * content/, named after their titles, never over an existing file, with names only given with
 * consent and no contact details; rows that cannot become a request are reported with their row
 * and field; a second run adds nothing; what is written passes the content check.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { importFormExport } from '../src/lib/forms/import.ts';
import { checkContent } from '../src/lib/content/check.ts';

const json = 'tests/fixtures/netlify/data-requests.json';
const csv = 'tests/fixtures/netlify/data-requests.csv';
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the sample content, in a temporary folder. */
function content(): string {
  const root = mkdtempSync(join(tmpdir(), 'og-requests-'));
  scratch.push(root);
  cpSync('content', root, { recursive: true });
  return root;
}

/** Every file of a content folder, name → text. */
const folder = (root: string, name: string) => Object.fromEntries(readdirSync(join(root, name)).map((file) => [file, readFileSync(join(root, name, file), 'utf8')]));
/** A request file's front matter and its text. */
function request(root: string, file: string): { data: Record<string, any>; body: string } {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(root, 'data-requests', file), 'utf8'))!;
  return { data: yaml.load(front, { schema: yaml.CORE_SCHEMA }) as Record<string, any>, body };
}
/** Every record under content/ (Markdown and YAML), as one text. */
const everything = (root: string): string =>
  readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.(md|ya?ml)$/.test(entry.name)).map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')).join('\n');

/** Personal details in the fixtures that must never reach content/ (Keisha Lewis did not tick the box). */
const neverWritten = ['pablo.coc@example.org', '622-8899', 'Keisha Lewis', "St. John's College", 'ana.pott@example.com', '190.197.', 'Mozilla/5.0', 'followers'];

describe('importing data requests from the JSON that Netlify\'s API returns', () => {
  const root = content();
  const before = folder(root, 'data-requests');
  const report = importFormExport(json, root);

  it('adds one file per new request, named after its title as the editor would name it', () => {
    expect(report.dataRequests.added.map((added) => added.file)).toEqual(['fishing-licences-in-toledo.md', 'clinic-opening-hours-1.md']);
    const after = folder(root, 'data-requests');
    expect(Object.keys(after).filter((name) => !(name in before)).sort()).toEqual(['clinic-opening-hours-1.md', 'fishing-licences-in-toledo.md']);
  });

  it('never writes over an existing request: the sample\'s clinic-opening-hours.md is unchanged', () => {
    const after = folder(root, 'data-requests');
    for (const [name, text] of Object.entries(before)) expect(after[name], name).toBe(text);
  });

  it('writes a pending, received request with the ticked districts, the name given with consent, and the email address removed', () => {
    expect(request(root, 'fishing-licences-in-toledo.md')).toEqual({
      data: {
        title: 'Fishing licences in Toledo',
        description: 'Which fishing licences are issued in each coastal village of Toledo and Stann Creek, by year since 2020, with the kind of licence. Write to me at [email address removed] if the question is unclear.',
        purpose: 'The Toledo Fishers\' Cooperative wants to show the Fisheries Department where licences outnumber the catch.',
        districts: ['toledo', 'stann-creek'],
        requester: { name: 'Pablo Coc', organization: 'Toledo Fishers\' Cooperative', consent: true },
        received: '2026-12-05',
        moderation: 'pending',
        status: 'received',
        submissionId: '6751d0a2c4e5f60008a7b101',
      },
      body: '',
    });
    expect(report.dataRequests.added[0]).toMatchObject({ emailsRemoved: 1, phonesRemoved: 0, nameLeftOut: false });
  });

  it('leaves out a name given without consent, removes the telephone number, and dates it by the day in Belize', () => {
    const { data } = request(root, 'clinic-opening-hours-1.md');
    expect(data.requester).toEqual({ consent: false });
    expect(data.purpose).toBe('For a class project at our sixth form: a map of where to go in the evening. Call [telephone number removed] for the teacher.');
    // Sent at 03:30 UTC on 6 December: 21:30 on 5 December in Belize.
    expect(data.received).toBe('2026-12-05');
    expect(report.dataRequests.added[1]).toMatchObject({ phonesRemoved: 1, nameLeftOut: true });
  });

  it('reports spam, and each bad submission with where it is in the file and the field at fault', () => {
    expect(report.dataRequests.skipped).toEqual([
      { id: '67528b001a2b3c0008d8e203', where: 'submission 3', reason: 'spam' },
      { id: '6754135b7d3f4b0008e2c204', where: 'submission 4', reason: 'bad field', field: 'districts[]', message: '"belize-city" is not a district id (the ids are belize, cayo, corozal, orange-walk, stann-creek, toledo): correct it in the export and import again' },
      { id: '67556adb7d3f4b0008e2c205', where: 'submission 5', reason: 'bad field', field: 'purpose', message: 'is empty: the form requires it, so this row was changed or sent by something other than the form' },
    ]);
  });

  it('hands the public input in the same export to the consultation\'s importer', () => {
    expect(report.publicInput.added.map((added) => added.file)).toEqual(['2026-mid-term-review-6.yaml']);
    expect(report.unknown).toEqual([]);
  });

  it('never writes an email address, a telephone number, a name without consent, spam or what Netlify adds into content/', () => {
    const text = everything(root);
    for (const detail of neverWritten) expect(text, detail).not.toContain(detail);
  });

  it('writes files the content check accepts', () => {
    expect(checkContent(root).problems).toEqual([]);
  });

  it('adds nothing when run again, and changes no file', () => {
    const requests = folder(root, 'data-requests');
    const again = importFormExport(json, root);
    expect(again.dataRequests.added).toEqual([]);
    expect(again.dataRequests.skipped.filter((skip) => skip.reason === 'already imported').map((skip) => skip.id)).toEqual(['6751d0a2c4e5f60008a7b101', '6752629c1a2b3c0008d8e202']);
    expect(folder(root, 'data-requests')).toEqual(requests);
  });

  it('adds only what is new from the CSV of the same form, which names neither the form nor the submissions', () => {
    const fromCsv = importFormExport(csv, root);
    expect(fromCsv.dataRequests.added.map((added) => added.file)).toEqual(['bus-timetables-for-corozal-and-orange-walk.md']);
    expect(request(root, 'bus-timetables-for-corozal-and-orange-walk.md').data).toMatchObject({ districts: ['corozal', 'orange-walk'], requester: { name: 'Ana Pott', consent: true }, received: '2026-12-10', moderation: 'pending', status: 'received' });
    expect(fromCsv.dataRequests.skipped.map(({ where, reason, field }) => [where, reason, field])).toEqual([
      ['row 2', 'already imported', undefined],
      ['row 4', 'bad field', 'districts[]'],
    ]);
    expect(fromCsv.publicInput.added).toEqual([]);
    expect(checkContent(root).problems).toEqual([]);
    for (const detail of neverWritten) expect(everything(root), detail).not.toContain(detail);
  });
});

describe('npm run import-input, on an export of both forms', () => {
  it('says which request and input files it added, and names the row and field of each bad request', () => {
    const root = content();
    const result = spawnSync(process.execPath, ['scripts/import-input.ts', json], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`added   ${root}/data-requests/clinic-opening-hours-1.md (1 telephone number(s) removed; name left out (no consent))`);
    expect(result.stdout).toContain(`added   ${root}/public-input/2026-mid-term-review-6.yaml`);
    expect(result.stdout).toContain('skipped 6754135b7d3f4b0008e2c204 (submission 4): field "districts[]" "belize-city" is not a district id');
    expect(result.stdout).toContain('skipped 67556adb7d3f4b0008e2c205 (submission 5): field "purpose" is empty');
    expect(result.stdout).toContain('3 new, 3 skipped.');
    for (const detail of neverWritten) expect(result.stdout, detail).not.toContain(detail);
  });
});
