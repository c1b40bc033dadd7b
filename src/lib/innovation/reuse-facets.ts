/**
 * The filters of the reuses page: reuses grouped by type, district and dataset, each group a
 * static page that works without JavaScript (like the catalogue's facets). One pass over the
 * reuses, each visiting only its own values.
 */
import type { ReuseFacet } from '../urls.ts';
import type { ReuseEntry, Records } from '../content/records.ts';
import { reuseTypes } from '../../schemas/vocabularies.ts';
import type { Words } from '../i18n/words.ts';

/** The filters, in the order the page shows them, with their labels. */
export const reuseFacetNames = {
  type: 'Type',
  district: 'District',
  dataset: 'Dataset used',
} as const satisfies Record<ReuseFacet, string>;

export type { ReuseFacet };

/** A value's label on a page in the language of `t`: a type's plural in that language; names and titles as they are. */
export function reuseFacetLabel(value: Pick<ReuseFacetValue, 'facet' | 'id' | 'label'>, t: Words): string {
  return value.facet === 'type' ? t.words.vocabularies.reuseTypes[value.id as keyof typeof reuseTypes].plural : value.label;
}

/** One value of a filter and the reuses that have it. */
export interface ReuseFacetValue {
  facet: ReuseFacet;
  /** The value in URLs: a reuse type, a district id or a dataset id. */
  id: string;
  label: string;
  /** Newest first, like the list of all reuses. */
  reuses: ReuseEntry[];
}

type Source = Pick<Records, 'reuses' | 'districts' | 'datasets'>;

const cache = new WeakMap<Source, Record<ReuseFacet, ReuseFacetValue[]>>();

/**
 * Every filter with its values: types in the vocabulary's order, districts north to south (a
 * reuse that serves the whole country counts for every district), datasets by most reuses.
 * Values no reuse has are left out, so no filter leads to an empty page.
 */
export function reuseFacets(records: Source): Record<ReuseFacet, ReuseFacetValue[]> {
  const cached = cache.get(records);
  if (cached) return cached;
  const districtIds = records.districts.map((district) => district.id);
  const label: Record<ReuseFacet, (id: string) => string> = {
    type: (id) => reuseTypes[id as keyof typeof reuseTypes].plural,
    district: (id) => records.districts.find((d) => d.id === id)!.data.name,
    dataset: (id) => records.datasets.find((d) => d.id === id)!.data.title,
  };
  const groups = Object.fromEntries(Object.keys(reuseFacetNames).map((facet) => [facet, new Map<string, ReuseFacetValue>()])) as Record<ReuseFacet, Map<string, ReuseFacetValue>>;
  for (const reuse of records.reuses) {
    const values: Record<ReuseFacet, string[]> = {
      type: [reuse.data.type],
      district: reuse.data.districts.length ? reuse.data.districts : districtIds,
      dataset: reuse.data.datasets,
    };
    for (const [facet, ids] of Object.entries(values) as [ReuseFacet, string[]][]) {
      for (const id of ids) {
        let value = groups[facet].get(id);
        if (!value) groups[facet].set(id, (value = { facet, id, label: label[facet](id), reuses: [] }));
        value.reuses.push(reuse);
      }
    }
  }
  const order: Record<ReuseFacet, string[]> = {
    type: Object.keys(reuseTypes),
    district: districtIds,
    dataset: [...groups.dataset.values()].sort((a, b) => b.reuses.length - a.reuses.length || a.label.localeCompare(b.label)).map((value) => value.id),
  };
  const result = Object.fromEntries(
    (Object.keys(reuseFacetNames) as ReuseFacet[]).map((facet) => [facet, order[facet].filter((id) => groups[facet].has(id)).map((id) => groups[facet].get(id)!)]),
  ) as Record<ReuseFacet, ReuseFacetValue[]>;
  cache.set(records, result);
  return result;
}

/** The reuses that use a dataset ("Used by" on its page), newest first. */
export function reusesOf(records: Pick<Records, 'reuses'>, dataset: string): ReuseEntry[] {
  return records.reuses.filter((reuse) => reuse.data.datasets.includes(dataset));
}

/** Whether a reuse serves a district by naming it, or as one for the whole country. */
export function servesDistrict(reuse: ReuseEntry, district: string): 'listed' | 'nationwide' {
  return reuse.data.districts.includes(district) ? 'listed' : 'nationwide';
}

/**
 * A filter's reuses in the order its pages list them: newest first, and for a district those
 * that name it before those for the whole country, so each group runs on across pages.
 */
export function reuseFacetOrder(value: ReuseFacetValue): ReuseEntry[] {
  if (value.facet !== 'district') return value.reuses;
  return [...value.reuses.filter((r) => servesDistrict(r, value.id) === 'listed'), ...value.reuses.filter((r) => servesDistrict(r, value.id) === 'nationwide')];
}
