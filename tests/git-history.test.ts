/** The history of records, read from real temporary Git repositories with fixed dates and authors. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepenHistory, gitProcessCount } from '../src/lib/history/git.ts';
import { readSiteHistory, type SiteHistory } from '../src/lib/history/record-history.ts';
import { diffLines } from '../src/lib/history/line-diff.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';
import { gitHostUrls } from '../src/lib/urls.ts';
import { generateRepository } from './support/history-benchmark.ts';
import { historyFixture, type FixtureCommits } from './support/history-fixture.ts';
import type { TempRepo } from './support/git-repo.ts';

let repo: TempRepo;
let commits: FixtureCommits;
let history: SiteHistory;
let processes: number;

beforeAll(() => {
  ({ repo, commits } = historyFixture());
  const before = gitProcessCount();
  history = readSiteHistory(join(repo.dir, 'content'));
  processes = gitProcessCount() - before;
});
afterAll(() => repo.remove());

const en = wordsIn('en');
/** A change's sentences in English. */
const said = (change: { lines: ((t: typeof en) => string)[] }) => change.lines.map((line) => line(en));
const registry = () => history.records.get('commitments/public-contract-registry')!;
const change = (sha: string) => registry().changes.find((c) => c.commit.sha === sha)!;

describe('the history of a commitment', () => {
  it('lists every commit that touched it, newest first, with date, author and message', () => {
    expect(registry().changes.map((c) => [c.commit.date, c.commit.author, c.kind])).toEqual([
      ['2026-08-10', 'Carla Editor', 'changed'],
      ['2026-06-01', 'Ben Young', 'changed'],
      ['2026-05-05', 'Ana Pérez', 'changed'],
      ['2026-04-20', 'Ben Young', 'changed'],
      ['2026-03-15', 'Ana Pérez', 'changed'],
      ['2026-02-10', 'Ben Young', 'changed'],
      ['2026-01-05', 'Ana Pérez', 'added'],
    ]);
    expect(change(commits.status).commit.message).toBe('Contract registry: progress is substantial');
    expect(change(commits.status).commit.timestamp).toBe('2026-02-10T15:00:00Z');
  });

  it('says a status change in words, with the vocabulary labels', () => {
    expect(said(change(commits.status))).toEqual(['Completion level: Limited → Substantial']);
  });

  it('says how far a milestone deadline moved', () => {
    expect(said(change(commits.deadline))).toEqual([
      'Milestone "Publish the draft bill": end date (expected completion) moved from 31 March 2027 to 30 September 2027 (6 months later)',
    ]);
  });

  it('says which milestone was added and which removed, matching milestones by title', () => {
    expect(said(change(commits.milestones))).toEqual(['Milestone removed: "Open the contracts portal"', 'Milestone added: "Train procurement officers"']);
  });

  it('names organizations by their names when the lead changes, and diffs the text line by line', () => {
    const lead = change(commits.lead);
    expect(said(lead)).toEqual(['Lead implementing agency changed from Ministry of Finance, Economic Development and Investment to Office of the Contractor General']);
    expect(lead.texts.map((text) => ({ ...text, label: text.label(en) }))).toEqual([{ label: 'Text', diff: [
      { kind: 'same', text: 'The government publishes its contracts.' },
      { kind: 'same', text: '' },
      { kind: 'removed', text: 'Every quarter, a report.' },
      { kind: 'added', text: 'Every month, a report.' },
    ] }]);
  });

  it('keeps its history through a rename and says the id changed', () => {
    expect(history.records.has('commitments/contract-registry')).toBe(false);
    expect(said(change(commits.rename))).toEqual(['Renamed: its id changed from contract-registry to public-contract-registry, and so did its address']);
    expect(change(commits.added).path).toBe('content/commitments/en/contract-registry.md');
    expect(change(commits.rename).path).toBe('content/commitments/en/public-contract-registry.md');
  });

  it('dates an edit merged from a review branch when it was published, and credits its editor', () => {
    const merged = change(commits.merge);
    expect(merged.commit.timestamp).toBe('2026-08-10T15:00:00Z');
    expect(merged.commit.author).toBe('Carla Editor');
    expect(merged.commit.message).toBe('Update Commitments “public-contract-registry”');
    expect(merged.commit.merge).toEqual({ publisher: 'Dan Publisher', message: 'Automatically generated. Merged on Decap CMS.' });
    expect(said(merged)).toEqual(['Completion level: Substantial → Complete']);
  });
});

