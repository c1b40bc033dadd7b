/**
 * The content check: the sample content passes, and each kind of bad content in
 * tests/fixtures/invalid/ is reported with its file, its field and what to do.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatReport, type Problem } from '../src/lib/content/check.ts';
import { reservedIds } from '../src/lib/content/reserved-ids.ts';

const fixtures = 'tests/fixtures/invalid';
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the sample content with the given fixture files added. */
function contentWith(...files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'og-content-'));
  scratch.push(root);
  cpSync('content', root, { recursive: true });
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(fixtures, file), join(root, file));
  }
  return root;
}

function problemsWith(file: string): Problem[] {
  const root = contentWith(file);
  return checkContent(root).problems.map((problem) => ({ ...problem, file: problem.file.replace(/^.*og-content-[^/]+\//, '') }));
}

describe('the sample content', () => {
  it('passes every check', () => {
    const { problems, records } = checkContent('content');
    expect(formatReport(problems)).toContain('0 problems');
    expect(problems).toEqual([]);
    expect(records.length).toBeGreaterThan(40);
  });
});

describe('bad content is reported with file, field and what is expected', () => {
  const cases: [fixture: string, field: string | undefined, message: RegExp][] = [
    ['commitments/en/status-outside-enum.md', 'status (Completion level)', /expected one of: not-started, limited, substantial, complete/],
    ['commitments/en/malformed-date.md', 'milestones[0].end (Milestones #1 › End date (expected completion))', /expected a date written as YYYY-MM-DD.*got "30\/06\/2026"/],
    ['commitments/en/missing-reference.md', 'lead', /"ministry-of-magic" is not one of the organizations/],
    ['commitments/en/end-before-start.md', 'end (End date)', /the end date 2025-12-31 is before the start date 2026-01-01/],
    ['commitments/en/unknown-field.md', 'stauts', /unknown field "stauts": check its spelling/],
    ['commitments/en/missing-field.md', 'title (Name of the commitment)', /is required but missing/],
    ['commitments/en/completed-but-not-complete.md', 'milestones[0].completed (Milestones #1 › Date completed)', /set the status to complete or remove the date/],
    ['meetings/en/swapped-coordinates.md', 'venue.coordinates (Venue › Coordinates [longitude, latitude])', /latitude and longitude look swapped: write \[longitude, latitude\], that is \[-88.7659, 17.2514\]/],
    ['meetings/en/missing-commitment.md', 'decisions[0].commitments[0]', /"no-such-commitment" is not one of the commitments/],
    ['datasets/en/missing-file.md', 'resources[0].file', /there is no file \/files\/datasets\/never-uploaded.csv/],
    // Reuses, data requests and challenges (issue #14).
    ['reuses/no-dataset.md', 'datasets (Datasets used)', /name at least one dataset of the catalogue that it uses/],
    ['reuses/unknown-dataset.md', 'datasets[1]', /"bus-timetables" is not one of the datasets/],
    ['reuses/link-not-http.md', 'link (Link)', /expected a web address starting with https:\/\//],
    ['reuses/missing-screenshot.md', 'screenshot.file', /there is no file \/files\/reuses\/never-uploaded.png/],
    ['data-requests/declined-without-reason.md', 'reason (Why it was declined)', /a declined request needs the reason it was declined/],
    ['data-requests/published-without-dataset.md', 'dataset (Published as)', /a published request needs the dataset that answers it/],
    ['data-requests/contact-details.md', 'description', /holds an email address: remove it/],
    ['data-requests/named-without-consent.md', 'requester.name (Requested by › Name)', /did not agree to be named: remove the name/],
    ['challenges/winner-not-an-entry.md', 'prizes[0].winner (Prizes #1 › Winner)', /"follow-the-budget" is not one of the entries/],
    ['public-input/outcome-without-reason.yaml', 'response.reason (Response › Reason)', /the outcome is "not-adopted": give the reason/],
    ['public-input/unknown-consultation.yaml', 'consultation', /"no-such-consultation" is not one of the consultations/],
    ['public-input/merged-into-nothing.yaml', 'response.mergedInto', /"2025-co-creation-999" is not one of the public-input/],
    ['public-input/email-in-published-text.yaml', 'text (The input)', /published input carries an email address \(c…@example\.com\): replace it with "\[email address removed\]".*publicContact: true/],
    ['public-input/phone-in-published-text.yaml', 'text (The input)', /published input carries a telephone number \(…77\): replace it with "\[telephone number removed\]"/],
    ['public-input/name-without-consent.yaml', 'name (Name (only with consent))', /names are kept only with the submitter's consent/],
  ];
  it.each(cases)('%s', (fixture, field, message) => {
    const problems = problemsWith(fixture);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toContain(fixture);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toMatch(message);
  });

  it('reports a screenshot too large for the site, naming the image and its size', () => {
    const problems = checkContent(contentWith('reuses/oversized-screenshot.md', 'files/reuses/too-wide.png')).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toContain('reuses/oversized-screenshot.md');
    expect(problems[0].field).toBe('screenshot.file');
    expect(problems[0].message).toMatch(/\/files\/reuses\/too-wide.png is 3000 × 60 pixels, more than 2400 × 2400: resize it/);
  });

  it('reports a screenshot that is not an image it can read', () => {
    const root = contentWith('reuses/oversized-screenshot.md');
    cpSync('content/files/challenges/apps-challenge-2027-rules.txt', join(root, 'files/reuses/too-wide.png'));
    const [problem] = checkContent(root).problems;
    expect(problem.message).toMatch(/too-wide.png is not a PNG, JPEG or WebP image that can be read/);
  });

  it('reports broken YAML with the line to look at', () => {
    const [problem] = problemsWith('commitments/en/broken-yaml.md');
    expect(problem.file).toMatch(/commitments\/en\/broken-yaml\.md:12$/);
    expect(problem.message).toMatch(/the YAML cannot be read .*line 12/);
  });

  it('reports two files with the same id, each naming the other', () => {
    const problems = problemsWith('organizations/cito.yml');
    expect(problems.map((problem) => [problem.file, problem.message.replace(/ [^ ]*\/organizations\//, ' organizations/')])).toEqual([
      ['organizations/cito.yaml', 'duplicate id "cito": organizations/cito.yml has the same name; rename one of them'],
      ['organizations/cito.yml', 'duplicate id "cito": organizations/cito.yaml has the same name; rename one of them'],
    ]);
  });

  it('reports a file name that is not an id and suggests one', () => {
    const [problem] = problemsWith('commitments/en/Bad File Name.md');
    expect(problem.message).toContain('"bad-file-name.md"');
  });

  it('reports a commitment number used twice in one plan', () => {
    const root = contentWith('commitments/en/status-outside-enum.md');
    // A second, valid copy of an existing commitment under another file name.
    cpSync(join(root, 'commitments/en/open-contracting.md'), join(root, 'commitments/en/open-contracting-copy.md'));
    const problems = checkContent(root).problems.filter((p) => p.field === 'code');
    expect(problems[0].message).toMatch(/is already used by .*in the same action plan/);
  });

  it('reports every problem in one pass, not only the first', () => {
    const all = [...cases.map(([fixture]) => fixture), 'commitments/en/broken-yaml.md', 'organizations/cito.yml', 'commitments/en/Bad File Name.md'];
    const { problems } = checkContent(contentWith(...all));
    for (const fixture of all) expect(problems.some((p) => p.file.includes(fixture)), fixture).toBe(true);
    // The two files with one id are both reported, each naming the other: one problem more than files.
    expect(formatReport(problems)).toMatch(new RegExp(`^The content has ${all.length + 1} problems in ${all.length + 1} files:`));
  });

  it('never prints the email address or telephone number it found, only enough to find it', () => {
    const messages = [...problemsWith('public-input/email-in-published-text.yaml'), ...problemsWith('public-input/phone-in-published-text.yaml')].map((p) => p.message).join('\n');
    expect(messages).not.toContain('carla.young@example.com');
    expect(messages).not.toContain('610-4477');
  });

  it('accepts contact details in published input marked as public on purpose', () => {
    const root = contentWith('public-input/email-in-published-text.yaml', 'public-input/phone-in-published-text.yaml');
    for (const name of ['email-in-published-text', 'phone-in-published-text']) {
      const file = join(root, `public-input/${name}.yaml`);
      writeFileSync(file, `${readFileSync(file, 'utf8')}publicContact: true\n`);
    }
    expect(checkContent(root).problems).toEqual([]);
  });

  it('does not stop on contact details in input that is not published: moderation removes them first', () => {
    const root = contentWith('public-input/email-in-published-text.yaml');
    const file = join(root, 'public-input/email-in-published-text.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('moderation: published', 'moderation: pending'));
    expect(checkContent(root).problems).toEqual([]);
  });
});

describe('translations (issue #18)', () => {
  it('accepts a translation of prose only, partial, with milestones by position', () => {
    const root = contentWith();
    for (const file of ['commitments/es/open-contracting.md', 'pages/es/about.md']) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      cpSync(join('tests/fixtures/translations', file), join(root, file));
    }
    expect(checkContent(root).problems).toEqual([]);
  });

  it('refuses a fact copied into a translation, naming the field and the English file that keeps it', () => {
    const problems = problemsWith('commitments/es/open-contracting.md');
    expect(problems).toEqual([
      {
        file: 'commitments/es/open-contracting.md',
        field: 'status',
        rule: 'facts-only-in-english',
        message: expect.stringMatching(/^status is not prose to translate: facts are kept once, in the English file \S*commitments\/en\/open-contracting\.md; remove status from this translation$/),
      },
    ]);
  });

  it('refuses a translation of a record that does not exist', () => {
    const [problem, ...others] = problemsWith('commitments/es/no-such-commitment.md');
    expect(others).toEqual([]);
    expect(problem.file).toBe('commitments/es/no-such-commitment.md');
    expect(problem.message).toMatch(/this translates a record that does not exist \(\S*commitments\/en\/no-such-commitment\.md is missing/);
  });

  it('refuses a folder for a language the site does not have', () => {
    const [problem, ...others] = problemsWith('commitments/fr/open-contracting.md');
    expect(others).toEqual([]);
    expect(problem.file).toBe('commitments/fr');
    expect(problem.message).toMatch(/"fr" is not one of the site's languages \(en, es\)/);
  });

  it('refuses a record left beside the language folders', () => {
    const root = contentWith();
    cpSync(join(root, 'meetings/en/2026-10-22-corozal-ordinary.md'), join(root, 'meetings/2026-10-22-corozal-ordinary.md'));
    const problems = checkContent(root).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toMatch(/meetings\/2026-10-22-corozal-ordinary\.md$/);
    expect(problems[0].message).toMatch(/kept in language folders: move it to \S*meetings\/en\//);
  });
});

describe('the addresses a plain page may not take', () => {
  it('refuses a page named after a section, an address behind a rest parameter, or a folder the build adds', () => {
    const root = contentWith();
    for (const id of ['map', 'history', 'admin']) cpSync('content/pages/en/about.md', join(root, 'pages/en', `${id}.md`));
    const refused = checkContent(root).problems.filter((problem) => problem.message.includes('is already a section of the site'));
    expect(refused.map((problem) => problem.file.replace(/^.*\//, '')).sort()).toEqual(['admin.md', 'history.md', 'map.md']);
  });

  it('reserves a new route folder of src/pages/ as soon as it exists', () => {
    const pages = mkdtempSync(join(tmpdir(), 'og-pages-'));
    scratch.push(pages);
    cpSync('src/pages', pages, { recursive: true });
    expect(reservedIds(pages)).not.toContain('petitions');
    mkdirSync(join(pages, 'petitions'));
    writeFileSync(join(pages, 'petitions', '[id].astro'), '---\n---\n');
    expect(reservedIds(pages)).toContain('petitions');
  });

  it('reserves nothing for a parameter or a private file', () => {
    const pages = mkdtempSync(join(tmpdir(), 'og-pages-'));
    scratch.push(pages);
    for (const file of ['[page].astro', '_draft.astro', 'index.astro', 'about-us.astro']) writeFileSync(join(pages, file), '---\n---\n');
    // The built folders, and each other language's folder (`/es/`).
    expect(reservedIds(pages)).toEqual(['about-us', 'admin', 'es', 'files', 'pagefind', 'pagefind-archive']);
  });
});
