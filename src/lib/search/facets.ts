/**
 * What the search index knows about each record page: its type, the filters a reader can
 * combine (type, district, status, organization, year), the facts shown in a result, and its
 * date. Pages render these as hidden Pagefind attributes. Pagefind keeps one index per language
 * (by `<html lang>`), so each language's pages give their facets in their own words: a record's
 * facets are a function of the page's `Words`, which the layout calls.
 */
import type { ChallengeEntry, CommitmentEntry, ConsultationEntry, DataRequestEntry, DatasetEntry, MeetingEntry, OrganizationEntry, PlanEntry, Records, ReuseEntry } from '../content/records.ts';
import type { CollectionName } from '../../schemas/collection-names.ts';
import { consultationState } from '../co-creation/states.ts';
import { milestoneStanding } from '../progress/status.ts';
import { challengeStage } from '../innovation/challenges.ts';
import type { Words } from '../i18n/words.ts';
import type { SearchFilter } from './filters.ts';

/** A record page as the search index sees it, in one language. */
export interface SearchFacets {
  /** The record's collection, the same in every language: which pages go to the archive (src/lib/search/archive.ts). */
  kind: CollectionName;
  /** Content type, for the type filter and the result's label. */
  type: string;
  /** Filter values by filter name. */
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Facts shown under the result's title. */
  facts: string[];
  /** `YYYY-MM-DD`: the record's date, a meta field of each result (not a sort: see SearchFacets.astro). */
  date: string;
}

/** A page's search facets, in the words of the page's language. */
export type PageFacets = (t: Words) => SearchFacets;

const yearsBetween = (start: string, end: string) => {
  const years: string[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) years.push(String(year));
  return years;
};

const districtNames = (records: Records, ids: string[], t: Words) => (ids.length ? ids.map((id) => records.district(id).data.name) : [t.words.common.nationwide]);
const orgNames = (records: Records, ids: (string | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id).map((id) => records.organization(id).data.name))];
/** The type as results and the type filter name it: the collection's singular. */
const typeOf = (kind: CollectionName, t: Words) => t.words.collections[kind].singular;

/** Facets of a commitment: its milestones' states are a filter of their own. */
export function commitmentFacets(records: Records, commitment: CommitmentEntry): PageFacets {
  const { data } = commitment;
  const planClosed = records.planClosed(data.plan);
  const states = data.milestones.map((milestone) => milestoneStanding(milestone, { planClosed }).tone);
  return (t) => {
    const districts = districtNames(records, data.districts, t);
    const status = t.words.vocabularies.completionLevels[data.status];
    return {
      kind: 'commitments',
      type: typeOf('commitments', t),
      filters: {
        type: [typeOf('commitments', t)],
        district: districts,
        status: [status],
        milestones: [...new Set(states.map((state) => t.words.search.milestoneStates[state]))],
        organization: orgNames(records, [data.lead, ...data.supporters, ...data.milestones.map((m) => m.responsible)]),
        year: yearsBetween(data.start, data.end),
      },
      facts: [`${data.code}`, status, t.period(data.start, data.end), districts.join(', ')],
      date: data.start,
    };
  };
}

/** Facets of a meeting. */
export function meetingFacets(records: Records, meeting: MeetingEntry): PageFacets {
  const { data } = meeting;
  const districts = data.district ? [records.district(data.district).data.name] : [];
  return (t) => {
    const status = t.words.vocabularies.meetingStatuses[data.status];
    return {
      kind: 'meetings',
      type: typeOf('meetings', t),
      filters: {
        type: [typeOf('meetings', t)],
        district: districts.length ? districts : [t.words.search.online],
        status: [status],
        // Those that must act on it, not every attendee: at ten thousand records the attendees
        // made the organization filter three times its size for little use (issue #15).
        organization: orgNames(records, data.actions.map((a) => a.organization)),
        year: [data.date.slice(0, 4)],
      },
      facts: [status, t.date(data.date), districts[0] ?? t.words.search.online],
      date: data.date,
    };
  };
}

/** Facets of a dataset. */
export function datasetFacets(records: Records, dataset: DatasetEntry): PageFacets {
  const { data } = dataset;
  return (t) => {
    const districts = districtNames(records, data.districts, t);
    return {
      kind: 'datasets',
      type: typeOf('datasets', t),
      filters: { type: [typeOf('datasets', t)], district: districts, organization: orgNames(records, [data.publisher]), year: [data.issued.slice(0, 4)] },
      facts: [[...new Set(data.resources.map((r) => r.format))].join(', '), t.words.search.published(t.date(data.issued)), districts.join(', ')],
      date: data.modified ?? data.issued,
    };
  };
}

