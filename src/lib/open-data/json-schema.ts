/**
 * JSON Schema (2020-12) from the zod schemas, for the API's published schemas: the content model
 * stays the one source of truth. zod describes the output side (what the files hold); the field
 * builders' metadata is turned into what JSON Schema readers understand.
 */
import { z } from 'astro/zod';
import type { FieldMeta } from '../../schemas/fields.ts';

/** Where app builders find the records a reference points to. */
const referenceTargets: Record<string, string> = {
  organizations: 'an organization in organizations.json',
  commitments: 'a commitment in commitments.json',
  meetings: 'a meeting in meetings.json',
  datasets: 'a dataset in datasets.json',
  districts: 'a district in districts.geojson',
  'action-plans': 'an action plan (its page is /action-plans/<id>/)',
  consultations: 'a consultation in consultations.json',
  'public-input': 'a published input in public-input.json',
};

/** Metadata keys that are JSON Schema annotations, kept as they are. */
const annotations = new Set(['title', 'description', 'examples', 'deprecated', '$comment']);

/** The JSON Schema of a zod schema's output, with an `$id` and a title. */
export function toJsonSchema(schema: z.ZodType, { id, title, description }: { id: string; title: string; description?: string }) {
  const json = z.toJSONSchema(schema, {
    io: 'output',
    // Dates are read with a transform (YAML gives Date objects); the override below says what comes out.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // `zodSchema` is zod's core type, without the `.meta()` shortcut; the registry is where `.meta()` reads.
      const meta = (z.globalRegistry.get(zodSchema) ?? {}) as FieldMeta & Record<string, unknown>;
      if (meta.widget === 'date' && jsonSchema.type === undefined) Object.assign(jsonSchema, { type: 'string', format: 'date' });
      if (meta.reference) {
        const target = `The id of ${referenceTargets[meta.reference] ?? `one of the ${meta.reference}`}.`;
        jsonSchema.description = jsonSchema.description ? `${jsonSchema.description} ${target}` : target;
      }
      // A vocabulary's labels, where the metadata has them, say what each value means.
      if (meta.options && typeof meta.options === 'object') {
        const labels = Object.entries(meta.options as Record<string, unknown>).map(([value, label]) => `${value}: ${String(label)}`).join('; ');
        jsonSchema.description = jsonSchema.description ? `${jsonSchema.description} (${labels})` : `${labels}.`;
      }
      // Other metadata (the CMS's widget, reference, options…) means nothing to a JSON Schema reader.
      for (const key of Object.keys(meta)) if (!annotations.has(key)) delete jsonSchema[key];
    },
  });
  return { $schema: json.$schema, $id: id, title, ...(description && { description }), ...json };
}
