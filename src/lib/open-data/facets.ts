/**
 * The catalogue's facets: datasets grouped by publisher, theme, format and district, each group a
 * page that works without JavaScript. Worked out in one pass over the datasets (each dataset
 * visits only its own values), so hundreds of datasets cost hundreds of steps, not their square.
 */
import type { CatalogFacet } from '../urls.ts';
import type { DatasetEntry, Records } from '../content/records.ts';
import { resourceFormats, themes } from '../../schemas/vocabularies.ts';
import type { Words } from '../i18n/words.ts';

/** The facets, in the order the catalogue shows them, with their labels. */
export const catalogFacetNames = {
  publisher: 'Publisher',
  theme: 'Theme',
  format: 'Format',
  district: 'District',
} as const satisfies Record<CatalogFacet, string>;

export type { CatalogFacet };

/** A value's label on a page in the language of `t`: a theme in that language; names and formats as they are. */
export function facetLabel(value: Pick<FacetValue, 'facet' | 'id' | 'label'>, t: Words): string {
  return value.facet === 'theme' ? t.words.vocabularies.themes[value.id as keyof typeof themes] : value.label;
}

/** One value of a facet and the datasets that have it. */
export interface FacetValue {
  facet: CatalogFacet;
  /** The value in URLs: an organization, theme or district id, or a format in lowercase. */
  id: string;
  label: string;
  /** In the order of the datasets given (the catalogue's order). */
  datasets: DatasetEntry[];
}

type Source = Pick<Records, 'datasets' | 'districts' | 'organization'>;

/** A format's id in URLs: `GeoJSON` → `geojson`. */
const formatId = (format: string) => format.toLowerCase();

/** The values of one dataset, facet by facet. Nationwide data (no districts) counts for every district. */
function valuesOf(dataset: DatasetEntry, allDistricts: string[]): Record<CatalogFacet, string[]> {
  const { publisher, themes: datasetThemes, resources, districts } = dataset.data;
  return {
    publisher: [publisher],
    theme: datasetThemes,
    format: [...new Set(resources.map((resource) => formatId(resource.format)))],
    district: districts.length ? districts : allDistricts,
  };
}

const cache = new WeakMap<Source, Record<CatalogFacet, FacetValue[]>>();

/**
 * Every facet with its values: most datasets first (then by name), except districts, which keep
 * the north-to-south order readers know. Values no dataset has are left out.
 */
export function catalogFacets(records: Source): Record<CatalogFacet, FacetValue[]> {
  const cached = cache.get(records);
  if (cached) return cached;
  const districtIds = records.districts.map((district) => district.id);
  const districtNames = new Map(records.districts.map((district) => [district.id, district.data.name]));
  const formatLabels = new Map(Object.entries(resourceFormats).map(([key, value]) => [formatId(key), value.label]));
  const label: Record<CatalogFacet, (id: string) => string> = {
    publisher: (id) => records.organization(id).data.name,
    theme: (id) => themes[id as keyof typeof themes],
    format: (id) => formatLabels.get(id)!,
    district: (id) => districtNames.get(id)!,
  };
  const groups = Object.fromEntries(Object.keys(catalogFacetNames).map((facet) => [facet, new Map<string, FacetValue>()])) as Record<CatalogFacet, Map<string, FacetValue>>;
  for (const dataset of records.datasets) {
    for (const [facet, ids] of Object.entries(valuesOf(dataset, districtIds)) as [CatalogFacet, string[]][]) {
      for (const id of ids) {
        let value = groups[facet].get(id);
        if (!value) groups[facet].set(id, (value = { facet, id, label: label[facet](id), datasets: [] }));
        value.datasets.push(dataset);
      }
    }
  }
  const byCount = (a: FacetValue, b: FacetValue) => b.datasets.length - a.datasets.length || a.label.localeCompare(b.label);
  const result = Object.fromEntries(
    Object.entries(groups).map(([facet, values]) => [
      facet,
      facet === 'district' ? districtIds.filter((id) => values.has(id)).map((id) => values.get(id)!) : [...values.values()].sort(byCount),
    ]),
  ) as Record<CatalogFacet, FacetValue[]>;
  cache.set(records, result);
  return result;
}

/** A facet value's datasets in the order its pages list them: for a district, those about it alone first, then the nationwide ones. */
export function facetDatasets(value: FacetValue): DatasetEntry[] {
  if (value.facet !== 'district') return value.datasets;
  return [...value.datasets.filter((d) => d.data.districts.includes(value.id)), ...value.datasets.filter((d) => d.data.districts.length === 0)];
}
