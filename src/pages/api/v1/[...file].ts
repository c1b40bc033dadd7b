/** `/api/v1/<file>`: the static API's data files, one per entry of `apiFileList` (the per-district ones in folders). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiFileList, apiFileText, type ApiFile } from '../../../lib/open-data/api.ts';
import { loadRecords } from '../../../lib/content/records.ts';

export const getStaticPaths = (async () => apiFileList(await loadRecords()).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => new Response(await apiFileText((props as { file: ApiFile }).file, { records: await loadRecords(), site: site! }));
