/** Content collections: each folder of `content/` with its schema from `src/schemas/`. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as specs, extensions, schemaOf, type CollectionName } from './schemas/index.ts';
import { contentDir } from './lib/paths.ts';
import { recordFolder } from './lib/content/record-files.ts';
import { reuseContentSchema } from './lib/innovation/screenshots.ts';

/** The files of one collection's folder (for a translated collection, its English folder: ids carry no language). */
function files(name: CollectionName) {
  const exts: readonly string[] = extensions[specs[name].format];
  // A brace list of one ("{md}") matches nothing in the glob library, so only brace real lists.
  const ext = exts.length > 1 ? `{${exts.join(',')}}` : exts[0];
  // Files starting with "_" are drafts and partials, skipped as in Starlight.
  return glob({ base: recordFolder(name, 'en', contentDir), pattern: `[^_]*.${ext}` });
}

// One line per collection, so that each keeps its schema's own type, which Astro gives its
// records; `satisfies` fails the type check when a collection of src/schemas/index.ts is missing.
export const collections = {
  'action-plans': defineCollection({ loader: files('action-plans'), schema: schemaOf('action-plans') }),
  commitments: defineCollection({ loader: files('commitments'), schema: schemaOf('commitments') }),
  meetings: defineCollection({ loader: files('meetings'), schema: schemaOf('meetings') }),
  datasets: defineCollection({ loader: files('datasets'), schema: schemaOf('datasets') }),
  organizations: defineCollection({ loader: files('organizations'), schema: schemaOf('organizations') }),
  districts: defineCollection({ loader: files('districts'), schema: schemaOf('districts') }),
  pages: defineCollection({ loader: files('pages'), schema: schemaOf('pages') }),
  // Astro reads a reuse's screenshot as an image too, for its pipeline.
  reuses: defineCollection({ loader: files('reuses'), schema: reuseContentSchema }),
  'data-requests': defineCollection({ loader: files('data-requests'), schema: schemaOf('data-requests') }),
  challenges: defineCollection({ loader: files('challenges'), schema: schemaOf('challenges') }),
  consultations: defineCollection({ loader: files('consultations'), schema: schemaOf('consultations') }),
  'public-input': defineCollection({ loader: files('public-input'), schema: schemaOf('public-input') }),
} satisfies Record<CollectionName, unknown>;
