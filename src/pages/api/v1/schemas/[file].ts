/** `/api/v1/schemas/<name>.schema.json`: the JSON Schema of each JSON and GeoJSON file of the API. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiFiles, apiSchema, schemaOf, type ApiFile } from '../../../../lib/open-data/api.ts';

export const getStaticPaths = (() =>
  apiFiles.filter((file) => file.schema).map((file) => ({ params: { file: schemaOf(file) }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => new Response(JSON.stringify(apiSchema((props as { file: ApiFile }).file, site!), null, 2));
