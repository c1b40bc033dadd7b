/**
 * The content model in one place: each collection's folder under `content/`, file format and
 * schema. `src/content.config.ts`, the content check and the CMS configuration all read this.
 */
import type { z } from 'astro/zod';
import { ActionPlanSchema } from './action-plan.ts';
import { collectionNames, type CollectionName } from './collection-names.ts';
import { CommitmentSchema } from './commitment.ts';
import { ConsultationSchema } from './consultation.ts';
import { DatasetSchema } from './dataset.ts';
import { DistrictSchema } from './district.ts';
import { MeetingSchema } from './meeting.ts';
import { OrganizationSchema } from './organization.ts';
import { PageSchema } from './page.ts';
import { ReuseSchema } from './reuse.ts';
import { DataRequestSchema } from './data-request.ts';
import { ChallengeSchema } from './challenge.ts';
import { PublicInputSchema } from './public-input.ts';
import { translationSchema, type TranslatablePath } from './translation.ts';

export { collectionNames, type CollectionName } from './collection-names.ts';
export { SettingsSchema, type Settings } from './settings.ts';
export { translatableShape, type TranslatablePath } from './translation.ts';

/** How one collection is stored and checked. */
export interface CollectionSpec {
  /** Plural label for readers and coordinators. */
  label: string;
  /** Singular label. */
  singular: string;
  /** `markdown`: front matter plus a Markdown body; `yaml`: data only. */
  format: 'markdown' | 'yaml';
  /** The field that names a record in lists and messages. */
  titleField: string;
  /** The schema of the front matter or data. */
  schema: z.ZodType;
  /** For Markdown: what the body holds, as the CMS labels it. */
  body?: { title: string; description?: string };
  /**
   * For records sent in by the public: whether a record may be shown. The others get no page,
   * no history and no place in the API; only their number is published.
   */
  isPublic?: (data: Record<string, unknown>) => boolean;
  /**
   * Whether its records have history pages and appear in the list of changes (the default).
   * Public input has neither: moderation may withhold what a file says, and a history page
   * would show it.
   */
  history?: boolean;
  /**
   * For collections translated beside the English record (`content/<collection>/es/<id>.md`):
   * its prose, the only fields a translation may hold (see `translation.ts`); `body` is the
   * Markdown text, `list[].field` a field of each item by position. Facts stay in the English file.
   */
  translatable?: readonly TranslatablePath[];
}

const specs = {
  'action-plans': { label: 'Action plans', singular: 'Action plan', format: 'markdown', titleField: 'title', schema: ActionPlanSchema, body: { title: 'About the plan', description: 'How it was co-created and what it contains.' }, translatable: ['title', 'summary', 'documents[].title', 'body'] },
  commitments: { label: 'Commitments', singular: 'Commitment', format: 'markdown', titleField: 'title', schema: CommitmentSchema, body: { title: 'What is the commitment?', description: 'Describe what will be done, in plain words.' }, translatable: ['title', 'summary', 'problem', 'contribution', 'results', 'milestones[].title', 'milestones[].output', 'body'] },
  meetings: { label: 'Meetings', singular: 'Meeting', format: 'markdown', titleField: 'title', schema: MeetingSchema, body: { title: 'Minutes', description: 'What was discussed and agreed, in the order of the agenda.' }, translatable: ['title', 'summary', 'agenda[]', 'decisions[].text', 'actions[].text', 'body'] },
  datasets: { label: 'Datasets', singular: 'Dataset', format: 'markdown', titleField: 'title', schema: DatasetSchema, body: { title: 'About this data', description: 'What the data holds, how it was collected, and its limits.' }, translatable: ['title', 'summary', 'body'] },
  organizations: { label: 'Organizations', singular: 'Organization', format: 'yaml', titleField: 'name', schema: OrganizationSchema },
  districts: { label: 'Districts', singular: 'District', format: 'markdown', titleField: 'name', schema: DistrictSchema, body: { title: 'Introduction' } },
  pages: { label: 'Pages', singular: 'Page', format: 'markdown', titleField: 'title', schema: PageSchema, body: { title: 'Text' }, translatable: ['title', 'summary', 'body'] },
  reuses: { label: 'Reuses', singular: 'Reuse', format: 'markdown', titleField: 'title', schema: ReuseSchema, body: { title: 'About it', description: 'What it does, for whom, and how it uses the data.' } },
  'data-requests': { label: 'Data requests', singular: 'Data request', format: 'markdown', titleField: 'title', schema: DataRequestSchema, body: { title: 'The answer', description: 'The responsible organization\'s answer, in plain words.' }, isPublic: (data) => data.moderation === 'published' },
  challenges: { label: 'Challenges', singular: 'Challenge', format: 'markdown', titleField: 'title', schema: ChallengeSchema, body: { title: 'About the challenge', description: 'Who may take part, how it runs, and how entries are judged.' } },
  consultations: { label: 'Consultations', singular: 'Consultation', format: 'markdown', titleField: 'title', schema: ConsultationSchema, body: { title: 'Purpose', description: 'What the consultation is for, what will be decided, and how the input will be used.' }, translatable: ['title', 'summary', 'questions[]', 'body'] },
  'public-input': { label: 'Public input', singular: 'Public input', format: 'yaml', titleField: 'summary', schema: PublicInputSchema, history: false },
} satisfies Record<CollectionName, CollectionSpec>;

/** Every collection, keyed by its folder name under `content/`. */
export const collections: Record<CollectionName, CollectionSpec> = specs;

/** A collection's schema with its own type, from which Astro infers the type of the collection's records. */
export function schemaOf<N extends CollectionName>(name: N): (typeof specs)[N]['schema'] {
  return specs[name].schema;
}

/** What a record of a collection holds once its schema has read it. */
export type CollectionData<N extends CollectionName> = z.output<(typeof specs)[N]['schema']>;

/** Whether a record may be shown on the site (records of most collections always may). */
export function isPublic(collection: CollectionName, data: Record<string, unknown>): boolean {
  return collections[collection].isPublic?.(data) ?? true;
}
/** The collections whose records have history pages and appear in the list of changes. */
export const historyCollections = collectionNames.filter((name) => collections[name].history !== false);

/** The collections translated beside the English record, in Decap's `multiple_folders` layout (`<collection>/en/`, `<collection>/es/`). */
export const translatableCollections = collectionNames.filter((name) => collections[name].translatable);

/** Whether a collection's records are kept in language folders and may have translations. */
export function isTranslatable(collection: CollectionName): boolean {
  return Boolean(collections[collection].translatable);
}

const translationSchemas = new Map<CollectionName, z.ZodObject>();

/** The schema of a translation file of `collection`: its translatable fields only, each optional (see `translation.ts`). */
export function translationSchemaOf(collection: CollectionName): z.ZodObject {
  const paths = collections[collection].translatable;
  if (!paths) throw new Error(`${collection} are not translated`);
  let schema = translationSchemas.get(collection);
  if (!schema) translationSchemas.set(collection, (schema = translationSchema(collections[collection].schema, paths)));
  return schema;
}

/** File extensions each format accepts. */
export const extensions = { markdown: ['md'], yaml: ['yaml', 'yml'] } as const;
