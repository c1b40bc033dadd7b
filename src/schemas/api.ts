/**
 * The shapes of the static API under /api/v1/: each record is its content (the same schemas as
 * `content/`, so the API cannot drift from the content model) plus its id, its page, and what the
 * site works out (progress, sizes, counts). Links are absolute. Published as JSON Schema beside
 * the files, and the built files are validated against them (tests/api.test.ts).
 */
import { z } from 'astro/zod';
import { CommitmentSchema } from './commitment.ts';
import { MeetingSchema } from './meeting.ts';
import { DatasetSchema, ResourceSchema } from './dataset.ts';
import { OrganizationSchema } from './organization.ts';
import { ConsultationSchema } from './consultation.ts';
import { PublicInputSchema } from './public-input.ts';
import { field, isoDate, slugPattern } from './fields.ts';
import { metaOf } from './walk.ts';
import { consultationStates, locationKinds } from './vocabularies.ts';

/** An absolute web address. */
const absolute = () => z.url({ protocol: /^https?$/ });

/** What every record of the API adds to its content. */
const recordFields = {
  /** The record's id: its file name, which never changes when its title does. */
  id: field(z.string().regex(slugPattern), { title: 'Id', description: 'Stable: the file name of the record, unchanged when its title changes.' }),
  /** Its page on the site. */
  url: field(absolute(), { title: 'Page', description: 'The record\'s page on the site.' }),
  /** When its file last changed in Git. */
  lastModified: field(isoDate().optional(), { title: 'Last modified', description: 'The date of the last saved change to the record (from Git); absent when the history is not available.' }),
};

/** The envelope of a JSON list: where its schema is, the build date, and the records. */
function list<K extends string, T extends z.ZodType>(key: K, item: T, description: string) {
  return z.strictObject({
    $schema: field(absolute(), { title: 'JSON Schema', description: 'The JSON Schema this file follows.' }),
    generated: field(isoDate(), { title: 'Built on', description: 'The day the site was built: the date derived values such as "overdue" were worked out on.' }),
    ...({ [key]: field(z.array(item), { title: description }) } as Record<K, z.ZodArray<T>>),
  });
}

/** Milestone progress, as on the commitment's page. */
export const ProgressSchema = z.strictObject({
  total: z.int().nonnegative(),
  complete: z.int().nonnegative(),
  /** Past their end date and not complete, while the plan runs. */
  overdue: z.int().nonnegative(),
  /** Not complete when their plan ended. */
  unfinished: z.int().nonnegative(),
  percent: z.int().min(0).max(100),
});

/** A commitment with its milestones. */
export const ApiCommitmentSchema = z.strictObject({
  ...recordFields,
  ...CommitmentSchema.shape,
  description: field(z.string(), { title: 'What is the commitment?', description: 'Markdown.' }),
  progress: field(ProgressSchema, { title: 'Progress of its milestones' }),
});

/** A meeting of the Coordination Mechanism with its minutes. */
export const ApiMeetingSchema = z.strictObject({
  ...recordFields,
  ...MeetingSchema.shape,
  minutes: field(z.string(), { title: 'Minutes', description: 'Markdown.' }),
});

/** A dataset's file, with what the site knows of it. */
export const ApiResourceSchema = z.strictObject({
  ...ResourceSchema.shape,
  file: field(absolute().optional(), metaOf(ResourceSchema.shape.file)),
  schema: field(absolute().optional(), metaOf(ResourceSchema.shape.schema)),
  mediaType: field(z.string(), { title: 'Media type' }),
  bytes: field(z.int().nonnegative().optional(), { title: 'Size in bytes', description: 'For files kept on this site.' }),
  rows: field(z.int().nonnegative().optional(), { title: 'Rows', description: 'For CSV files: data rows, the header not counted.' }),
  columns: field(z.int().positive().optional(), { title: 'Columns', description: 'For CSV files.' }),
  features: field(z.int().nonnegative().optional(), { title: 'Features', description: 'For GeoJSON files.' }),
});

/** A dataset of the catalogue. */
export const ApiDatasetSchema = z.strictObject({
  ...recordFields,
  ...DatasetSchema.shape,
  modified: field(isoDate(), { title: 'Date last modified', description: 'As in data.json: the date in the record, or else the last change to the record or its files.' }),
  licenceUrl: field(absolute(), { title: 'Licence (address)' }),
  description: field(z.string(), { title: 'Description', description: 'Markdown.' }),
  resources: field(z.array(ApiResourceSchema), { title: 'Resources (files)' }),
});

/** An organization. */
export const ApiOrganizationSchema = z.strictObject({ ...recordFields, ...OrganizationSchema.shape });

/** How many pieces of input have one value of a facet. */
const FacetCountSchema = z.strictObject({ value: field(z.string(), { title: 'Value', description: 'As in public-input.json; "not-given" when the person did not say.' }), count: z.int().positive() });

