/**
 * What the search index knows about each record page: its type, the filters a reader can
 * combine (type, district, status, organization, year), the facts shown in a result, and its
 * date. Pages render these as hidden Pagefind attributes.
 */
import type { ChallengeEntry, CommitmentEntry, ConsultationEntry, DataRequestEntry, DatasetEntry, MeetingEntry, OrganizationEntry, PlanEntry, Records, ReuseEntry } from '../content/records.ts';
import { consultationState } from '../co-creation/states.ts';
import { formatDate, formatPeriod } from '../dates.ts';
import { milestoneStanding } from '../progress/status.ts';
import { completionLevels, consultationKinds, consultationStates, dataRequestStatuses, meetingStatuses, planStatuses, reuseTypes } from '../../schemas/vocabularies.ts';
import { challengeStage } from '../innovation/challenges.ts';
import { wordsIn } from '../i18n/words.ts';
import { defaultLanguage } from '../i18n/languages.ts';
import type { SearchFilter } from './filters.ts';
import { nationwide } from '../words.ts';

/** A record page as the search index sees it. */
export interface SearchFacets {
  /** Content type, for the type filter and the result's label. */
  type: string;
  /** Filter values by filter name. */
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Facts shown under the result's title. */
  facts: string[];
  /** `YYYY-MM-DD`: the record's date, a meta field of each result (not a sort: see SearchFacets.astro). */
  date: string;
}

const yearsBetween = (start: string, end: string) => {
  const years: string[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) years.push(String(year));
  return years;
};

const districtNames = (records: Records, ids: string[]) => (ids.length ? ids.map((id) => records.district(id).data.name) : [nationwide]);
const orgNames = (records: Records, ids: (string | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id).map((id) => records.organization(id).data.name))];

/** Facets of a commitment: its milestones' states are a filter of their own. */
export function commitmentFacets(records: Records, commitment: CommitmentEntry): SearchFacets {
  const { data } = commitment;
  const planClosed = records.planClosed(data.plan);
  const states = data.milestones.map((milestone) => milestoneStanding(milestone, { planClosed }).tone);
  const words = { complete: 'Complete', overdue: 'Overdue', unfinished: 'Not finished', upcoming: 'Not started yet', 'in-progress': 'In progress' } as const;
  const districts = districtNames(records, data.districts);
  return {
    type: 'Commitment',
    filters: {
      type: ['Commitment'],
      district: districts,
      status: [completionLevels[data.status]],
      milestones: [...new Set(states.map((state) => words[state]))],
      organization: orgNames(records, [data.lead, ...data.supporters, ...data.milestones.map((m) => m.responsible)]),
      year: yearsBetween(data.start, data.end),
    },
    facts: [`${data.code}`, completionLevels[data.status], formatPeriod(data.start, data.end), districts.join(', ')],
    date: data.start,
  };
}

/** Facets of a meeting. */
export function meetingFacets(records: Records, meeting: MeetingEntry): SearchFacets {
  const { data } = meeting;
  const districts = data.district ? [records.district(data.district).data.name] : [];
  return {
    type: 'Meeting',
    filters: {
      type: ['Meeting'],
      district: districts.length ? districts : ['Online'],
      status: [meetingStatuses[data.status]],
      // Those that must act on it, not every attendee: at ten thousand records the attendees
      // made the organization filter three times its size for little use (issue #15).
      organization: orgNames(records, data.actions.map((a) => a.organization)),
      year: [data.date.slice(0, 4)],
    },
    facts: [meetingStatuses[data.status], formatDate(data.date), districts[0] ?? 'Online'],
    date: data.date,
  };
}

/** Facets of a dataset. */
export function datasetFacets(records: Records, dataset: DatasetEntry): SearchFacets {
  const { data } = dataset;
  const districts = districtNames(records, data.districts);
  const date = data.modified ?? data.issued;
  return {
    type: 'Dataset',
    filters: { type: ['Dataset'], district: districts, organization: orgNames(records, [data.publisher]), year: [data.issued.slice(0, 4)] },
    facts: [[...new Set(data.resources.map((r) => r.format))].join(', '), `Published ${formatDate(data.issued)}`, districts.join(', ')],
    date,
  };
}

