/**
 * What slipped and how progress moved, read from a real temporary Git repository with known
 * commits (fixed dates): a milestone rescheduled twice, a commitment marked complete and
 * reopened, a milestone reopened, a commitment that arrives later; the expected series is
 * worked out by hand below, month by month, from the commits.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitProcessCount } from '../src/lib/history/git.ts';
import { readSiteHistory, type SiteHistory } from '../src/lib/history/record-history.ts';
import { slipsOf, statesOf } from '../src/lib/progress/from-history.ts';
import { progressOverTime } from '../src/lib/progress/over-time.ts';
import { TempRepo } from './support/git-repo.ts';
import { recordFile } from '../src/lib/content/record-files.ts';

interface M { title: string; end: string; status: string; completed?: string }

function commitment(code: string, title: string, status: string, milestones: M[]): string {
  const list = milestones
    .map((m) => `  - title: ${m.title}\n    start: 2026-01-01\n    end: ${m.end}\n    status: ${m.status}${m.completed ? `\n    completed: ${m.completed}` : ''}`)
    .join('\n');
  return `---\ncode: ${code}\ntitle: ${title}\nsummary: A commitment.\nplan: plan-x\ntheme: open-data\nstart: 2026-01-01\nend: 2026-12-31\nlead: an-agency\ncontact:\n  name: Ana Pérez\nstatus: ${status}\nproblem: A problem.\ncontribution: A contribution.\nvalues:\n  - access-to-information\nmilestones:\n${list}\n---\n\nText.\n`;
}

let repo: TempRepo;
let history: SiteHistory;
const shas: Record<string, string> = {};
const registry = recordFile('commitments', 'registry');
const portal = recordFile('commitments', 'portal');
const a = (status: string, completed?: string): M => ({ title: 'Draft the policy', end: '2026-03-31', status, completed });
const b = (end: string): M => ({ title: 'Publish the register', end, status: 'not-started' });
const at = (date: string) => ({ author: 'Ana Pérez', date: `${date}T15:00:00Z` });

beforeAll(() => {
  repo = new TempRepo('og-progress-');
  repo.write(registry, commitment('BZ01', 'Registry', 'limited', [a('not-started'), b('2026-06-30')]));
  shas.added = repo.commit('Add the registry', at('2026-01-10'));
  repo.write(registry, commitment('BZ01', 'Registry', 'limited', [a('complete', '2026-02-14'), b('2026-06-30')]));
  shas.policy = repo.commit('The policy is drafted', at('2026-02-15'));
  repo.write(portal, commitment('BZ02', 'Portal', 'not-started', [{ title: 'Open the portal', end: '2026-04-30', status: 'not-started' }]));
  shas.portal = repo.commit('Add the portal', at('2026-03-05'));
  repo.write(registry, commitment('BZ01', 'Registry', 'limited', [a('complete', '2026-02-14'), b('2026-09-30')]));
  shas.firstMove = repo.commit('The register is late', at('2026-04-10'));
  repo.write(registry, commitment('BZ01', 'Registry', 'complete', [a('complete', '2026-02-14'), b('2026-09-30')]));
  shas.complete = repo.commit('Registry complete', at('2026-05-20'));
  repo.write(registry, commitment('BZ01', 'Registry', 'substantial', [a('complete', '2026-02-14'), b('2026-10-31')]));
  shas.reopen = repo.commit('Registry reopened: the register is not out yet', at('2026-06-05'));
  repo.write(registry, commitment('BZ01', 'Registry', 'substantial', [a('substantial'), b('2026-10-31')]));
  shas.policyReopened = repo.commit('The policy goes back to Cabinet', at('2026-08-01'));
  history = readSiteHistory(join(repo.dir, 'content'));
});
afterAll(() => repo.remove());

const states = (id: string) => statesOf(history.records.get(`commitments/${id}`)!.versions);

describe('a rescheduled milestone', () => {
  it('has its original and current end dates, each move with its commit, and no other milestone moved', () => {
    const { rescheduled } = slipsOf(states('registry'));
    expect(rescheduled).toHaveLength(1);
    const [moved] = rescheduled;
    expect(moved).toMatchObject({ kind: 'milestone', milestone: { number: 2, title: 'Publish the register' }, original: '2026-06-30', current: '2026-10-31' });
    expect(moved.changes.map((c) => [c.from, c.to, c.commit?.sha])).toEqual([
      ['2026-06-30', '2026-09-30', shas.firstMove],
      ['2026-09-30', '2026-10-31', shas.reopen],
    ]);
  });

  it('counts a move not yet committed, without a commit', () => {
    const current = { ...history.records.get('commitments/portal')!.versions[0].data };
    current.milestones = [{ title: 'Open the portal', end: '2026-05-31', status: 'not-started' }];
    const [moved] = slipsOf(statesOf(history.records.get('commitments/portal')!.versions, current)).rescheduled;
    expect(moved).toMatchObject({ original: '2026-04-30', current: '2026-05-31' });
    expect(moved.changes[0].commit).toBeUndefined();
  });
});

describe('reopened', () => {
  it('finds a commitment marked complete and later reopened, and a milestone reopened, with the commits that did it', () => {
    const { reopened } = slipsOf(states('registry'));
    expect(reopened.map((r) => [r.kind, r.milestone?.title, r.status, r.commit?.sha])).toEqual([
      ['commitment', undefined, 'substantial', shas.reopen],
      ['milestone', 'Draft the policy', 'substantial', shas.policyReopened],
    ]);
  });
});

describe('progress over time', () => {
  const series = () =>
    progressOverTime({
      plan: { id: 'plan-x', start: '2025-12-01', end: '2026-12-31' },
      commitments: ['registry', 'portal'].map((id) => ({ id, states: states(id) })),
      on: '2026-09-15',
    });

  it('gives each month of the plan up to the build date the milestones complete and overdue as the records said then', () => {
    // [month, recorded, milestones, complete, overdue, commitments complete], worked out from the commits above:
    // the policy (due 31 March) is complete from February to July and overdue once reopened in August;
    // the portal's milestone (due 30 April) is overdue from May; the register moves to September, then October.
    expect(series().points.map((p) => [p.month, p.recorded, p.milestones, p.complete, p.overdue, p.commitmentsComplete])).toEqual([
      ['2025-12', false, 0, 0, 0, 0],
      ['2026-01', true, 2, 0, 0, 0],
      ['2026-02', true, 2, 1, 0, 0],
      ['2026-03', true, 3, 1, 0, 0],
      ['2026-04', true, 3, 1, 0, 0],
      ['2026-05', true, 3, 1, 1, 1],
      ['2026-06', true, 3, 1, 1, 0],
      ['2026-07', true, 3, 1, 1, 0],
      ['2026-08', true, 3, 0, 2, 0],
      ['2026-09', true, 3, 0, 2, 0],
    ]);
  });

  it('judges each month on its last day, and the build month on the build date', () => {
    expect(series().points.map((p) => p.on).slice(-3)).toEqual(['2026-07-31', '2026-08-31', '2026-09-15']);
  });

  it('shows the reopenings in the months they happened, and says when the history starts', () => {
    const { points, firstRecorded } = series();
    expect(points.filter((p) => p.reopened.length).map((p) => [p.month, p.reopened.map((r) => `${r.code} ${r.kind}`)])).toEqual([
      ['2026-06', ['BZ01 commitment']],
      ['2026-08', ['BZ01 milestone']],
    ]);
    expect(firstRecorded).toBe('2026-01-10');
  });

  it('is read from the history already read: no Git process more', () => {
    const before = gitProcessCount();
    series();
    slipsOf(states('registry'));
    expect(gitProcessCount()).toBe(before);
  });
});
