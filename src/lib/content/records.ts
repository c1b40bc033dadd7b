/**
 * All records, loaded once per build, with the links between them worked out in one place:
 * which commitments, meetings and datasets touch an organization, a district or each other.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { progressOf, type Progress } from '../progress.ts';
import { today } from '../dates.ts';

export type PlanEntry = CollectionEntry<'action-plans'>;
export type CommitmentEntry = CollectionEntry<'commitments'>;
export type MeetingEntry = CollectionEntry<'meetings'>;
export type DatasetEntry = CollectionEntry<'datasets'>;
export type OrganizationEntry = CollectionEntry<'organizations'>;
export type DistrictEntry = CollectionEntry<'districts'>;
export type PageEntry = CollectionEntry<'pages'>;

/** Everything the pages need, sorted the way readers expect. */
export interface Records {
  plans: PlanEntry[];
  commitments: CommitmentEntry[];
  meetings: MeetingEntry[];
  datasets: DatasetEntry[];
  organizations: OrganizationEntry[];
  districts: DistrictEntry[];
  pages: PageEntry[];
  plan(id: string): PlanEntry;
  commitment(id: string): CommitmentEntry;
  organization(id: string): OrganizationEntry;
  district(id: string): DistrictEntry;
  /** The plan readers mean by "the action plan": the newest one being implemented or co-created. */
  currentPlan: PlanEntry;
  /** Milestone progress of some commitments, each judged by whether its plan has closed. */
  progress(commitments: CommitmentEntry[]): Progress;
  /** Whether a plan has ended, so its unfinished milestones are no longer "overdue". */
  planClosed(id: string): boolean;
}

let loading: Promise<Records> | undefined;

/** Loads every collection once; later calls share the result. */
export function loadRecords(): Promise<Records> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Records> {
  const [plans, commitments, meetings, datasets, organizations, districts, pages] = await Promise.all([
    getCollection('action-plans'),
    getCollection('commitments'),
    getCollection('meetings'),
    getCollection('datasets'),
    getCollection('organizations'),
    getCollection('districts'),
    getCollection('pages'),
  ]);
  plans.sort((a, b) => b.data.start.localeCompare(a.data.start));
  commitments.sort((a, b) => a.data.plan.localeCompare(b.data.plan) || a.data.code.localeCompare(b.data.code));
  meetings.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  datasets.sort((a, b) => a.data.title.localeCompare(b.data.title));
  organizations.sort((a, b) => a.data.name.localeCompare(b.data.name));
  pages.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  // Districts keep the boundary file's order: north to south.
  const order = ['corozal', 'orange-walk', 'belize', 'cayo', 'stann-creek', 'toledo'];
  districts.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));

  const finder = <T extends { id: string }>(list: T[], kind: string) => {
    const byId = new Map(list.map((item) => [item.id, item]));
    return (id: string): T => {
      const found = byId.get(id);
      // The content check guarantees references resolve; reaching this is a bug, not bad content.
      if (!found) throw new Error(`No ${kind} with id "${id}"`);
      return found;
    };
  };
  const currentPlan = plans.find((plan) => plan.data.status !== 'completed') ?? plans[0];
  const plan = finder(plans, 'action plan');
  const planClosed = (id: string) => plan(id).data.status === 'completed';
  const progress = (list: CommitmentEntry[]): Progress =>
    list
      .map((commitment) => progressOf(commitment.data.milestones, { planClosed: planClosed(commitment.data.plan) }))
      .reduce(
        (sum, p) => ({ total: sum.total + p.total, complete: sum.complete + p.complete, overdue: sum.overdue + p.overdue, unfinished: sum.unfinished + p.unfinished, percent: 0 }),
        { total: 0, complete: 0, overdue: 0, unfinished: 0, percent: 0 },
      );
  return {
    progress: (list) => {
      const sum = progress(list);
      return { ...sum, percent: sum.total ? Math.round((sum.complete / sum.total) * 100) : 0 };
    },
    planClosed,
    plans, commitments, meetings, datasets, organizations, districts, pages, currentPlan,
    plan,
    commitment: finder(commitments, 'commitment'),
    organization: finder(organizations, 'organization'),
    district: finder(districts, 'district'),
  };
}

/** The organizations a commitment involves: its lead, its supporters and those responsible for a milestone. */
export function commitmentOrganizations(commitment: CommitmentEntry): Set<string> {
  const { lead, supporters, milestones } = commitment.data;
  return new Set([lead, ...supporters, ...milestones.flatMap((m) => (m.responsible ? [m.responsible] : []))]);
}

/** The organizations that took part in a meeting: attended it, or own one of its actions. */
export function meetingOrganizations(meeting: MeetingEntry): Set<string> {
  const { attendees, actions } = meeting.data;
  return new Set([...attendees, ...actions].flatMap((a) => (a.organization ? [a.organization] : [])));
}

/** Whether a record with these districts concerns `district`: listed, or nationwide (no districts). */
export function coversDistrict(districts: string[], district: string): 'listed' | 'nationwide' | false {
  if (districts.includes(district)) return 'listed';
  return districts.length === 0 ? 'nationwide' : false;
}

/** Whether a meeting is still to come: scheduled, on the build's day or later. */
export function isUpcoming(meeting: MeetingEntry): boolean {
  return meeting.data.date >= today && meeting.data.status === 'scheduled';
}

/** Meetings whose decisions concern a commitment. */
export function meetingsAbout(meetings: MeetingEntry[], commitment: string): MeetingEntry[] {
  return meetings.filter((meeting) => meeting.data.decisions.some((decision) => decision.commitments.includes(commitment)));
}
