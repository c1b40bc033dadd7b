/** Content collections: each folder of `content/` with its schema from `src/schemas/`. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionNames, collections, extensions, type CollectionName } from './schemas/index.ts';
import { contentDir } from './lib/paths.ts';
import { reuseContentSchema } from './lib/innovation/screenshots.ts';

/** Collections whose schema Astro reads with more than the content model: images for its pipeline. */
const astroSchemas: Partial<Record<CollectionName, typeof reuseContentSchema>> = { reuses: reuseContentSchema };

export const collections = Object.fromEntries(
  collectionNames.map((name) => {
    const spec = collections[name];
    const exts: readonly string[] = extensions[spec.format];
    // A brace list of one ("{md}") matches nothing in the glob library, so only brace real lists.
    const ext = exts.length > 1 ? `{${exts.join(',')}}` : exts[0];
    return [
      name,
      defineCollection({
        // Files starting with "_" are drafts and partials, skipped as in Starlight.
        loader: glob({ base: `${contentDir}/${name}`, pattern: `[^_]*.${ext}` }),
        schema: astroSchemas[name] ?? spec.schema,
      }),
    ];
  }),
);