/** Facets of an action plan. */
export function planFacets(plan: PlanEntry): PageFacets {
  const { data } = plan;
  return (t) => {
    const status = t.words.vocabularies.planStatuses[data.status];
    return {
      kind: 'action-plans',
      type: typeOf('action-plans', t),
      filters: { type: [typeOf('action-plans', t)], status: [status], district: [t.words.common.nationwide], year: yearsBetween(data.start, data.end) },
      facts: [status, t.period(data.start, data.end)],
      date: data.start,
    };
  };
}

/** Facets of an organization; `date` is when its record last changed. */
export function organizationFacets(records: Records, organization: OrganizationEntry, date: string): PageFacets {
  const { data } = organization;
  const district = data.district ? records.district(data.district).data.name : undefined;
  return (t) => ({
    kind: 'organizations',
    type: typeOf('organizations', t),
    filters: { type: [typeOf('organizations', t)], organization: [data.name], ...(district ? { district: [district] } : {}) },
    facts: [data.acronym ?? '', district ? t.words.search.district(district) : ''].filter(Boolean),
    date,
  });
}

/** Facets of a consultation: its state on the build date is its status; the districts of its sessions, or nationwide. */
export function consultationFacets(records: Records, consultation: ConsultationEntry): PageFacets {
  const { data } = consultation;
  const sessionDistricts = records.meetings.filter((meeting) => data.sessions.includes(meeting.id)).flatMap((meeting) => (meeting.data.district ? [meeting.data.district] : []));
  return (t) => {
    const state = t.words.vocabularies.consultationStates[consultationState(data)];
    return {
      kind: 'consultations',
      type: typeOf('consultations', t),
      filters: { type: [typeOf('consultations', t)], status: [state], district: [...new Set(districtNames(records, sessionDistricts, t))], year: yearsBetween(data.opens, data.closes) },
      facts: [t.words.vocabularies.consultationKinds[data.kind], state, t.period(data.opens, data.closes)],
      date: data.opens,
    };
  };
}

/** Facets of a district or a plain page: only its type. */
export function simpleFacets(type: 'District' | 'Page', date: string, district?: string): PageFacets {
  const kind = type === 'District' ? 'districts' : 'pages';
  return (t) => ({ kind, type: typeOf(kind, t), filters: { type: [typeOf(kind, t)], ...(district ? { district: [district] } : {}) }, facts: [], date });
}

/** Facets of a reuse: its type is shown as a fact, its author's organization is a filter. */
export function reuseSearchFacets(records: Records, reuse: ReuseEntry): PageFacets {
  const { data } = reuse;
  return (t) => {
    const districts = districtNames(records, data.districts, t);
    return {
      kind: 'reuses',
      type: typeOf('reuses', t),
      filters: { type: [typeOf('reuses', t)], district: districts, organization: orgNames(records, [data.author.organization]), year: [data.date.slice(0, 4)] },
      facts: [t.words.vocabularies.reuseTypes[data.type].label, t.words.search.by(data.author.name), t.date(data.date), districts.join(', ')],
      date: data.date,
    };
  };
}

/** Facets of a published data request: its state is the status filter. */
export function dataRequestSearchFacets(records: Records, request: DataRequestEntry): PageFacets {
  const { data } = request;
  return (t) => {
    const districts = districtNames(records, data.districts, t);
    const status = t.words.vocabularies.dataRequestStatuses[data.status];
    return {
      kind: 'data-requests',
      type: typeOf('data-requests', t),
      filters: { type: [typeOf('data-requests', t)], district: districts, status: [status], organization: orgNames(records, [data.organization]), year: [data.received.slice(0, 4)] },
      facts: [status, t.words.search.received(t.date(data.received)), districts.join(', ')],
      date: data.statusDate ?? data.received,
    };
  };
}

/** Facets of a challenge. */
export function challengeSearchFacets(records: Records, challenge: ChallengeEntry): PageFacets {
  const { data } = challenge;
  return (t) => {
    const districts = districtNames(records, data.districts, t);
    const stage = challengeStage(data, t).label;
    return {
      kind: 'challenges',
      type: typeOf('challenges', t),
      filters: { type: [typeOf('challenges', t)], district: districts, status: [stage], organization: orgNames(records, data.organizers), year: yearsBetween(data.opens, data.results ?? data.closes) },
      facts: [stage, t.period(data.opens, data.closes), districts.join(', ')],
      date: data.opens,
    };
  };
}
