/** The pure functions behind the dashboards: stages, a plan's figures, and the charts' geometry. */
import { describe, expect, it } from 'vitest';
import { planDashboard, type CommitmentInput } from '../src/lib/progress/dashboard.ts';
import { milestoneStage } from '../src/lib/progress/status.ts';
import type { Milestone } from '../src/schemas/commitment.ts';
import { barChart, columnChart, timelineChart } from '../src/lib/progress/charts.ts';
import { monthsBetween } from '../src/lib/progress/over-time.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';

const en = wordsIn('en');

const milestone = (status: Milestone['status'], start: string, end: string, completed?: string) => ({ title: `${status} ${end}`, status, start, end, completed, evidence: [], progress: [] });
const commitment = (id: string, extra: Record<string, unknown>): CommitmentInput =>
  ({ id, data: { code: 'BZ01', title: id, theme: 'health', values: ['access-to-information'], lead: 'a', districts: [], status: 'limited', milestones: [], ...extra } }) as unknown as CommitmentInput;
const names = { organization: (id: string) => id.toUpperCase(), district: (id: string) => id, districtOrder: ['corozal', 'toledo'] };

describe('a milestone\'s stage', () => {
  it('is complete, overdue, not started or on time while the plan runs, and not finished once it has ended', () => {
    const on = '2026-06-01';
    expect(milestoneStage(milestone('complete', '2026-01-01', '2026-03-01'), { on })).toBe('complete');
    expect(milestoneStage(milestone('limited', '2026-01-01', '2026-03-01'), { on })).toBe('overdue');
    expect(milestoneStage(milestone('not-started', '2026-01-01', '2026-09-01'), { on })).toBe('not-started');
    expect(milestoneStage(milestone('substantial', '2026-01-01', '2026-09-01'), { on })).toBe('on-time');
    expect(milestoneStage(milestone('limited', '2026-01-01', '2026-03-01'), { on, planClosed: true })).toBe('unfinished');
  });
});

describe('a plan\'s dashboard', () => {
  const commitments = [
    commitment('one', { districts: ['toledo', 'corozal'], milestones: [milestone('complete', '2026-01-01', '2026-02-01', '2026-05-20'), milestone('limited', '2026-01-01', '2026-05-01')] }),
    commitment('two', { theme: 'justice', lead: 'b', status: 'complete', civilSocietyAssessment: { completion: 'substantial' }, milestones: [milestone('not-started', '2026-07-01', '2026-08-15')] }),
  ];
  const dashboard = planDashboard({ plan: { id: 'p', closed: false }, commitments, names, on: '2026-06-01', t: en });

  it('counts a commitment in every district it names, in their order, and one without districts as nationwide', () => {
    expect(dashboard.breakdowns.district.map((row) => [row.key, row.tally.commitments])).toEqual([['corozal', 1], ['toledo', 1], ['nationwide', 1]]);
  });

  it('lists overdue, due soon and lately completed milestones around the day', () => {
    expect(dashboard.overdue.map((m) => m.title)).toEqual(['limited 2026-05-01']);
    expect(dashboard.dueSoon.map((m) => m.title)).toEqual(['not-started 2026-08-15']);
    expect(dashboard.completedLately.map((m) => m.completed)).toEqual(['2026-05-20']);
  });

  it('counts a civil-society assessment that differs from the self-reported level', () => {
    expect(dashboard.civilSociety).toEqual({ assessed: 1, disagree: [{ commitment: 'two', code: 'BZ01', title: 'two', selfReported: 'complete', assessed: 'substantial' }] });
    expect(dashboard.irm.assessed).toBe(0);
  });
});

describe('the charts\' geometry', () => {
  it('draws bars to one scale, segments meeting without gaps', () => {
    const chart = barChart([
      { label: 'A', parts: [{ stage: 'complete', count: 1 }, { stage: 'overdue', count: 1 }] },
      { label: 'B', parts: [{ stage: 'complete', count: 4 }] },
    ], { width: 400 });
    expect(chart.bars[0].segments).toEqual([{ stage: 'complete', x: 0, width: 100 }, { stage: 'overdue', x: 100, width: 100 }]);
    expect(chart.bars[1].segments).toEqual([{ stage: 'complete', x: 0, width: 400 }]);
  });

  it('places the timeline\'s bars and today\'s line by date, with a tick every six months for a long plan', () => {
    const chart = timelineChart([{ kind: 'commitment', label: 'C', start: '2026-01-01', end: '2026-12-31', tone: 'commitment' }], { start: '2026-01-01', end: '2027-12-31', today: '2026-12-31', todayLabel: 'Today', t: en }, { width: 738, margin: 8 });
    expect(chart.rows[0]).toMatchObject({ x: 8, width: 361 });
    expect(chart.today?.x).toBe(369);
    expect(chart.ticks.map((t) => t.label)).toEqual(['Jan 2026', 'Jul 2026', 'Jan 2027', 'Jul 2027']);
  });

  it('names the timeline\'s months in the language it is given', () => {
    const chart = timelineChart([], { start: '2026-01-01', end: '2027-12-31', today: '2026-12-31', todayLabel: 'Hoy', t: wordsIn('es') });
    expect(chart.ticks.map((t) => t.label)).toEqual(['ene 2026', 'jul 2026', 'ene 2027', 'jul 2027']);
  });

  it('stacks a month\'s complete and overdue milestones, and draws nothing for a month the history does not know', () => {
    const chart = columnChart([
      { month: '2026-01', recorded: false, milestones: 0, complete: 0, overdue: 0 },
      { month: '2026-02', recorded: true, milestones: 4, complete: 1, overdue: 2 },
    ], en, { plot: 100 });
    expect(chart.columns[0].total).toBeUndefined();
    expect(chart.columns[1]).toMatchObject({ total: { height: 100 }, complete: { height: 25 }, overdue: { height: 50 } });
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
