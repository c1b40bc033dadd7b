/**
 * All records, loaded once per build, with the links between them worked out in one place:
 * which commitments, meetings and datasets touch an organization, a district or each other.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { progressOf, type Progress } from '../progress/status.ts';
import { collectionNames, collections, isPublic, type CollectionName } from '../../schemas/index.ts';
import { defaultLanguage, type Language } from '../i18n/languages.ts';
import { localize } from './translations.ts';
import { sortConsultations } from '../co-creation/states.ts';

export type PlanEntry = CollectionEntry<'action-plans'>;
export type CommitmentEntry = CollectionEntry<'commitments'>;
export type MeetingEntry = CollectionEntry<'meetings'>;
export type DatasetEntry = CollectionEntry<'datasets'>;
export type OrganizationEntry = CollectionEntry<'organizations'>;
export type DistrictEntry = CollectionEntry<'districts'>;
export type PageEntry = CollectionEntry<'pages'>;
export type ReuseEntry = CollectionEntry<'reuses'>;
export type DataRequestEntry = CollectionEntry<'data-requests'>;
export type ChallengeEntry = CollectionEntry<'challenges'>;
export type ConsultationEntry = CollectionEntry<'consultations'>;
export type InputEntry = CollectionEntry<'public-input'>;

/** Everything the pages need, sorted the way readers expect. */
export interface Records {
  plans: PlanEntry[];
  commitments: CommitmentEntry[];
  meetings: MeetingEntry[];
  datasets: DatasetEntry[];
  organizations: OrganizationEntry[];
  districts: DistrictEntry[];
  pages: PageEntry[];
  /** What people built on the data, newest first. */
  reuses: ReuseEntry[];
  /** Data requests a coordinator has published (the others are only counted, in `heldRequests`). */
  dataRequests: DataRequestEntry[];
  /** How many data requests await moderation, and how many were withheld. */
  heldRequests: { pending: number; withheld: number };
  /** Apps challenges and hackathons, newest first. */
  challenges: ChallengeEntry[];
  /** Consultations, open ones first (see co-creation/states.ts). */
  consultations: ConsultationEntry[];
  /** Every piece of public input, whatever its moderation: pages show only what is published. */
  publicInput: InputEntry[];
  plan(id: string): PlanEntry;
  commitment(id: string): CommitmentEntry;
  organization(id: string): OrganizationEntry;
  district(id: string): DistrictEntry;
  dataset(id: string): DatasetEntry;
  reuse(id: string): ReuseEntry;
  consultation(id: string): ConsultationEntry;
  /** A consultation's input, by number, whatever its moderation. */
  inputOf(consultation: string): InputEntry[];
  /** The plan readers mean by "the action plan": the newest one being implemented or co-created. */
  currentPlan: PlanEntry;
  /** Milestone progress of some commitments, each judged by whether its plan has closed. */
  progress(commitments: CommitmentEntry[]): Progress;
  /** Whether a plan has ended, so its unfinished milestones are no longer "overdue". */
  planClosed(id: string): boolean;
}

const loading = new Map<Language, Promise<Records>>();

/**
 * Loads every collection once per language; later calls share the result. In another language
 * than the default, records of the translated collections carry their translation's prose where
 * there is one, and say which language each text is in (`localize`, ./translations.ts).
 */
export function loadRecords(lang: Language = defaultLanguage): Promise<Records> {
  if (!loading.has(lang)) loading.set(lang, load(lang));
  return loading.get(lang)!;
}

