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
import { ReuseSchema, ScreenshotSchema } from './reuse.ts';
import { DataRequestSchema } from './data-request.ts';
import { ChallengeSchema } from './challenge.ts';
import { ConsultationSchema } from './consultation.ts';
import { PublicInputSchema } from './public-input.ts';
import { field, isoDate, oneOf, slugPattern } from './fields.ts';
import { metaOf } from './walk.ts';
import { completionLevels, consultationStates, irmCompletionLevels, locationKinds, milestoneStages, planStatuses } from './vocabularies.ts';
import { AreaGeometrySchema, DistrictPropertiesSchema, PositionSchema } from './geo.ts';
import { translationSchemaOf, type CollectionName } from './index.ts';

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

/**
 * A record's translations, by language code (`es`): the translated prose only, as its translation
 * file holds it (lists by position, each item with its translated fields), with the Markdown text
 * under the same name as in the record (`description`, `minutes`). Present languages only; `{}`
 * when the record is not translated. Facts are in the record itself, never here.
 */
function translations(collection: CollectionName, text: string) {
  const item = translationSchemaOf(collection).extend({ [text]: field(z.string().optional(), { title: 'Markdown text, translated' }) });
  return field(z.record(z.string().regex(/^[a-z]{2,3}$/), item), {
    title: 'Translations',
    description: 'The record\'s prose in other languages, by language code (for example "es", Spanish): only the fields that are translated; every other field, and every fact, is the one above, kept once. Empty when the record has no translation.',
  });
}

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
  translations: translations('commitments', 'description'),
});

/** A meeting of the Coordination Mechanism with its minutes. */
export const ApiMeetingSchema = z.strictObject({
  ...recordFields,
  ...MeetingSchema.shape,
  minutes: field(z.string(), { title: 'Minutes', description: 'Markdown.' }),
  translations: translations('meetings', 'minutes'),
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
  translations: translations('datasets', 'description'),
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
  translations: translations('consultations', 'description'),
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

/** What a commitment's entry in the paged index holds. */
export const CommitmentSummarySchema = ApiCommitmentSchema.pick({ id: true, url: true, lastModified: true, code: true, title: true, plan: true, status: true, lead: true, districts: true });
/** What a meeting's entry in the paged index holds. */
export const MeetingSummarySchema = ApiMeetingSchema.pick({ id: true, url: true, lastModified: true, title: true, date: true, kind: true, status: true, district: true, online: true });
/** What a dataset's entry in the paged index holds. */
export const DatasetSummarySchema = ApiDatasetSchema.pick({ id: true, url: true, lastModified: true, title: true, publisher: true, themes: true, districts: true, issued: true, modified: true });
/** What an organization's entry in the paged index holds. */
export const OrganizationSummarySchema = ApiOrganizationSchema.pick({ id: true, url: true, lastModified: true, name: true, acronym: true, kind: true, sector: true, district: true });
/** What a consultation's entry in the paged index holds. */
export const ConsultationSummarySchema = ApiConsultationSchema.pick({ id: true, url: true, lastModified: true, title: true, kind: true, plan: true, opens: true, closes: true, state: true });
/** What a published input's entry in the paged index holds. */
export const PublicInputSummarySchema = ApiPublicInputSchema.pick({ id: true, url: true, lastModified: true, consultation: true, number: true, received: true, channel: true, summary: true, district: true, sector: true });

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

/** A reuse, with its screenshot's address. */
export const ApiReuseSchema = z.strictObject({
  ...recordFields,
  ...ReuseSchema.shape,
  screenshot: field(z.strictObject({ file: field(absolute(), { title: 'Image', description: 'The uploaded picture, full size.' }), alt: ScreenshotSchema.shape.alt }).optional(), { title: 'Screenshot' }),
  description: field(z.string(), { title: 'About it', description: 'Markdown.' }),
});

const { moderation: _requestModeration, withheldReason: _withheldReason, submissionId: _requestSubmissionId, ...publicRequest } = DataRequestSchema.shape;

/** A published data request (those awaiting moderation or withheld are not in the API). */
export const ApiDataRequestSchema = z.strictObject({
  ...recordFields,
  ...publicRequest,
  open: field(z.boolean(), { title: 'Still open', description: 'Received, under review or planned: the data is not published yet.' }),
  days: field(z.int().nonnegative(), { title: 'Days waited', description: 'For an open request, the days since it was received, counted on the day the file was built; for an answered one, the days it took to answer.' }),
  answer: field(z.string(), { title: 'The answer', description: 'The responsible organization\'s answer, in Markdown; empty when there is none yet.' }),
});

/** An apps challenge or hackathon. */
export const ApiChallengeSchema = z.strictObject({
  ...recordFields,
  ...ChallengeSchema.shape,
  rules: field(absolute(), metaOf(ChallengeSchema.shape.rules)),
  description: field(z.string(), { title: 'About the challenge', description: 'Markdown.' }),
});

/** What a reuse's entry in the paged index holds. */
export const ReuseSummarySchema = ApiReuseSchema.pick({ id: true, url: true, lastModified: true, title: true, type: true, date: true, datasets: true, districts: true });
/** What a data request's entry in the paged index holds. */
export const DataRequestSummarySchema = ApiDataRequestSchema.pick({ id: true, url: true, lastModified: true, title: true, status: true, received: true, open: true, days: true, districts: true });
/** What a challenge's entry in the paged index holds. */
export const ChallengeSummarySchema = ApiChallengeSchema.pick({ id: true, url: true, lastModified: true, title: true, opens: true, closes: true, districts: true });

/** A district, as a per-district file names it. */
const DistrictRefSchema = z.strictObject({
  id: field(z.string().regex(slugPattern), { title: 'District id', description: 'As in districts.geojson.' }),
  name: z.string(),
  url: absolute(),
});

/**
 * Where a district file stands among its district's files: a district with more features than
 * one file holds (`districtFeaturesPerFile`) has several, `toledo.geojson`, `toledo-2.geojson`…
 */
const districtPaging = {
  page: field(z.int().positive(), { title: 'This file\'s number among the district\'s files', description: 'From 1; the first file is the one named after the district alone.' }),
  pages: field(z.int().positive(), { title: 'The district\'s files', description: 'How many files hold its features: 1 unless it has more than one file holds.' }),
  prev: field(absolute().optional(), { title: 'The district\'s file before', description: 'Absent on its first file.' }),
  next: field(absolute().optional(), { title: 'The district\'s file after', description: 'Absent on its last file.' }),
};

/** One district's share of `locations.geojson`. */
export const DistrictLocationsFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  generated: field(isoDate(), { title: 'Built on' }),
  district: field(DistrictRefSchema, { title: 'The district', description: 'Every place whose position lies in it (or, for places on the shore and the cayes outside the coarse outlines, nearest to it).' }),
  ...districtPaging,
  national: field(absolute(), { title: 'The national file', description: 'The district files hold every feature of it, each once.' }),
  features: LocationsFileSchema.shape.features,
});

