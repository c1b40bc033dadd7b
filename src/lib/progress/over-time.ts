/**
 * Progress over time, from the history: at the end of each month of a plan, how many of its
 * milestones were complete and how many overdue, as the records said then (the last version
 * committed by that day). The month of the build date shows the records as they are now, so the
 * series ends on the dashboard's own figures. Reopenings (complete, then not) are placed in the
 * month of the commit that made them.
 */
import { daysBetween, today as buildDate } from '../dates.ts';
import { slipsOf, type Reopening, type State } from './from-history.ts';

/** A reopening, with the commitment it belongs to. */
export interface PlanReopening extends Reopening {
  commitment: string;
  code: string;
  title: string;
}

/** The plan at the end of one month. */
export interface MonthPoint {
  /** `YYYY-MM`. */
  month: string;
  /** The day it was judged on: the month's last day, or the build date in the build's month. */
  on: string;
  /** Whether the history holds any of the plan's commitments by then; before that, nothing is known. */
  recorded: boolean;
  commitments: number;
  commitmentsComplete: number;
  milestones: number;
  complete: number;
  /** Past their end date and not complete on that day. */
  overdue: number;
  /** Reopenings committed that month. */
  reopened: PlanReopening[];
}

/** What the series is worked out from. */
export interface SeriesInput {
  plan: { id: string; start: string; end: string };
  /** Every commitment's states, oldest first (`statesOf`): those of other plans and removed ones too, since a commitment may have moved. */
  commitments: { id: string; states: State[] }[];
  /** The build date; the series stops at its month. */
  on?: string;
}

/** The series, and when the history of the plan's records starts. */
export interface Series {
  points: MonthPoint[];
  /** The date of the first commit that holds one of the plan's commitments. */
  firstRecorded?: string;
  /** Every reopening, oldest first. */
  reopened: PlanReopening[];
}

/** The last day of a `YYYY-MM` month. */
export function monthEnd(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

/** Every `YYYY-MM` from one date's month to another's, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month === 12 ? ((year += 1), (month = 1)) : (month += 1);
  }
}

/** The plan's progress at the end of each month, from its start to the build's month (or its end). */
export function progressOverTime({ plan, commitments, on = buildDate }: SeriesInput): Series {
  const inPlan = (state: State | undefined) => state?.data.plan === plan.id;
  const current = on.slice(0, 7);
  const months = monthsBetween(plan.start, on < plan.end ? on : plan.end);
  const reopened = commitments
    .filter(({ states }) => states.some(inPlan))
    .flatMap(({ id, states }) => {
      const last = states.at(-1)!.data;
      return slipsOf(states).reopened.map((r) => ({ ...r, commitment: id, code: String(last.code ?? ''), title: String(last.title ?? '') }));
    })
    .sort((a, b) => (a.commit?.timestamp ?? '9').localeCompare(b.commit?.timestamp ?? '9'));
  const dated = commitments.flatMap(({ states }) => states.filter((s) => inPlan(s) && s.commit).map((s) => s.commit!.date));
  const firstRecorded = dated.length ? dated.reduce((a, b) => (a < b ? a : b)) : undefined;

  const points = months.map((month): MonthPoint => {
    const isCurrent = month === current;
    const day = isCurrent ? on : monthEnd(month);
    // In the build's month, the records as they are now (uncommitted edits too); before, as committed by then.
    const states = commitments.map(({ states }) => (isCurrent ? states.at(-1) : states.filter((s) => s.commit && s.commit.date <= day).at(-1))).filter(inPlan);
    const point: MonthPoint = { month, on: day, recorded: states.length > 0, commitments: states.length, commitmentsComplete: 0, milestones: 0, complete: 0, overdue: 0, reopened: [] };
    for (const { data } of states as State[]) {
      if (data.status === 'complete') point.commitmentsComplete++;
      for (const milestone of Array.isArray(data.milestones) ? (data.milestones as { end?: unknown; status?: unknown }[]) : []) {
        point.milestones++;
        if (milestone.status === 'complete') point.complete++;
        else if (typeof milestone.end === 'string' && daysBetween(milestone.end, day) > 0) point.overdue++;
      }
    }
    point.reopened = reopened.filter((r) => (r.commit ? r.commit.date.slice(0, 7) === month : isCurrent));
    return point;
  });
  return { points, firstRecorded, reopened };
}
