/**
 * The check the editor runs before Save, Ready and Publish (src/lib/cms/entry-check.ts) says what
 * the content check says: each fixture of bad content, given to it as the editor would hold it
 * with the sample content as the published branch, gets the content check's own problems. And a
 * new record's file name is the one Decap gives it (names Decap gave in tests/cms-rules.e2e.ts).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDeletion, checkDraft, type Repository } from '../src/lib/cms/entry-check.ts';
import { newRecordId, slugPart } from '../src/lib/cms/file-names.ts';
import { readFrontMatter, readYaml } from '../src/lib/cms/formats.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { districtFeatures } from '../src/lib/geo/districts.ts';
import { reservedPageIds } from '../src/lib/content/reserved-ids.ts';
import { collections, type CollectionName } from '../src/schemas/index.ts';

const known = { districts: new Map(districtFeatures.map((feature) => [feature.properties.id, feature.properties.name])), reservedPageIds };
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository folder holding a copy of the sample content, read as the editor reads the published branch. */
function repository(): { root: string; repository: Repository } {
  const root = mkdtempSync(join(tmpdir(), 'og-entry-check-'));
  scratch.push(root);
  cpSync('content', join(root, 'content'), { recursive: true });
  return {
    root,
    repository: {
      list: async (folder) => (existsSync(join(root, folder)) ? readdirSync(join(root, folder)) : []),
      read: async (folder, extension) =>
        (existsSync(join(root, folder)) ? readdirSync(join(root, folder)) : [])
          .filter((name) => name.endsWith(`.${extension}`))
          .map((name) => ({ path: `${folder}/${name}`, text: readFileSync(join(root, folder, name), 'utf8') })),
    },
  };
}