const geometryTypes = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'] as const;

/** A feature of a dataset's GeoJSON file, as the publisher wrote it. */
const DatasetFeatureSchema = z.looseObject({
  type: z.literal('Feature'),
  geometry: z.looseObject({ type: z.enum(geometryTypes) }),
  properties: field(z.record(z.string(), z.unknown()).nullable(), { title: 'The properties the publisher gave', description: 'Described by the dataset\'s page and data dictionary.' }),
});

/** The points (or shapes) of a dataset's GeoJSON files, for the whole country. */
export const DatasetFeaturesFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  generated: field(isoDate(), { title: 'Built on' }),
  dataset: field(absolute(), { title: 'The dataset\'s page', description: 'Its licence, publisher and description.' }),
  districtFiles: field(z.array(absolute()), { title: 'The same features, district by district', description: 'One file per district, and more for a district with more features than one file holds.' }),
  features: z.array(DatasetFeatureSchema),
});

/** One district's share of a dataset's features. */
export const DistrictDatasetFeaturesFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  generated: field(isoDate(), { title: 'Built on' }),
  district: field(DistrictRefSchema, { title: 'The district', description: 'Every feature whose (first) position lies in it, or nearest to it for the shore and the cayes.' }),
  ...districtPaging,
  national: field(absolute(), { title: 'The national file', description: 'The district files hold every feature of it, each once.' }),
  dataset: field(absolute(), { title: 'The dataset\'s page' }),
  features: z.array(DatasetFeatureSchema),
});

/** Counts of integers, one per key of a vocabulary, each described by its label. */
function countsOf(vocabulary: Record<string, string>, what: string) {
  return z.strictObject(Object.fromEntries(Object.entries(vocabulary).map(([key, label]) => [key, field(z.int().nonnegative(), { title: `${what}: ${label.toLowerCase()}` })])));
}

/** Commitments by completion level and milestones by stage. */
const TallySchema = {
  commitments: field(z.int().nonnegative(), { title: 'Commitments' }),
  levels: field(countsOf(completionLevels, 'Commitments'), { title: 'Commitments by self-reported completion level' }),
  milestones: field(z.int().nonnegative(), { title: 'Milestones' }),
  stages: field(countsOf(milestoneStages, 'Milestones'), { title: 'Milestones by stage', description: 'Complete; on time (in progress, not yet due); overdue (past its end date, not complete, while the plan runs); not started (and not yet due); not finished (when the plan ended).' }),
};

/** One row of a breakdown. */
const BreakdownRowSchema = z.strictObject({
  key: field(z.string().regex(slugPattern), { title: 'Key', description: 'The id of the theme, OGP value, organization or district ("nationwide" for commitments without districts).' }),
  label: field(z.string(), { title: 'Name' }),
  ...TallySchema,
});