/** A consultation's reasoned response in figures, as on its page. */
export const ResponseCountsSchema = z.strictObject({
  received: field(z.int().nonnegative(), { title: 'Input received, whatever its moderation' }),
  published: field(z.int().nonnegative(), { title: 'Input published' }),
  awaitingModeration: field(z.int().nonnegative(), { title: 'Input not yet moderated (never published)' }),
  withheld: field(z.int().nonnegative(), { title: 'Input withheld by moderation (never published)' }),
  answered: field(z.int().nonnegative(), { title: 'Published input with an outcome other than pending' }),
  answeredPercent: field(z.int().min(0).max(100), { title: 'Share of published input answered, in whole percent' }),
  by: field(z.strictObject({ outcome: z.array(FacetCountSchema), channel: z.array(FacetCountSchema), district: z.array(FacetCountSchema), sector: z.array(FacetCountSchema) }), { title: 'Published input counted by outcome, channel, district and sector' }),
});

/** A public consultation, with its state on the build date and its reasoned response in figures. */
export const ApiConsultationSchema = z.strictObject({
  ...recordFields,
  ...ConsultationSchema.shape,
  state: field(z.enum(Object.keys(consultationStates) as [keyof typeof consultationStates]), { title: 'State on the build date', description: Object.entries(consultationStates).map(([value, label]) => `${value}: ${label}`).join('; ') }),
  description: field(z.string(), { title: 'What it is for', description: 'Markdown.' }),
  counts: field(ResponseCountsSchema, { title: 'The reasoned response in figures' }),
});

// What moderation needs stays with the coordinators: the moderation state (always "published" here),
// why input is withheld, the consent box (names are present only with consent), and the form's ids.
const { moderation: _moderation, withheldReason: _withheld, consent: _consent, publicContact: _publicContact, submissionId: _submissionId, ...publishedInputFields } = PublicInputSchema.shape;

/** A published piece of public input with its reasoned response. Input awaiting moderation or withheld is never in the API. */
export const ApiPublicInputSchema = z.strictObject({
  id: recordFields.id,
  url: field(absolute(), { title: 'Page', description: 'Its row on its consultation\'s page.' }),
  lastModified: recordFields.lastModified,
  ...publishedInputFields,
});

export const CommitmentsFileSchema = list('commitments', ApiCommitmentSchema, 'Commitments of every action plan, with their milestones');
export const MeetingsFileSchema = list('meetings', ApiMeetingSchema, 'Meetings of the Coordination Mechanism, newest first');
export const DatasetsFileSchema = list('datasets', ApiDatasetSchema, 'Datasets of the open data catalogue');
export const OrganizationsFileSchema = list('organizations', ApiOrganizationSchema, 'Organizations');
export const ConsultationsFileSchema = list('consultations', ApiConsultationSchema, 'Public consultations, open ones first');
export const PublicInputFileSchema = list('publicInput', ApiPublicInputSchema, 'Published input from the public, by consultation and number, each with its reasoned response');

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const polygon = z.array(z.array(position).min(4));

/** The districts with their outlines and what touches each. */
export const DistrictsFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  attribution: field(z.string(), { title: 'Credit the sources ask for' }),
  features: z.array(
    z.strictObject({
      type: z.literal('Feature'),
      id: z.string().regex(slugPattern),
      properties: z.strictObject({
        id: field(z.string().regex(slugPattern), { title: 'District id', description: 'As used by every record that names a district.' }),
        name: z.string(),
        iso_3166_2: field(z.string().regex(/^BZ-[A-Z]{2,3}$/), { title: 'ISO 3166-2 code' }),
        capital: z.string(),
        capital_coordinates: position,
        url: absolute(),
        commitments: field(z.int().nonnegative(), { title: 'Commitments of the current action plan that apply here, nationwide ones included' }),
        meetings: field(z.int().nonnegative(), { title: 'Meetings held here' }),
        datasets: field(z.int().nonnegative(), { title: 'Datasets that cover it, nationwide ones included' }),
      }),
      geometry: z.union([
        z.strictObject({ type: z.literal('Polygon'), coordinates: polygon }),
        z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon) }),
      ]),
    }),
  ),
});

/** Every located item as one point, with the pages that mention it. */
export const LocationsFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.strictObject({
      type: z.literal('Feature'),
      geometry: z.strictObject({ type: z.literal('Point'), coordinates: position }),
      properties: z.strictObject({
        type: field(z.enum(Object.keys(locationKinds) as [keyof typeof locationKinds]), { title: 'Kind of place', description: Object.entries(locationKinds).map(([key, label]) => `${key}: ${label.toLowerCase()}`).join('; ') }),
        title: field(z.string(), { title: 'Name of the place' }),
        url: field(absolute(), { title: 'The page of the first record that mentions it' }),
        links: field(z.array(z.strictObject({ title: z.string(), url: absolute() })).min(1), { title: 'Every record that mentions it' }),
      }),
    }),
  ),
});