async function load(lang: Language): Promise<Records> {
  const inLanguage = async <N extends CollectionName>(name: N) => {
    const entries = await getCollection(name);
    return lang === defaultLanguage || !collections[name].translatable ? entries : entries.map((entry) => localize(entry, lang));
  };
  const [plans, commitments, meetings, datasets, organizations, districts, pages, reuses, allRequests, challenges, consultations, publicInput] = await Promise.all([
    inLanguage('action-plans'),
    inLanguage('commitments'),
    inLanguage('meetings'),
    inLanguage('datasets'),
    getCollection('organizations'),
    getCollection('districts'),
    inLanguage('pages'),
    getCollection('reuses'),
    getCollection('data-requests'),
    getCollection('challenges'),
    inLanguage('consultations'),
    getCollection('public-input'),
  ]);
  const dataRequests = allRequests.filter((request) => isPublic('data-requests', request.data));
  const heldRequests = {
    pending: allRequests.filter((request) => request.data.moderation === 'pending').length,
    withheld: allRequests.filter((request) => request.data.moderation === 'withheld').length,
  };
  plans.sort((a, b) => b.data.start.localeCompare(a.data.start));
  commitments.sort((a, b) => a.data.plan.localeCompare(b.data.plan) || a.data.code.localeCompare(b.data.code));
  meetings.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  datasets.sort((a, b) => a.data.title.localeCompare(b.data.title));
  organizations.sort((a, b) => a.data.name.localeCompare(b.data.name));
  pages.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
  reuses.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title));
  dataRequests.sort((a, b) => a.data.received.localeCompare(b.data.received) || a.id.localeCompare(b.id));
  challenges.sort((a, b) => b.data.opens.localeCompare(a.data.opens) || a.id.localeCompare(b.id));
  // Districts keep the boundary file's order: north to south.
  const order = ['corozal', 'orange-walk', 'belize', 'cayo', 'stann-creek', 'toledo'];
  districts.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const sortedConsultations = sortConsultations(consultations);
  publicInput.sort((a, b) => a.data.consultation.localeCompare(b.data.consultation) || a.data.number - b.data.number);
  const inputByConsultation = Map.groupBy(publicInput, (input) => input.data.consultation);

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
    plans, commitments, meetings, datasets, organizations, districts, pages, reuses, dataRequests, heldRequests, challenges, currentPlan,
    consultations: sortedConsultations,
    publicInput,
    consultation: finder(consultations, 'consultation'),
    inputOf: (id) => inputByConsultation.get(id) ?? [],
    plan,
    commitment: finder(commitments, 'commitment'),
    organization: finder(organizations, 'organization'),
    district: finder(districts, 'district'),
    dataset: finder(datasets, 'dataset'),
    reuse: finder(reuses, 'reuse'),
  };
}

let published: Promise<Set<string>> | undefined;

/**
 * `collection/id` of every record the public may see, in any collection: the list of changes
 * links those to their page and the others (removed, or awaiting moderation) to their history.
 * Worked out once per build: each page of changes gathering every record again grew with the
 * square of the records (12 ms a page at 10,000 records, 4,354 pages).
 */
export function publishedRecords(): Promise<Set<string>> {
  published ??= Promise.all(collectionNames.map(async (name) => (await getCollection(name, (entry) => isPublic(name, entry.data as Record<string, unknown>))).map((entry) => `${name}/${entry.id}`))).then((lists) => new Set(lists.flat()));
  return published;
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

const meetingsByCommitment = new WeakMap<MeetingEntry[], Map<string, MeetingEntry[]>>();

/** Meetings whose decisions concern a commitment, in the order of `meetings`. */
export function meetingsAbout(meetings: MeetingEntry[], commitment: string): MeetingEntry[] {
  // Indexed in one pass per list (one per language): every commitment page scanning every
  // meeting grew with the square of the records (2,000 commitments × 4,000 meetings at 10,000).
  let index = meetingsByCommitment.get(meetings);
  if (!index) {
    index = new Map();
    for (const meeting of meetings) {
      for (const id of new Set(meeting.data.decisions.flatMap((decision) => decision.commitments))) {
        if (!index.has(id)) index.set(id, []);
        index.get(id)!.push(meeting);
      }
    }
    meetingsByCommitment.set(meetings, index);
  }
  return index.get(commitment) ?? [];
}
