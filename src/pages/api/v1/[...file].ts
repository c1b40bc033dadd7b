/** `/api/v1/<file>`: the static API's data files, one per entry of `apiFiles`, or one per record or index page for a family (`meetings/<id>.json`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiFileNames, apiFiles, apiFileText, type ApiFile } from '../../../lib/open-data/api.ts';
import { loadRecords } from '../../../lib/content/records.ts';

export const getStaticPaths = (async () => {
  const records = await loadRecords();
  return apiFiles.flatMap((file) => apiFileNames(file, records).map((name) => ({ params: { file: name }, props: { file, name } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { file, name } = props as { file: ApiFile; name: string };
  return new Response(await apiFileText(file, { records: await loadRecords(), site: site! }, name));
};