/** Facets of an action plan. */
export function planFacets(plan: PlanEntry): SearchFacets {
  const { data } = plan;
  return {
    type: 'Action plan',
    filters: { type: ['Action plan'], status: [planStatuses[data.status]], district: [nationwide], year: yearsBetween(data.start, data.end) },
    facts: [planStatuses[data.status], formatPeriod(data.start, data.end)],
    date: data.start,
  };
}

/** Facets of an organization; `date` is when its record last changed. */
export function organizationFacets(records: Records, organization: OrganizationEntry, date: string): SearchFacets {
  const { data } = organization;
  return {
    type: 'Organization',
    filters: { type: ['Organization'], organization: [data.name], ...(data.district ? { district: [records.district(data.district).data.name] } : {}) },
    facts: [data.acronym ?? '', data.district ? `${records.district(data.district).data.name} District` : ''].filter(Boolean),
    date,
  };
}

/** Facets of a consultation: its state on the build date is its status; the districts of its sessions, or nationwide. */
export function consultationFacets(records: Records, consultation: ConsultationEntry): SearchFacets {
  const { data } = consultation;
  const state = consultationStates[consultationState(data)];
  const sessionDistricts = records.meetings.filter((meeting) => data.sessions.includes(meeting.id)).flatMap((meeting) => (meeting.data.district ? [meeting.data.district] : []));
  return {
    type: 'Consultation',
    filters: { type: ['Consultation'], status: [state], district: [...new Set(districtNames(records, sessionDistricts))], year: yearsBetween(data.opens, data.closes) },
    facts: [consultationKinds[data.kind], state, `${formatDate(data.opens)} to ${formatDate(data.closes)}`],
    date: data.opens,
  };
}

/** Facets of a district or a plain page: only its type. */
export function simpleFacets(type: 'District' | 'Page', date: string, district?: string): SearchFacets {
  return { type, filters: { type: [type], ...(district ? { district: [district] } : {}) }, facts: [], date };
}

/** Facets of a reuse: its type is shown as a fact, its author's organization is a filter. */
export function reuseSearchFacets(records: Records, reuse: ReuseEntry): SearchFacets {
  const { data } = reuse;
  const districts = districtNames(records, data.districts);
  return {
    type: 'Reuse',
    filters: { type: ['Reuse'], district: districts, organization: orgNames(records, [data.author.organization]), year: [data.date.slice(0, 4)] },
    facts: [reuseTypes[data.type].label, `By ${data.author.name}`, formatDate(data.date), districts.join(', ')],
    date: data.date,
  };
}

/** Facets of a published data request: its state is the status filter. */
export function dataRequestSearchFacets(records: Records, request: DataRequestEntry): SearchFacets {
  const { data } = request;
  const districts = districtNames(records, data.districts);
  const status = dataRequestStatuses[data.status].label;
  return {
    type: 'Data request',
    filters: { type: ['Data request'], district: districts, status: [status], organization: orgNames(records, [data.organization]), year: [data.received.slice(0, 4)] },
    facts: [status, `Received ${formatDate(data.received)}`, districts.join(', ')],
    date: data.statusDate ?? data.received,
  };
}

/** Facets of a challenge. */
export function challengeSearchFacets(records: Records, challenge: ChallengeEntry): SearchFacets {
  const { data } = challenge;
  const districts = districtNames(records, data.districts);
  const stage = challengeStage(data, wordsIn(defaultLanguage)).label;
  return {
    type: 'Challenge',
    filters: { type: ['Challenge'], district: districts, status: [stage], organization: orgNames(records, data.organizers), year: yearsBetween(data.opens, data.results ?? data.closes) },
    facts: [stage, `${formatDate(data.opens)} to ${formatDate(data.closes)}`, districts.join(', ')],
    date: data.opens,
  };
}
