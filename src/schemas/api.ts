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
import { field, isoDate, oneOf, slugPattern } from './fields.ts';
import { metaOf } from './walk.ts';
import { locationKinds } from './vocabularies.ts';
import { AreaGeometrySchema, DistrictPropertiesSchema, PositionSchema } from './geo.ts';

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

/** What every JSON file of the API starts with: where its schema is, and the build date. */
const envelope = {
  $schema: field(absolute(), { title: 'JSON Schema', description: 'The JSON Schema this file follows.' }),
  generated: field(isoDate(), { title: 'Built on', description: 'The day the site was built: the date derived values such as "overdue" were worked out on.' }),
};

/** The envelope of a JSON list: where its schema is, the build date, and the records. */
export function listFileSchema<K extends string, T extends z.ZodType>(key: K, item: T, description: string) {
  return z.strictObject({
    ...envelope,
    ...({ [key]: field(z.array(item), { title: description }) } as Record<K, z.ZodArray<T>>),
  });
}

/** One record in a file of its own (`/api/v1/meetings/<id>.json`): the record as the list file has it, with the envelope. */
export function recordFileSchema<T extends z.ZodObject>(item: T) {
  return z.strictObject({ ...envelope, ...item.shape });
}

/**
 * One page of a collection's index (`/api/v1/meetings/pages/2.json`): a few fields of each record
 * and the address of its own file, with links to the other pages, so that a harvester can walk
 * the whole collection in files of a known, small size.
 */
export function indexPageSchema<K extends string, T extends z.ZodObject>(key: K, summary: T, description: string) {
  const link = (title: string) => field(absolute(), { title });
  const entry = summary.extend({ api: field(absolute(), { title: 'Its own file', description: 'The whole record, in a file of its own.' }) });
  return z.strictObject({
    ...envelope,
    page: field(z.int().positive(), { title: 'This page', description: 'Numbered from 1.' }),
    pages: field(z.int().positive(), { title: 'Pages in all' }),
    perPage: field(z.int().positive(), { title: 'Records a page', description: 'Every page has this many but the last, which may have fewer.' }),
    total: field(z.int().nonnegative(), { title: 'Records in all' }),
    first: link('The first page'),
    last: link('The last page'),
    prev: field(absolute().optional(), { title: 'The page before', description: 'Absent on the first page.' }),
    next: field(absolute().optional(), { title: 'The page after', description: 'Absent on the last page.' }),
    ...({ [key]: field(z.array(entry), { title: description }) } as Record<K, z.ZodArray<typeof entry>>),
  });
}

/** Milestone progress, as on the commitment's page. */
export const ProgressSchema = z.strictObject({
  /** Milestones counted. */
  total: z.int().nonnegative(),
  /** Complete. */
  complete: z.int().nonnegative(),
  /** Past their end date and not complete, while the plan runs. */
  overdue: z.int().nonnegative(),
  /** Not complete when their plan ended. */
  unfinished: z.int().nonnegative(),
  /** Whole percent complete. */
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

/** What a commitment's entry in the paged index holds. */
export const CommitmentSummarySchema = ApiCommitmentSchema.pick({ id: true, url: true, lastModified: true, code: true, title: true, plan: true, status: true, lead: true, districts: true });
/** What a meeting's entry in the paged index holds. */
export const MeetingSummarySchema = ApiMeetingSchema.pick({ id: true, url: true, lastModified: true, title: true, date: true, kind: true, status: true, district: true, online: true });
/** What a dataset's entry in the paged index holds. */
export const DatasetSummarySchema = ApiDatasetSchema.pick({ id: true, url: true, lastModified: true, title: true, publisher: true, themes: true, districts: true, issued: true, modified: true });
/** What an organization's entry in the paged index holds. */
export const OrganizationSummarySchema = ApiOrganizationSchema.pick({ id: true, url: true, lastModified: true, name: true, acronym: true, kind: true, sector: true, district: true });

/** The districts with their outlines and what touches each. */
export const DistrictsFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  attribution: field(z.string(), { title: 'Credit the sources ask for' }),
  features: z.array(
    z.strictObject({
      type: z.literal('Feature'),
      id: z.string().regex(slugPattern),
      properties: DistrictPropertiesSchema.extend({
        url: absolute(),
        commitments: field(z.int().nonnegative(), { title: 'Commitments of the current action plan that apply here, nationwide ones included' }),
        meetings: field(z.int().nonnegative(), { title: 'Meetings held here' }),
        datasets: field(z.int().nonnegative(), { title: 'Datasets that cover it, nationwide ones included' }),
        places: field(z.strictObject({ venue: z.int().nonnegative(), site: z.int().nonnegative(), data: z.int().nonnegative() }), {
          title: 'Places in it, by kind',
          description: 'Meeting venues, commitment sites and points of the datasets\' GeoJSON files that lie in the district, as in locations.geojson.',
        }),
        locations: field(z.array(absolute()), {
          title: 'Its places, file by file',
          description: 'The files that hold the district\'s places, in the shape of locations.geojson, a few hundred places each: an app or a map can load one district at a time.',
        }),
      }),
      geometry: AreaGeometrySchema,
    }),
  ),
});

/** Every located item as one point, with the pages that mention it. */
export const LocationsFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.strictObject({
      type: z.literal('Feature'),
      geometry: z.strictObject({ type: z.literal('Point'), coordinates: PositionSchema }),
      properties: z.strictObject({
        type: field(oneOf(locationKinds), { title: 'Kind of place' }),
        title: field(z.string(), { title: 'Name of the place' }),
        url: field(absolute(), { title: 'The page of the first record that mentions it' }),
        links: field(z.array(z.strictObject({ title: z.string(), url: absolute() })).min(1), { title: 'Every record that mentions it' }),
      }),
    }),
  ),
});
