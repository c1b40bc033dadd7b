/**
 * Reading translations (issue #18): a record in Spanish where translated, field by field, with
 * the language of each field; a translation older than its English file flagged as possibly out
 * of date; the list of what is left to translate. On a real temporary Git repository.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFile } from '../src/lib/content/record-files.ts';
import { localize, readTranslations, renderLocalizedBody, untranslated, type Translation } from '../src/lib/content/translations.ts';
import { readSiteHistory, type SiteHistory } from '../src/lib/history/record-history.ts';
import { parseRecordText } from '../src/lib/content/check.ts';
import { TempRepo } from './support/git-repo.ts';
import { translatableCollections } from '../src/schemas/index.ts';

let repo: TempRepo;
let root: string;
let history: SiteHistory;
let translations: Map<string, Translation>;
const at = (date: string) => ({ author: 'Ana Pérez', date: `${date}T15:00:00Z` });

const read = (path: string) => readFileSync(join(repo.dir, path), 'utf8');
const translated = translatableCollections;

/** The English record as the content folder holds it. */
const english = (collection: 'commitments' | 'pages', id: string) => {
  const { data, body } = parseRecordText(read(recordFile(collection, id)), 'markdown');
  return { collection, id, data: data as Record<string, unknown>, body };
};

beforeAll(() => {
  repo = new TempRepo('og-translations-');
  root = join(repo.dir, 'content');
  cpSync('content', root, { recursive: true });
  // Only this test's translations, whatever the sample content translates.
  for (const collection of translated) rmSync(join(root, collection, 'es'), { recursive: true, force: true });
  repo.commit('Sample content', at('2026-01-05'));
  // Spanish for a commitment (partial: title, summary, one milestone's title, the body) and a page.
  for (const file of ['commitments/es/open-contracting.md', 'pages/es/about.md']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join('tests/fixtures/translations', file), join(root, file));
  }
  repo.commit('Spanish texts', at('2026-02-01'));
  // The English about page changes after its translation: the translation may be out of date.
  repo.write(recordFile('pages', 'about'), read(recordFile('pages', 'about')).replace(/^summary: .*$/m, 'summary: What Open Government means in Belize, and who runs this site.'));
  repo.commit('A clearer summary of the about page', at('2026-03-01'));
  history = readSiteHistory(root);
  translations = readTranslations(root);
});
afterAll(() => repo.remove());

describe('a record in Spanish', () => {
  it('has its translated prose, and English facts', () => {
    const record = localize(english('commitments', 'open-contracting'), 'es', { translations, history, root });
    expect(record.data).toMatchObject({ title: 'Contrataciones abiertas: publicar los contratos públicos de la planificación a la ejecución', code: 'BZ04', status: 'limited', lead: 'ministry-of-finance' });
    expect(record.body).toContain('Las instituciones publicarán cada contrato');
    expect(record.textLang).toBe('es');
    expect(record.translated).toBe(true);
  });

  it('falls back to English field by field, milestones by position', () => {
    const source = english('commitments', 'open-contracting');
    const record = localize(source, 'es', { translations, history, root });
    const milestones = record.data.milestones as { title: string; status: string }[];
    const englishMilestones = source.data.milestones as { title: string; status: string }[];
    expect(milestones[0]).toEqual({ ...englishMilestones[0], title: 'Adoptar la norma de publicación de contratos' });
    expect(milestones.slice(1)).toEqual(englishMilestones.slice(1));
    expect(record.data.problem).toBe(source.data.problem);
    expect(['title', 'summary', 'milestones[0].title', 'body', 'problem', 'milestones[1].title', 'milestones[0].status'].map((field) => record.langOf(field))).toEqual(['es', 'es', 'es', 'es', 'en', 'en', 'en']);
  });

  it('is the English record, in English, when it has no translation', () => {
    const source = english('pages', 'take-part');
    const record = localize(source, 'es', { translations, history, root });
    expect(record.data).toEqual(source.data);
    expect([record.textLang, record.translated, record.outdated, record.langOf('title')]).toEqual(['en', false, false, 'en']);
  });

  it('is flagged as possibly out of date when the English file changed after the translation', () => {
    expect(localize(english('pages', 'about'), 'es', { translations, history, root }).outdated).toBe(true);
    expect(localize(english('commitments', 'open-contracting'), 'es', { translations, history, root }).outdated).toBe(false);
  });

  it('renders its Spanish body through the site\'s Markdown pipeline', async () => {
    const record = localize(english('pages', 'about'), 'es', { translations, history, root });
    expect(await renderLocalizedBody(record)).toBe('<p>Este sitio publica el plan de acción de Belice, sus compromisos y las actas del foro multiactor.</p>');
  });
});

describe('what is left to translate', () => {
  it('lists every record without a translation, and each translation older than its English text', () => {
    const list = untranslated('es', { root, history, translations });
    const key = (item: { collection: string; id: string }) => `${item.collection}/${item.id}`;
    expect(list.find((item) => key(item) === 'pages/about')).toMatchObject({ state: 'outdated', title: 'About this site', translation: `${root}/pages/es/about.md` });
    expect(list.find((item) => key(item) === 'pages/take-part')).toMatchObject({ state: 'missing' });
    expect(list.some((item) => key(item) === 'commitments/open-contracting')).toBe(false);
    const records = translated.flatMap((collection) => readdirSync(join(root, collection, 'en')).filter((name) => name.endsWith('.md')));
    expect(list).toHaveLength(records.length - 1);
  });
});
