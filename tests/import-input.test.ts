/**
 * `npm run import-input`: Netlify's submissions (the JSON of its API, the CSV of its Forms page)
 * become pending public-input files in a copy of content/, numbered after the consultation's last
 * input, with email addresses, telephone numbers and names given without consent left out; a
 * second run adds nothing; what it writes passes the content check.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { importSubmissions, planImport } from '../src/lib/co-creation/import.ts';
import { parseSubmissions, SubmissionsError } from '../src/lib/forms/submissions.ts';
import { checkContent } from '../src/lib/content/check.ts';

const json = 'tests/fixtures/netlify/submissions.json';
const csv = 'tests/fixtures/netlify/submissions.csv';
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the sample content. */
function content(): string {
  const root = mkdtempSync(join(tmpdir(), 'og-import-'));
  scratch.push(root);
  cpSync('content', root, { recursive: true });
  return root;
}

/** Every file of the public-input folder, name → text. */
const inputFiles = (root: string) => Object.fromEntries(readdirSync(join(root, 'public-input')).map((name) => [name, readFileSync(join(root, 'public-input', name), 'utf8')]));
const record = (root: string, name: string) => yaml.load(readFileSync(join(root, 'public-input', name), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, any>;
/** Everything under content/, as one text, to look for what must never be there. */
const everything = (root: string): string =>
  readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')).join('\n');

/** Personal details in the fixtures that must never reach content/ (the names were given without consent). */
const neverWritten = ['wendy.flowers@example.com', '632-4471', 'Marvin', 'k.young.bz@example.net', '622-1234', 'ana.castellanos@example.edu.bz', '522-3344', 'Castellanos', '190.197.', 'Mozilla/5.0', 'cheap-watches'];

describe('importing the JSON that Netlify\'s API returns', () => {
  const root = content();
  const before = new Set(Object.keys(inputFiles(root)));
  const report = importSubmissions(json, root);

  it('adds one pending file per new submission, numbered after the consultation\'s last input', () => {
    // The sample's mid-term review has input #1 to #5; four of the six submissions are new and for it.
    expect(report.added.map((added) => added.file)).toEqual(['2026-mid-term-review-6.yaml', '2026-mid-term-review-7.yaml', '2026-mid-term-review-8.yaml', '2026-mid-term-review-9.yaml']);
    expect(Object.keys(inputFiles(root)).filter((name) => !before.has(name)).sort()).toEqual(report.added.map((added) => added.file).sort());
    for (const { file } of report.added) {
      expect(record(root, file)).toMatchObject({ consultation: '2026-mid-term-review', channel: 'web-form', moderation: 'pending', response: { outcome: 'pending' } });
    }
  });

  it('skips a submission for a consultation that does not exist, and spam caught by the honeypot', () => {
    expect(report.skipped).toEqual([
      { id: '674d7a68e4f05c0008c4f004', reason: 'unknown consultation', consultation: '2024-old-round' },
      { id: '674d94301a2b3c0008b5a005', reason: 'spam', consultation: '2026-mid-term-review' },
    ]);
  });

  it('keeps what the public will see: the text, the commitment, district and sector, and the name given with consent', () => {
    expect(record(root, '2026-mid-term-review-6.yaml')).toEqual({
      consultation: '2026-mid-term-review',
      number: 6,
      received: '2026-11-28',
      channel: 'web-form',
      moderation: 'pending',
      summary: 'The citizens\' budget was a good start.',
      text: 'The citizens\' budget was a good start. Next year, print it in time for the village meetings in Cayo, before the budget is debated.',
      commitment: 'citizens-budget',
      district: 'cayo',
      sector: 'civil-society',
      name: 'Wendy Flowers',
      organization: 'Cayo Women in Business',
      consent: true,
      response: { outcome: 'pending' },
      submissionId: '6748886b3c1e2a0008f1d001',
    });
  });

  it('leaves out the name given without consent, and removes the telephone number from the text', () => {
    const marvin = record(root, '2026-mid-term-review-7.yaml');
    expect(marvin.name).toBeUndefined();
    expect(marvin.consent).toBeUndefined();
    expect(marvin.text).toBe('The scorecard meeting in our village never happened. Nobody came from the ministry. Call me on [telephone number removed] and I will tell you more.');
    expect(report.added[1]).toMatchObject({ phonesRemoved: 1, emailsRemoved: 0, nameLeftOut: true });
  });

  it('dates input by the day in Belize (UTC−6), not in UTC', () => {
    // Sent at 02:05 UTC on 29 November: 20:05 on 28 November in Belize.
    expect(record(root, '2026-mid-term-review-7.yaml').received).toBe('2026-11-28');
    expect(record(root, '2026-mid-term-review-9.yaml').received).toBe('2026-12-03');
  });

  it('removes email addresses from the text, and keeps a consenting name while removing the WhatsApp number', () => {
    expect(record(root, '2026-mid-term-review-8.yaml').text).toContain('You can reach me at [email address removed].');
    expect(record(root, '2026-mid-term-review-9.yaml')).toMatchObject({ name: 'Rosa Canul', consent: true, text: 'Los perfiles de las escuelas de Orange Walk están muy bien. Pedimos que también publiquen las escuelas de secundaria. Mi WhatsApp es [telephone number removed].' });
  });

  it('never writes an email address, a telephone number, a name without consent, or what Netlify adds (IP, browser) into content/', () => {
    const text = everything(root);
    for (const detail of neverWritten) expect(text, detail).not.toContain(detail);
  });

  it('writes files the content check accepts, in the editor\'s own format', () => {
    expect(checkContent(root).problems).toEqual([]);
  });

  it('adds nothing when run again on the same file, and changes no file', () => {
    const files = inputFiles(root);
    const again = importSubmissions(json, root);
    expect(again.added).toEqual([]);
    expect(again.skipped.filter((skip) => skip.reason === 'already imported')).toHaveLength(4);
    expect(inputFiles(root)).toEqual(files);
  });

  it('adds only what is new from the CSV export of the same form, which has no ids', () => {
    const fromCsv = importSubmissions(csv, root);
    expect(fromCsv.added.map((added) => added.file)).toEqual(['2026-mid-term-review-10.yaml']);
    expect(fromCsv.skipped.map((skip) => skip.reason)).toEqual(['already imported', 'already imported', 'already imported']);
    const ana = record(root, '2026-mid-term-review-10.yaml');
    expect(ana).toMatchObject({ number: 10, received: '2026-12-04', district: 'stann-creek', sector: 'academia', commitment: 'information-request-desk' });
    expect(ana.name).toBeUndefined(); // "consent: no"
    expect(ana.text).toBe('Two things for the second half of the plan:\n1. publish the information request register every month, not every quarter;\n2. say in the register how many days each answer took.');
    expect(checkContent(root).problems).toEqual([]);
    for (const detail of neverWritten) expect(everything(root), detail).not.toContain(detail);
  });
});

describe('importing the CSV that Netlify\'s Forms page exports', () => {
  const root = content();
  const report = importSubmissions(csv, root);

  it('adds each row as pending input, with a stable id made from its content', () => {
    expect(report.added.map((added) => added.file)).toEqual(['2026-mid-term-review-6.yaml', '2026-mid-term-review-7.yaml', '2026-mid-term-review-8.yaml', '2026-mid-term-review-9.yaml']);
    const ids = report.added.map((added) => record(root, added.file).submissionId);
    for (const id of ids) expect(id).toMatch(/^sha256-[0-9a-f]{20}$/);
    expect(new Set(ids).size).toBe(4);
    expect(checkContent(root).problems).toEqual([]);
    for (const detail of neverWritten) expect(everything(root), detail).not.toContain(detail);
  });

  it('adds nothing when run again', () => {
    const files = inputFiles(root);
    expect(importSubmissions(csv, root).added).toEqual([]);
    expect(inputFiles(root)).toEqual(files);
  });
});

describe('reading the exports', () => {
  it('reads the same submissions from the JSON and the CSV, without what Netlify adds', () => {
    const [first] = parseSubmissions(readFileSync(json, 'utf8'));
    const [row] = parseSubmissions(readFileSync(csv, 'utf8'));
    expect(first).toMatchObject({ id: '6748886b3c1e2a0008f1d001', number: 41, formName: 'public-input', createdAt: '2026-11-28T15:20:11.482Z' });
    expect(row.createdAt).toBe(first.createdAt);
    for (const data of [first.data, row.data]) for (const added of ['ip', 'user_agent', 'referrer']) expect(data).not.toHaveProperty(added);
    expect(row.data.text).toBe(first.data.text);
  });

  it('says what it expected when the file is neither', () => {
    expect(() => parseSubmissions('{"submissions": []}')).toThrow(SubmissionsError);
    expect(() => parseSubmissions('{"submissions": []}')).toThrow(/expected a JSON array of submissions/);
    expect(() => parseSubmissions('name,email\nA,a@example.org\n')).toThrow(/expected a "created_at" column/);
  });

  it('numbers after the highest number, whatever gaps the consultation has', () => {
    const submissions = [{ id: 'x', createdAt: '2026-12-01T12:00:00Z', data: { consultation: 'c', text: 'An idea.' }, where: 'submission 1' }];
    const existing = [1, 2, 5].map((number) => ({ id: `c-${number}`, data: { consultation: 'c', number, received: '2026-11-01', text: `Input ${number}` } }));
    const { files } = planImport(submissions, existing, { consultations: new Set(['c']), commitments: new Set(), districts: new Set() });
    expect(files.map((file) => file.name)).toEqual(['c-6.yaml']);
  });
});

describe('npm run import-input', () => {
  const run = (args: string[], root: string) => spawnSync(process.execPath, ['scripts/import-input.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root } });

  it('imports a file, says what it added and skipped, and repeats no personal detail', () => {
    const root = content();
    const result = run([json], root);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`added   ${root}/public-input/2026-mid-term-review-7.yaml (1 telephone number(s) removed; name left out (no consent))`);
    expect(result.stdout).toContain('skipped 674d7a68e4f05c0008c4f004: unknown consultation (2024-old-round)');
    expect(result.stdout).toContain('4 new, 2 skipped.');
    for (const detail of neverWritten) expect(result.stdout, detail).not.toContain(detail);
  });

  it('says how to use it when the file is missing, and what is wrong when it is not an export', () => {
    const root = content();
    const missing = run(['no-such-export.json'], root);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Usage: npm run import-input -- FILE');
    const wrong = join(root, 'not-an-export.json');
    writeFileSync(wrong, '{"hello": "world"}');
    const bad = run([wrong], root);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('cannot be imported: expected a JSON array of submissions');
  });
});