describe('the history of the site', () => {
  it('keeps a deleted record, with its last title and last version', () => {
    const removed = history.records.get('pages/old-news')!;
    expect(removed.deleted).toBe(true);
    expect(removed.changes[0]).toMatchObject({ kind: 'removed', title: 'Old news', commit: { sha: commits.deletion, date: '2026-07-01' } });
    expect(removed.last).toMatchObject({ data: { title: 'Old news' }, path: 'content/pages/en/old-news.md', commit: { sha: commits.added } });
  });

  it('lists every change to every record, newest first', () => {
    expect(history.changes.slice(0, 3).map((c) => [c.commit.date, c.collection, c.id, c.kind])).toEqual([
      ['2026-08-10', 'commitments', 'public-contract-registry', 'changed'],
      ['2026-08-05', 'organizations', 'ministry-of-finance', 'changed'],
      ['2026-07-01', 'pages', 'old-news', 'removed'],
    ]);
    expect(history.changes.filter((c) => c.kind === 'added')).toHaveLength(4);
  });

  it('reads everything in a few Git processes, never one per file or version', () => {
    expect(processes).toBeLessThanOrEqual(7);
  });

  it('reads a history twice as large in the same number of Git processes', () => {
    // The generated repositories of the benchmark (tests/history.bench.ts), at a twentieth of its sizes.
    const count = (records: number, commits: number) => {
      const dir = generateRepository(records, commits);
      try {
        const before = gitProcessCount();
        const { changes } = readSiteHistory(join(dir, 'content'));
        expect(changes.length).toBeGreaterThan(commits / 2);
        return gitProcessCount() - before;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const half = count(50, 125);
    expect(count(100, 250)).toBe(half);
    expect(half).toBeLessThanOrEqual(7);
  });

  it('gives no history, never wrong dates, in a shallow clone; the commit built from is still known', () => {
    const clone = repo.shallowClone();
    try {
      const shallow = readSiteHistory(join(clone.dir, 'content'));
      expect(shallow).toMatchObject({ available: false, reason: 'shallow', head: { sha: commits.merge, date: '2026-08-10' } });
      expect(shallow.records.size).toBe(0);
    } finally {
      clone.remove();
    }
  });

  it('deepens a shallow clone before a build, as netlify.toml runs it, and then has the whole history', () => {
    const clone = repo.shallowClone();
    try {
      expect(deepenHistory(join(clone.dir, 'content'))).toEqual(['shallow clone: fetched the full history']);
      const deepened = readSiteHistory(join(clone.dir, 'content'));
      expect(deepened.available).toBe(true);
      expect(deepened.records.get('commitments/public-contract-registry')!.changes.map((c) => c.commit.date)).toEqual(history.records.get('commitments/public-contract-registry')!.changes.map((c) => c.commit.date));
    } finally {
      clone.remove();
    }
  });

  it('fetches every version of the content in one batch in a clone without file contents', () => {
    const clone = repo.partialClone();
    try {
      const missing = () => clone.git('rev-list', '--objects', '--missing=print', 'HEAD', '--', 'content').split('\n').filter((line) => line.startsWith('?')).length;
      expect(missing()).toBeGreaterThan(0);
      expect(deepenHistory(join(clone.dir, 'content'))).toEqual([expect.stringMatching(/^partial clone: fetched \d+ file versions in one batch$/)]);
      expect(missing()).toBe(0);
      expect(deepenHistory(join(clone.dir, 'content'))).toEqual(['the full history is here']);
    } finally {
      clone.remove();
    }
  });

  it('gives no history outside a Git repository', () => {
    const folder = mkdtempSync(join(tmpdir(), 'og-no-git-'));
    try {
      expect(readSiteHistory(folder)).toMatchObject({ available: false, reason: 'no-repository', head: undefined });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('links to the Git host', () => {
  it('go to the commit and the file, GitHub style, only when the settings name a repository', () => {
    const host = gitHostUrls({ url: 'https://github.com/opengov-belize/site.git', branch: 'main' })!;
    expect(host.commit('abc123')).toBe('https://github.com/opengov-belize/site/commit/abc123');
    expect(host.file('abc123', 'content/pages/old-news.md')).toBe('https://github.com/opengov-belize/site/blob/abc123/content/pages/old-news.md');
    expect(host.fileHistory('content/pages/about.md')).toBe('https://github.com/opengov-belize/site/commits/main/content/pages/about.md');
    expect(gitHostUrls(undefined)).toBeUndefined();
  });
});

describe('the line diff', () => {
  it('shows removed lines before the lines that replace them, and folds unchanged lines', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
    const after = ['a', 'b', 'c', 'd', 'e', 'F', 'g', 'h', 'i'].join('\n');
    expect(diffLines(before, after, 1)).toEqual([
      { kind: 'gap', lines: 4 },
      { kind: 'same', text: 'e' },
      { kind: 'removed', text: 'f' },
      { kind: 'added', text: 'F' },
      { kind: 'same', text: 'g' },
      { kind: 'same', text: 'h' },
      { kind: 'added', text: 'i' },
    ]);
  });
  it('finds two changed lines far apart in a long text exactly', () => {
    const before = Array.from({ length: 20_000 }, (_, i) => `line ${i + 1}`);
    const after = before.map((line) => (line === 'line 2' ? 'line two' : line === 'line 19999' ? 'line nineteen thousand nine hundred and ninety-nine' : line));
    expect(diffLines(before.join('\n'), after.join('\n'), 1)).toEqual([
      { kind: 'same', text: 'line 1' },
      { kind: 'removed', text: 'line 2' },
      { kind: 'added', text: 'line two' },
      { kind: 'same', text: 'line 3' },
      { kind: 'gap', lines: 19_994 },
      { kind: 'same', text: 'line 19998' },
      { kind: 'removed', text: 'line 19999' },
      { kind: 'added', text: 'line nineteen thousand nine hundred and ninety-nine' },
      { kind: 'same', text: 'line 20000' },
    ]);
  });

  it('shows a text rewritten through and through as removed, then added, without taking seconds', () => {
    const before = Array.from({ length: 5_000 }, (_, i) => `old ${i}`);
    const after = Array.from({ length: 5_000 }, (_, i) => `new ${i}`);
    const started = performance.now();
    const diff = diffLines(before.join('\n'), after.join('\n'));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(diff.map((line) => line.kind)).toEqual([...before.map(() => 'removed'), ...after.map(() => 'added')]);
  });
});
