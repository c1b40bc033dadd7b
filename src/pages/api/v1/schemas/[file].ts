/** `/api/v1/schemas/<name>.schema.json`: the JSON Schema of each JSON and GeoJSON file of the API (the per-district files share theirs). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiFileList, apiSchema, schemaFileOf, type ApiFile } from '../../../../lib/open-data/api.ts';
import { loadRecords } from '../../../../lib/content/records.ts';

export const getStaticPaths = (async () => {
  const withSchema = apiFileList(await loadRecords()).filter((file) => file.schema);
  const first = new Map(withSchema.map((file): [string, ApiFile] => [schemaFileOf(file), file]).reverse());
  return [...first].map(([name, file]) => ({ params: { file: name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => new Response(JSON.stringify(apiSchema((props as { file: ApiFile }).file, site!), null, 2));
