/**
 * The shapes of the district boundary file, `src/data/belize-districts.geojson`: checked when it is
 * read (src/lib/geo/districts.ts), the types of the maps' code, and the base of the API's
 * `districts.geojson`.
 */
import { z } from 'astro/zod';
import { field, slugPattern } from './fields.ts';

/** A GeoJSON position: `[longitude, latitude]`. */
export const PositionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** A polygon: its outer ring, then any holes; each ring closed, so at least four positions. */
const polygon = z.array(z.array(PositionSchema).min(4));

/** The outline of an area: one polygon, or several (a mainland and its cayes). */
export const AreaGeometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Polygon'), coordinates: polygon }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon) }),
]);

/** The outline of an area, as the maps draw it. */
export type AreaGeometry = z.output<typeof AreaGeometrySchema>;

/** What the boundary file says of each district. */
export const DistrictPropertiesSchema = z.strictObject({
  id: field(z.string().regex(slugPattern), { title: 'District id', description: 'As used by every record that names a district.' }),
  name: z.string(),
  iso_3166_2: field(z.string().regex(/^BZ-[A-Z]{2,3}$/), { title: 'ISO 3166-2 code' }),
  capital: z.string(),
  capital_coordinates: PositionSchema,
});

/** One district of the boundary file. */
export const DistrictFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  properties: DistrictPropertiesSchema,
  geometry: AreaGeometrySchema,
});

/** One district of the boundary file, as the maps and the content check read it. */
export type DistrictFeature = z.output<typeof DistrictFeatureSchema>;

/** The boundary file: the districts, north to south. */
export const DistrictBoundariesSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(DistrictFeatureSchema).min(1),
});
