/** `/data.json`: the DCAT-US 1.1 catalog of every dataset, for portals that harvest it. */
import type { APIRoute } from 'astro';
import { loadRecords } from '../lib/content/records.ts';
import { catalogEntry } from '../lib/open-data/catalog.ts';
import { dcatCatalog } from '../lib/open-data/dcat.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = await loadRecords();
  const entries = await Promise.all(records.datasets.map((dataset) => catalogEntry(dataset, records, site!)));
  return new Response(JSON.stringify(dcatCatalog(entries, site!), null, 2));
};
