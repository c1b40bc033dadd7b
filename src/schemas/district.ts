/** One of Belize's six districts; boundaries and capitals come from `src/data/belize-districts.geojson`. */
import { z } from 'astro/zod';
import { field, text } from './fields.ts';

/** A district's editorial text; its body (Markdown) introduces the district. */
export const DistrictSchema = z.strictObject({
  /** Name, as in the boundary file. */
  name: field(text(), { title: 'Name' }),
  /** One sentence for lists. */
  summary: field(text(), { title: 'Summary', widget: 'text' }),
});

/** A district as pages see it. */
export type District = z.output<typeof DistrictSchema>;
