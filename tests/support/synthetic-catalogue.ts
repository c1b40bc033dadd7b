/** A synthetic catalogue for the facets' tests and benchmark, far larger than the sample content. */
import type { catalogFacets } from '../../src/lib/open-data/facets.ts';

/** The number of publishers the datasets are spread over, in turn. */
export const publishers = 40;

/**
 * `n` datasets, each with 2 themes, 2 formats and 1 to 3 of `districts` (every seventh
 * nationwide), published in turn by one of 40 organizations.
 */
export function syntheticCatalogue(n: number, districts: string[]) {
  const themes = ['open-data', 'health', 'education', 'justice', 'environment'];
  const formats = ['CSV', 'GeoJSON', 'JSON', 'PDF'];
  const organizations = Array.from({ length: publishers }, (_, i) => `org-${i}`);
  return {
    districts: districts.map((id) => ({ id, data: { name: id } })),
    organization: (id: string) => ({ id, data: { name: `Organization ${id}` } }),
    datasets: Array.from({ length: n }, (_, i) => ({
      id: `dataset-${i}`,
      data: {
        publisher: organizations[i % organizations.length],
        themes: [themes[i % 5], themes[(i + 2) % 5]],
        resources: [{ format: formats[i % 4] }, { format: formats[(i + 1) % 4] }],
        districts: i % 7 === 0 ? [] : districts.slice(i % 4, (i % 4) + 1 + (i % 3)),
      },
    })),
  } as unknown as Parameters<typeof catalogFacets>[0];
}