/** A milestone in one of the dashboard's lists. */
const MilestoneItemSchema = z.strictObject({
  commitment: field(z.string().regex(slugPattern), { title: 'Commitment id' }),
  code: z.string(),
  commitmentTitle: z.string(),
  number: field(z.int().positive(), { title: 'Milestone number', description: 'Its place in its commitment, from 1.' }),
  title: z.string(),
  start: isoDate(),
  end: isoDate(),
  completed: isoDate().optional(),
  stage: field(z.enum(Object.keys(milestoneStages) as [keyof typeof milestoneStages]), { title: 'Stage' }),
  label: field(z.string(), { title: 'Where it stands, in words' }),
  url: field(absolute(), { title: 'The milestone on its commitment\'s page' }),
});

/** A commit the history names. */
const CommitRefSchema = z.strictObject({ sha: z.string().regex(/^[0-9a-f]{40}$/), date: isoDate(), url: field(absolute(), { title: 'The change on the commitment\'s history page' }) });

/** A plan's dashboard figures. */
export const ProgressFileSchema = z.strictObject({
  $schema: field(absolute(), { title: 'JSON Schema' }),
  generated: field(isoDate(), { title: 'Built on', description: 'The day the figures were worked out on: "overdue" and "due soon" are judged on it.' }),
  plan: field(z.strictObject({ id: z.string().regex(slugPattern), title: z.string(), status: z.enum(Object.keys(planStatuses) as [keyof typeof planStatuses]), start: isoDate(), end: isoDate(), url: absolute(), dashboard: absolute() }), { title: 'The action plan' }),
  overall: field(z.strictObject(TallySchema), { title: 'The whole plan' }),
  breakdowns: field(z.strictObject({
    theme: field(z.array(BreakdownRowSchema), { title: 'By theme' }),
    value: field(z.array(BreakdownRowSchema), { title: 'By OGP value', description: 'A commitment counts under each value it names.' }),
    lead: field(z.array(BreakdownRowSchema), { title: 'By lead organization' }),
    district: field(z.array(BreakdownRowSchema), { title: 'By district', description: 'A commitment counts in each district it names; those without districts under "nationwide".' }),
  }), { title: 'Breakdowns' }),
  window: field(z.int().positive(), { title: 'Days that "due soon" and "completed lately" cover' }),
  overdue: field(z.array(MilestoneItemSchema), { title: 'Overdue milestones' }),
  dueSoon: field(z.array(MilestoneItemSchema), { title: 'Milestones due within the window' }),
  completedLately: field(z.array(MilestoneItemSchema), { title: 'Milestones completed within the window' }),
  unfinished: field(z.array(MilestoneItemSchema), { title: 'Milestones not finished when the plan ended' }),
  rescheduled: field(z.array(z.strictObject({
    commitment: z.string().regex(slugPattern),
    kind: z.enum(['commitment', 'milestone']),
    milestone: z.strictObject({ number: z.int().positive(), title: z.string() }).optional(),
    original: field(isoDate(), { title: 'The end date first given' }),
    current: field(isoDate(), { title: 'The end date now' }),
    changes: z.array(z.strictObject({ from: isoDate(), to: isoDate(), commit: CommitRefSchema.optional() })),
  })), { title: 'End dates that moved (from the history of changes)' }),
  reopened: field(z.array(z.strictObject({
    commitment: z.string().regex(slugPattern),
    kind: z.enum(['commitment', 'milestone']),
    milestone: z.strictObject({ number: z.int().positive(), title: z.string() }).optional(),
    status: field(z.enum(Object.keys(completionLevels) as [keyof typeof completionLevels]), { title: 'The level it went back to' }),
    commit: CommitRefSchema.optional(),
  })), { title: 'Marked complete, then reopened (from the history of changes)' }),
  assessments: field(z.strictObject(Object.fromEntries(['irm', 'civilSociety'].map((key) => [key, z.strictObject({
    assessed: field(z.int().nonnegative(), { title: 'Commitments assessed' }),
    disagree: field(z.array(z.strictObject({
      commitment: z.string().regex(slugPattern),
      code: z.string(),
      title: z.string(),
      selfReported: z.enum(Object.keys(completionLevels) as [keyof typeof completionLevels]),
      assessed: z.enum(Object.keys(irmCompletionLevels) as [keyof typeof irmCompletionLevels]),
    })), { title: 'Where the assessed level differs from the self-reported one' }),
  })]))), { title: 'Independent assessments: the IRM\'s and civil society\'s' }),
  overTime: field(z.array(z.strictObject({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    on: field(isoDate(), { title: 'The day it was judged on' }),
    recorded: field(z.boolean(), { title: 'Whether the history holds the plan\'s records by then' }),
    commitments: z.int().nonnegative(),
    commitmentsComplete: z.int().nonnegative(),
    milestones: z.int().nonnegative(),
    complete: z.int().nonnegative(),
    overdue: z.int().nonnegative(),
  })), { title: 'At the end of each month, as the records said then (from the history of changes)' }),
});
