/** `/api/v1/<file>`: the static API's data files, one per entry of `apiFileInstances` (per plan, record or index page for a family: `meetings/<id>.json`; the per-district ones in folders). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiFileInstances, apiFileText, type ApiFileInstance } from '../../../lib/open-data/api.ts';
import { loadRecords } from '../../../lib/content/records.ts';

export const getStaticPaths = (async () => apiFileInstances(await loadRecords()).map((instance) => ({ params: { file: instance.name }, props: { instance } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { file, name, plan } = (props as { instance: ApiFileInstance }).instance;
  return new Response(await apiFileText(file, { records: await loadRecords(), site: site! }, { name, plan }));
};
