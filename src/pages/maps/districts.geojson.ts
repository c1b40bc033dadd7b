/** `/maps/districts.geojson`: the districts for the interactive map. */
import type { APIRoute } from 'astro';
import { loadRecords } from '../../lib/records.ts';
import { districtsGeojson } from '../../lib/map-data.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(districtsGeojson(await loadRecords())));
