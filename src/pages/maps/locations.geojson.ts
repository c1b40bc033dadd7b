/** `/maps/locations.geojson`: meeting venues, commitment sites and open-data points for the interactive map. */
import type { APIRoute } from 'astro';
import { loadRecords } from '../../lib/records.ts';
import { locationsGeojson } from '../../lib/map-data.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(locationsGeojson(await loadRecords())));
