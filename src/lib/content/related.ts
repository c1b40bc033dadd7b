/**
 * What touches a district or an organization: its record page shows the first few of each list
 * and links to the whole list, page by page (`relatedUrl`). Worked out once per build for every
 * district and organization in one pass over the records, so a site of thousands of records
 * does not scan them all again for each page.
 */
import { previewSize } from '../pagination/pages.ts';
import type { RelatedList } from '../urls.ts';
import type { Words } from '../i18n/words.ts';
import { requestsInOrder } from '../innovation/data-requests.ts';
import { commitmentOrganizations, coversDistrict, meetingOrganizations, type ChallengeEntry, type CommitmentEntry, type DataRequestEntry, type DatasetEntry, type MeetingEntry, type OrganizationEntry, type Records, type ReuseEntry } from './records.ts';

/** What touches a district. */
export interface DistrictRelations {
  /** Commitments of the current action plan that name it. */
  local: CommitmentEntry[];
  /** Commitments of the current action plan that name no district, so concern it too. */
  national: CommitmentEntry[];
  /** Meetings held in it, newest first. */
  meetings: MeetingEntry[];
  /** Datasets that name it, and nationwide ones. */
  localData: DatasetEntry[];
  nationalData: DatasetEntry[];
  /** Organizations based in it. */
  organizations: OrganizationEntry[];
}

/** What an organization does. */
export interface OrganizationRelations {
  /** Commitments it leads. */
  leads: CommitmentEntry[];
  /** Commitments it supports or is responsible for a milestone of, without leading them. */
  supports: CommitmentEntry[];
  /** Meetings it attended or owns an action of, newest first. */
  meetings: MeetingEntry[];
  /** Datasets it publishes. */
  datasets: DatasetEntry[];
  /** Its departments and units. */
  children: OrganizationEntry[];
  /** What it built with the open data, newest first. */
  reuses: ReuseEntry[];
  /** The published data requests it answers, in the order of the requests' list. */
  dataRequests: DataRequestEntry[];
  /** The challenges it runs, newest first. */
  challenges: ChallengeEntry[];
}

const districtCache = new WeakMap<Records, Map<string, DistrictRelations>>();
const organizationCache = new WeakMap<Records, Map<string, OrganizationRelations>>();

/** What touches the district `id`. */
export function districtRelations(records: Records, id: string): DistrictRelations {
  let all = districtCache.get(records);
  if (!all) {
    const current = records.commitments.filter((c) => c.data.plan === records.currentPlan.id);
    all = new Map(
      records.districts.map((district) => [
        district.id,
        {
          local: current.filter((c) => coversDistrict(c.data.districts, district.id) === 'listed'),
          national: current.filter((c) => coversDistrict(c.data.districts, district.id) === 'nationwide'),
          meetings: records.meetings.filter((m) => m.data.district === district.id),
          localData: records.datasets.filter((d) => coversDistrict(d.data.districts, district.id) === 'listed'),
          nationalData: records.datasets.filter((d) => coversDistrict(d.data.districts, district.id) === 'nationwide'),
          organizations: records.organizations.filter((o) => o.data.district === district.id),
        },
      ]),
    );
    districtCache.set(records, all);
  }
  return all.get(id)!;
}

/** What the organization `id` does. */
export function organizationRelations(records: Records, id: string): OrganizationRelations {
  let all = organizationCache.get(records);
  if (!all) {
    all = new Map(records.organizations.map((o) => [o.id, { leads: [], supports: [], meetings: [], datasets: [], children: [], reuses: [], dataRequests: [], challenges: [] } as OrganizationRelations]));
    const of = (org: string | undefined) => (org ? all!.get(org) : undefined);
    for (const commitment of records.commitments) {
      of(commitment.data.lead)?.leads.push(commitment);
      for (const org of commitmentOrganizations(commitment)) if (org !== commitment.data.lead) of(org)?.supports.push(commitment);
    }
    for (const meeting of records.meetings) {
      for (const org of meetingOrganizations(meeting)) of(org)?.meetings.push(meeting);
    }
    for (const dataset of records.datasets) of(dataset.data.publisher)?.datasets.push(dataset);
    for (const child of records.organizations) of(child.data.parent)?.children.push(child);
    for (const reuse of records.reuses) of(reuse.data.author.organization)?.reuses.push(reuse);
    for (const request of requestsInOrder(records.dataRequests)) of(request.data.organization)?.dataRequests.push(request);
    for (const challenge of records.challenges) for (const org of challenge.data.organizers) of(org)?.challenges.push(challenge);
    organizationCache.set(records, all);
  }
  return all.get(id)!;
}

/** An item of a related list, under the heading of its group (`Nationwide`, in the page's language), if the list has groups. */
export interface RelatedItem {
  group?: string;
  entry: CommitmentEntry | MeetingEntry | OrganizationEntry | ReuseEntry | DataRequestEntry | ChallengeEntry;
}

/** One whole related list of one record, longer than its page shows. */
export interface RelatedListOf {
  id: string;
  list: RelatedList;
  items: RelatedItem[];
}

/**
 * The related lists of every district or organization that are too long for its page (more
 * than `previewSize` in a group), each served whole at `relatedUrl`, its groups headed in the
 * words of `t`. Datasets have theirs in the catalogue's facet pages.
 */
export function relatedLists(records: Records, collection: 'districts' | 'organizations', t: Words): RelatedListOf[] {
  const grouped = (groups: Array<[string | undefined, RelatedItem['entry'][]]>) =>
    groups.some(([, entries]) => entries.length > previewSize) ? groups.flatMap(([group, entries]) => entries.map((entry) => ({ group, entry }))) : [];
  const lists = (id: string): Record<RelatedList, RelatedItem[]> => {
    if (collection === 'districts') {
      const r = districtRelations(records, id);
      // A district's reuses are the reuses' own district filter (reuseFacetUrl).
      return { commitments: grouped([[t.words.districts.related.own, r.local], [t.words.districts.related.nationwide, r.national]]), meetings: grouped([[undefined, r.meetings]]), organizations: grouped([[undefined, r.organizations]]), reuses: [], 'data-requests': [], challenges: [] };
    }
    const r = organizationRelations(records, id);
    return {
      commitments: grouped([[t.words.organizations.related.leads, r.leads], [t.words.organizations.related.supports, r.supports]]),
      meetings: grouped([[undefined, r.meetings]]),
      organizations: grouped([[undefined, r.children]]),
      reuses: grouped([[undefined, r.reuses]]),
      'data-requests': grouped([[undefined, r.dataRequests]]),
      challenges: grouped([[undefined, r.challenges]]),
    };
  };
  const ids = (collection === 'districts' ? records.districts : records.organizations).map((record) => record.id);
  return ids.flatMap((id) => Object.entries(lists(id)).filter(([, items]) => items.length).map(([list, items]) => ({ id, list: list as RelatedList, items })));
}
