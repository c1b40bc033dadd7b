/**
 * A record's history survives the move to language folders (`commitments/x.md` →
 * `commitments/en/x.md`, issue #18), and its translation's commits appear in it as changes to its
 * Spanish text: on a real temporary Git repository with fixed dates and authors.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFile } from '../src/lib/content/record-files.ts';
import { readSiteHistory, type SiteHistory } from '../src/lib/history/record-history.ts';
import { commitmentFile } from './support/history-fixture.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';
import { TempRepo } from './support/git-repo.ts';

const first = { status: 'limited', lead: 'ministry-of-finance', milestones: [{ title: 'Publish the draft bill', end: '2027-03-31' }] };
const oldPath = 'content/commitments/contract-registry.md';
const english = recordFile('commitments', 'contract-registry');
const spanish = recordFile('commitments', 'contract-registry', 'es');
const untouched = 'content/pages/about.md';
const en = wordsIn('en');
const at = (author: string, date: string) => ({ author, date: `${date}T15:00:00Z` });

let repo: TempRepo;
let history: SiteHistory;
const shas: Record<string, string> = {};

beforeAll(() => {
  repo = new TempRepo('og-translation-history-');
  repo.write(oldPath, commitmentFile(first)).write(untouched, '---\ntitle: About\nsummary: About us.\n---\n\nText.\n');
  shas.added = repo.commit('Add the contract registry', at('Ana Pérez', '2026-01-05'));
  for (const path of [english, recordFile('pages', 'about')]) mkdirSync(dirname(join(repo.dir, path)), { recursive: true });
  repo.git('mv', oldPath, english);
  repo.git('mv', untouched, recordFile('pages', 'about'));
  shas.moved = repo.commit('Move the records into language folders', at('Ben Young', '2026-02-01'));
  repo.write(english, commitmentFile({ ...first, status: 'substantial' }));
  shas.edited = repo.commit('Progress is substantial', at('Carla Editor', '2026-03-10'));
  repo.write(spanish, '---\ntitle: Registro de contratos públicos\n---\n\nEl gobierno publica sus contratos.\n');
  shas.translated = repo.commit('Add the Spanish text', at('Dora Traductora', '2026-04-02'));
  repo.write(spanish, '---\ntitle: Registro de contratos públicos\nsummary: Publicar cada contrato público.\n---\n\nEl gobierno publica todos sus contratos.\n');
  shas.retranslated = repo.commit('Spanish summary', at('Dora Traductora', '2026-05-02'));
  history = readSiteHistory(join(repo.dir, 'content'));
});
afterAll(() => repo.remove());

const registry = () => history.records.get('commitments/contract-registry')!;

describe('a record moved into its language folder', () => {
  it('keeps its whole history: the version at the old path and the edit after the move', () => {
    const changes = registry().changes.filter((change) => change.path.includes('/en/') || change.path === oldPath);
    expect(changes.map((change) => [change.commit.sha, change.kind, change.path])).toEqual([
      [shas.edited, 'changed', english],
      [shas.added, 'added', oldPath],
    ]);
    expect(registry().changes.find((change) => change.commit.sha === shas.edited)!.lines.map((line) => line(en))).toContain('Completion level: Limited → Substantial');
  });

  it('reads every version of the record, from before and after the move', () => {
    expect(registry().versions.map((version) => [version.path, version.data.status])).toEqual([
      [english, 'substantial'],
      [oldPath, 'limited'],
    ]);
  });

  it('is not changed by the move alone: a record only moved keeps the date of its last real change', () => {
    expect(history.records.get('pages/about')!.changes.map((change) => change.commit.sha)).toEqual([shas.added]);
    expect(history.files.get('pages/en/about.md')!.sha).toBe(shas.added);
    expect(history.changes.some((change) => change.commit.sha === shas.moved)).toBe(false);
  });
});

describe('a translation in the record\'s history', () => {
  it('appears as changes to the record\'s Spanish text, in order with its other changes', () => {
    expect(registry().changes.map((change) => [change.commit.sha, change.lines[0]?.(en)])).toEqual([
      [shas.retranslated, 'Its Spanish text changed: summary, body'],
      [shas.translated, 'Its Spanish text was added'],
      [shas.edited, 'Completion level: Limited → Substantial'],
      [shas.added, undefined],
    ]);
    const retranslated = registry().changes[0];
    expect(retranslated.path).toBe(spanish);
    expect(retranslated.texts.map((text) => text.label(en))).toEqual(['The Spanish text']);
  });

  it('does not count as a version of the English record', () => {
    expect(registry().versions).toHaveLength(2);
    expect(registry().title).toBe('Public contract registry');
  });
});
