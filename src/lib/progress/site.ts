/**
 * The progress figures of this site's records, worked out once per build: each plan's dashboard
 * and series, and each commitment's reschedulings and reopenings from the site's one history.
 * Pages, the API and the calendar read these; the pure functions beside this file do the work.
 */
import type { CommitmentEntry, PlanEntry, Records } from '../content/records.ts';
import { siteHistory } from '../history/record-history.ts';
import { today } from '../dates.ts';
import type { Words } from '../i18n/words.ts';
import { planDashboard, type Dashboard } from './dashboard.ts';
import { slipsOf, statesOf, type CommitmentSlips, type Rescheduling, type State } from './from-history.ts';
import { progressOverTime, type Series } from './over-time.ts';

/** The ids of the districts, north to south, as the records list them. */
const districtOrder = (records: Records) => records.districts.map((district) => district.id);

const dashboards = new Map<string, Dashboard>();

/** A plan's dashboard, judged on the build date, labelled in the words of `t` (the open data's in English). */
export function dashboardOf(records: Records, plan: PlanEntry, t: Words): Dashboard {
  const key = `${t.lang}:${plan.id}`;
  if (!dashboards.has(key)) {
    dashboards.set(key, planDashboard({
      plan: { id: plan.id, closed: records.planClosed(plan.id) },
      commitments: records.commitments.filter((c) => c.data.plan === plan.id),
      names: { organization: (id) => records.organization(id).data.name, district: (id) => records.district(id).data.name, districtOrder: districtOrder(records) },
      on: today,
      t,
    }));
  }
  return dashboards.get(key)!;
}

/** A commitment's states, oldest first: committed versions, then the working copy when it differs. */
export function commitmentStates(commitment: CommitmentEntry): State[] {
  const versions = siteHistory().records.get(`commitments/${commitment.id}`)?.versions ?? [];
  return statesOf(versions, commitment.data as unknown as Record<string, unknown>);
}

const slips = new Map<string, CommitmentSlips>();

/** What slipped in a commitment: end dates moved, completions undone. */
export function slipsOfCommitment(commitment: CommitmentEntry): CommitmentSlips {
  if (!slips.has(commitment.id)) slips.set(commitment.id, slipsOf(commitmentStates(commitment)));
  return slips.get(commitment.id)!;
}

type CommitmentStates = { id: string; states: State[] };
const statesByPlan = new WeakMap<Records, Map<unknown, CommitmentStates[]>>();

/**
 * Every commitment's states, current and removed, by each plan they were ever in, worked out
 * once per language's records: each plan's series reads only its own (the others count for
 * nothing in it), where working out every commitment's for each plan grew with the square of
 * the records (41 ms a dashboard at 10,000 records).
 */
function commitmentStatesByPlan(records: Records): Map<unknown, CommitmentStates[]> {
  let byPlan = statesByPlan.get(records);
  if (!byPlan) {
    const current = new Map(records.commitments.map((c) => [c.id, c]));
    // Removed commitments stay in the history of the months they existed in.
    const removed = [...siteHistory().records.values()].filter((h) => h.collection === 'commitments' && !current.has(h.id));
    const all: CommitmentStates[] = [
      ...records.commitments.map((c) => ({ id: c.id, states: commitmentStates(c) })),
      // A removed commitment ends with an empty state at the commit that removed it.
      ...removed.map((h) => ({ id: h.id, states: [...statesOf(h.versions), ...(h.changes[0]?.kind === 'removed' ? [{ data: {}, commit: h.changes[0].commit }] : [])] })),
    ];
    byPlan = new Map();
    for (const commitment of all) {
      // A commitment that moved between plans counts in each.
      for (const plan of new Set(commitment.states.map((state) => state.data.plan))) {
        if (!byPlan.has(plan)) byPlan.set(plan, []);
        byPlan.get(plan)!.push(commitment);
      }
    }
    statesByPlan.set(records, byPlan);
  }
  return byPlan;
}

/** A plan's progress at the end of each month, from the history. */
export function seriesOf(records: Records, plan: PlanEntry): Series {
  return progressOverTime({
    plan: { id: plan.id, start: plan.data.start, end: plan.data.end },
    commitments: commitmentStatesByPlan(records).get(plan.id) ?? [],
    on: today,
  });
}

/** A rescheduling, with its commitment. */
export interface PlanRescheduling extends Rescheduling {
  commitment: string;
  code: string;
  commitmentTitle: string;
}

/** Every rescheduling of a plan's commitments and milestones, by commitment number, the commitment's own end date first. */
export function reschedulingsOf(records: Records, plan: PlanEntry): PlanRescheduling[] {
  return records.commitments
    .filter((c) => c.data.plan === plan.id)
    .flatMap((c) => slipsOfCommitment(c).rescheduled.map((r) => ({ ...r, commitment: c.id, code: c.data.code, commitmentTitle: c.data.title })));
}