describe('the editor\'s check and the content check', () => {
  // Every fixture whose problems are in the record itself (broken YAML and file names are the
  // editor's own to avoid: it writes the YAML, and names files from titles).
  const fixtures = ['commitments/en/end-before-start.md', 'commitments/en/completed-but-not-complete.md', 'commitments/en/missing-reference.md', 'commitments/en/status-outside-enum.md', 'commitments/en/unknown-field.md', 'commitments/en/missing-field.md', 'commitments/en/malformed-date.md', 'meetings/en/swapped-coordinates.md', 'meetings/en/missing-commitment.md', 'datasets/en/missing-file.md'];

  it.each(fixtures)('agree on %s', async (fixture) => {
    const [collection, , name] = fixture.split('/') as [CollectionName, string, string];
    const { root, repository: published } = repository();
    const text = readFileSync(join('tests/fixtures/invalid', fixture), 'utf8');
    const data = collections[collection].format === 'markdown' ? readFrontMatter(text) : readYaml(text);
    const fromEditor = await checkDraft({ collection, id: name.replace(/\.md$/, ''), data, uploads: [] }, published, known);

    cpSync(join('tests/fixtures/invalid', fixture), join(root, 'content', fixture));
    const fromBuild = checkContent(join(root, 'content')).problems;
    expect(fromEditor.length).toBeGreaterThan(0);
    // The build names files from where it runs; the editor from the repository's root.
    expect(fromEditor.map(({ field, message }) => ({ field, message }))).toEqual(fromBuild.map(({ field, message }) => ({ field, message: message.replace(/[^ ]*og-entry-check-[^/]+\//g, '') })));
  });

  it('counts a file uploaded with the draft as there', async () => {
    const { repository: published } = repository();
    const data = readFrontMatter(readFileSync('tests/fixtures/invalid/datasets/en/missing-file.md', 'utf8'));
    const problems = await checkDraft({ collection: 'datasets', id: 'missing-file', data, uploads: ['content/files/datasets/never-uploaded.csv'] }, published, known);
    expect(problems).toEqual([]);
  });

  it('judges a new record by the file name it will get', async () => {
    const { repository: published } = repository();
    const problems = await checkDraft({ collection: 'pages', data: { title: 'Search', summary: 'Find anything.' }, uploads: [] }, published, known);
    expect(problems.map((problem) => [problem.file, problem.rule])).toEqual([['content/pages/en/search.md', 'page-id-not-reserved']]);
  });

  it('checks the Spanish side of a record with the translation schema, refusing a fact copied into it', async () => {
    const { repository: published } = repository();
    const data = readFrontMatter(readFileSync('content/commitments/en/open-contracting.md', 'utf8'));
    const spanish = { title: 'Contrataciones abiertas', summary: 'El gobierno publica sus contratos.', status: 'complete', milestones: [{ title: 'Publicar la norma', end: '2027-01-01' }] };
    const problems = await checkDraft({ collection: 'commitments', id: 'open-contracting', data, uploads: [], translations: { es: spanish } }, published, known);
    expect(problems.map((problem) => [problem.file, problem.field, problem.rule])).toEqual([
      ['content/commitments/es/open-contracting.md', 'milestones[0].end', 'facts-only-in-english'],
      ['content/commitments/es/open-contracting.md', 'status', 'facts-only-in-english'],
    ]);
    expect(problems[1].message).toBe('status is not prose to translate: facts are kept once, in the English file content/commitments/en/open-contracting.md; remove status from this translation');
  });

  it('accepts a partial Spanish translation of prose only', async () => {
    const { repository: published } = repository();
    const data = readFrontMatter(readFileSync('content/commitments/en/open-contracting.md', 'utf8'));
    const spanish = { title: 'Contrataciones abiertas', milestones: [{}, { output: 'Un portal en línea' }], body: 'El texto.' };
    expect(await checkDraft({ collection: 'commitments', id: 'open-contracting', data, uploads: [], translations: { es: spanish } }, published, known)).toEqual([]);
  });

  it('checks the settings with their schema', async () => {
    const settings = readYaml(readFileSync('content/settings.yaml', 'utf8'));
    expect(await checkDraft({ collection: 'settings', id: 'settings', data: settings, uploads: [] }, undefined, known)).toEqual([]);
    const problems = await checkDraft({ collection: 'settings', id: 'settings', data: { ...settings, url: 'opengov.example.bz' }, uploads: [] }, undefined, known);
    expect(problems.map((problem) => problem.field)).toEqual(['url (Site address)']);
  });
});

describe('deleting a record others refer to', () => {
  it('would cause what the content check reports once the file is gone, in the records that refer to it', async () => {
    const { root, repository: published } = repository();
    const fromEditor = await checkDeletion('organizations', 'office-of-the-ombudsman', published, known);
    rmSync(join(root, 'content/organizations/office-of-the-ombudsman.yaml'));
    const fromBuild = checkContent(join(root, 'content')).problems.map((problem) => ({ ...problem, file: problem.file.replace(/^.*og-entry-check-[^/]+\//, '') }));
    expect(fromEditor.length).toBeGreaterThan(0);
    expect(fromEditor.map(({ file, field, message }) => ({ file, field, message }))).toEqual(fromBuild.map(({ file, field, message }) => ({ file, field, message })));
  });

  it('causes nothing when no record refers to it', async () => {
    const { repository: published } = repository();
    expect(await checkDeletion('pages', 'take-part', published, known)).toEqual([]);
  });
});

describe('the file name Decap gives a new record', () => {
  it('is the title in lowercase ASCII with hyphens, as Decap makes it', () => {
    // Names Decap itself gave in the browser test.
    expect(newRecordId('meetings', { title: 'Consulta pública: ¿Qué comen los niños?', date: '2026-11-26' }, [])).toBe('2026-11-26-consulta-publica-que-comen-los-ninos');
    expect(newRecordId('action-plans', { title: 'Fifth National Action Plan 2028–2030' }, [])).toBe('fifth-national-action-plan-2028-2030');
    expect(slugPart('  Rules_of_procedure ')).toBe('rules_of_procedure');
    expect(slugPart('Mr. O\'Neil\'s plan')).toBe('mr-oneils-plan');
  });

  it('takes -1, -2… after a name that a file of the collection already has', () => {
    expect(newRecordId('pages', { title: 'About' }, ['about.md', 'about-1.md'])).toBe('about-2');
    // A file of another extension is not one Decap sees: the twin is the content check's to report.
    expect(newRecordId('organizations', { name: 'CITO' }, ['cito.yml'])).toBe('cito');
  });

  it('is not known while the title is empty', () => {
    expect(newRecordId('pages', { title: '  ' }, [])).toBeUndefined();
  });
});
