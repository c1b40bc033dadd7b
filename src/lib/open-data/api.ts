/**
 * The static API for app builders, `/api/v1/`: every file it serves, what it holds, its schema,
 * and how it is built from the records. The endpoints, the published JSON Schemas and the
 * developers' page all read this one list, so none of them can forget a file.
 */
import type { z } from 'astro/zod';
import type { ChallengeEntry, CommitmentEntry, ConsultationEntry, DataRequestEntry, DatasetEntry, InputEntry, MeetingEntry, OrganizationEntry, PlanEntry, Records, ReuseEntry } from '../content/records.ts';
import type { CollectionName } from '../../schemas/collection-names.ts';
import {
  ApiCommitmentSchema,
  ApiDatasetSchema,
  ApiMeetingSchema,
  ApiOrganizationSchema,
  ApiChallengeSchema,
  ApiConsultationSchema,
  ApiDataRequestSchema,
  ApiPublicInputSchema,
  ApiReuseSchema,
  ChallengeSummarySchema,
  CommitmentSummarySchema,
  ConsultationSummarySchema,
  DataRequestSummarySchema,
  DatasetFeaturesFileSchema,
  DatasetSummarySchema,
  DistrictDatasetFeaturesFileSchema,
  DistrictLocationsFileSchema,
  DistrictsFileSchema,
  indexPageSchema,
  listFileSchema,
  LocationsFileSchema,
  MeetingSummarySchema,
  OrganizationSummarySchema,
  ProgressFileSchema,
  recordFileSchema,
  PublicInputSummarySchema,
  ReuseSummarySchema,
} from '../../schemas/api.ts';
import { progressBreakdowns, progressCsv, progressFile } from './api-progress.ts';
import { breakdownKinds } from '../progress/dashboard.ts';
import { absoluteUrl, catalogEntry } from './catalog.ts';
import { csvSummary, geojsonSummary } from '../data-files/previews.ts';
import { commitmentsCsv, milestonesCsv } from './api-csv.ts';
import { districtCounts } from '../geo/district-counts.ts';
import { districtCredit, districtFeatures } from '../geo/districts.ts';
import { lastChange } from '../history/git-dates.ts';
import { datasetSourceName, districtFile, districtFileName, districtFileNames, featuresByDistrict, locatedSources, nationalFile, placeFeatures } from './district-files.ts';
import { isOpen, requestsInOrder, waitOf } from '../innovation/data-requests.ts';
import { today } from '../dates.ts';
import { apiBase, apiUrl, inputUrl, recordUrl } from '../urls.ts';
import { consultationState } from '../co-creation/states.ts';
import { publishedInput, responseCounts } from '../co-creation/counts.ts';
import { toJsonSchema } from './json-schema.ts';
import { translationOf } from '../content/translations.ts';
import { defaultLanguage, languageCodes } from '../i18n/languages.ts';

// The version in every address: a change that breaks readers gets a new one (/api/v2/).
export { apiBase } from '../urls.ts';

/** What the builders need. */
export interface ApiContext {
  records: Records;
  site: URL | string;
}

/**
 * One file of the API, or a family of files of one shape: one per action plan
 * (`progress-{plan}.json`), one per record (`meetings/{id}.json`) or one per page of an index
 * (`meetings/pages/{page}.json`).
 */
export interface ApiFile {
  /** File name under /api/v1/; in a family, `{plan}`, `{id}` or `{page}` stands for each file's part. */
  name: string;
  title: string;
  /** What it holds, for the developers' page. */
  description: string;
  mediaType: string;
  /** The zod schema of its content, published as JSON Schema; none for CSV. */
  schema?: z.ZodType;
  /** When several files share one schema (the per-district files): its file name, and what it says of them all. */
  shared?: { schemaFile: string; title: string; description: string };
  /** For a per-district file: the source it splits (its national file's name without extension) and the district. */
  split?: { source: string; district: string };
  /** For a family of records or pages: the name of each of its files. */
  names?(records: Records): string[];
  /** Builds the file called `name`; a plan family's files get their plan. */
  build(context: ApiContext, part: ApiFilePart): Promise<string | object> | string | object;
}

/** Which file of an entry to build: its name, and for a plan family's file its plan. */
export interface ApiFilePart {
  name: string;
  plan?: PlanEntry;
}

/** The placeholder for a plan's id in the name of a family of files. */
const planSlot = '{plan}';

/** One file as published: its name, its entry in the list, and its plan for a family's file. */
export interface ApiFileInstance {
  name: string;
  file: ApiFile;
  plan?: PlanEntry;
}

/** Every file the API publishes: each single file, each family's file for every plan, record or page, and the location files per district. */
export function apiFileInstances(records: Records): ApiFileInstance[] {
  return apiFileList(records).flatMap((file): ApiFileInstance[] => {
    if (file.names) return file.names(records).map((name) => ({ name, file }));
    if (file.name.includes(planSlot)) return records.plans.map((plan) => ({ name: file.name.replace(planSlot, plan.id), file, plan }));
    return [{ name: file.name, file }];
  });
}

/**
 * Records in each page of a collection's index: 100 entries of a few fields are 20 to 40 KB
 * (5 to 8 KB compressed), well within the 100 KB every file but the whole-collection ones keeps to.
 */
export const apiPageSize = 100;

/** The names of a plan's dashboard files: the JSON, all breakdowns in one CSV, and one CSV per breakdown. */
export function progressFileNames(plan: string) {
  const name = (file: string) => file.replace(planSlot, plan);
  return {
    json: name('progress-{plan}.json'),
    csv: { all: name('progress-{plan}.csv'), ...Object.fromEntries(progressBreakdowns.map((kind) => [kind, name(`progress-{plan}-${kind}.csv`)])) } as Record<'all' | (typeof progressBreakdowns)[number], string>,
  };
}

/** A link as content writes it (`/files/…` or `https://…`), made absolute. */
const absoluteLink = (link: string, site: URL | string) => (link.startsWith('/') ? absoluteUrl(link, site) : link);

/** The fields every record starts with: id, page and last change. */
function recordBase(collection: CollectionName, entry: { id: string; filePath?: string }, site: URL | string) {
  const change = entry.filePath ? lastChange(entry.filePath) : undefined;
  return { id: entry.id, url: absoluteUrl(recordUrl(collection, entry.id), site), ...(change && { lastModified: change.date }) };
}

/** A record's translations as the API gives them: each present language's prose, the Markdown text named `text` as in the record; `{}` when none. */
function translationsOf(collection: CollectionName, id: string, text: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    languageCodes.flatMap((lang) => {
      const translation = lang === defaultLanguage ? undefined : translationOf(collection, id, lang);
      return translation ? [[lang, { ...translation.data, ...(translation.body && { [text]: translation.body }) }]] : [];
    }),
  );
}

/** The envelope of a JSON list file. */
function listFile(name: string, site: URL | string): { $schema: string; generated: string } {
  return { $schema: absoluteUrl(`${apiBase}schemas/${schemaName(name)}`, site), generated: today };
}

/**
 * `commitments.json` → `commitments.schema.json`; a family shares one: `progress-{plan}.json` →
 * `progress.schema.json`, `meetings/{id}.json` → `meetings.record.schema.json`,
 * `meetings/pages/{page}.json` → `meetings.page.schema.json`.
 */
export function schemaName(file: string): string {
  return file.replace(`-${planSlot}`, '').replace('/{id}', '.record').replace('/pages/{page}', '.page').replace(/\.(json|geojson)$/, '.schema.json');
}

/** The name of the JSON Schema a file follows. */
export function schemaFileOf(file: ApiFile): string {
  return file.shared?.schemaFile ?? schemaName(file.name);
}

function commitment(entry: CommitmentEntry, { records, site }: ApiContext) {
  const { data } = entry;
  return {
    ...recordBase('commitments', entry, site),
    ...data,
    milestones: data.milestones.map((milestone) => ({ ...milestone, evidence: milestone.evidence.map((e) => ({ ...e, url: absoluteLink(e.url, site) })) })),
    ...(data.assessment?.report && { assessment: { ...data.assessment, report: absoluteLink(data.assessment.report, site) } }),
    ...(data.civilSocietyAssessment?.url && { civilSocietyAssessment: { ...data.civilSocietyAssessment, url: absoluteLink(data.civilSocietyAssessment.url, site) } }),
    description: entry.body ?? '',
    progress: records.progress([entry]),
    translations: translationsOf('commitments', entry.id, 'description'),
  };
}

function meeting(entry: MeetingEntry, { site }: ApiContext) {
  const { data } = entry;
  return {
    ...recordBase('meetings', entry, site),
    ...data,
    documents: data.documents.map((d) => ({ ...d, url: absoluteLink(d.url, site) })),
    ...(data.recording && { recording: absoluteLink(data.recording, site) }),
    minutes: entry.body ?? '',
    translations: translationsOf('meetings', entry.id, 'minutes'),
  };
}

async function dataset(entry: DatasetEntry, { records, site }: ApiContext) {
  const { data } = entry;
  const catalog = await catalogEntry(entry, records, site);
  return {
    ...recordBase('datasets', entry, site),
    ...data,
    modified: catalog.modified,
    licenceUrl: catalog.licence.url,
    description: entry.body ?? '',
    resources: data.resources.map((resource, i) => {
      const csv = resource.format === 'CSV' && resource.file ? csvSummary(resource.file) : undefined;
      const geojson = resource.format === 'GeoJSON' && resource.file ? geojsonSummary(resource.file) : undefined;
      return {
        ...resource,
        ...(resource.file && { file: absoluteLink(resource.file, site) }),
        ...(resource.schema && { schema: absoluteLink(resource.schema, site) }),
        ...(resource.url && { url: absoluteLink(resource.url, site) }),
        mediaType: catalog.distributions[i].mediaType,
        ...(catalog.distributions[i].bytes !== undefined && { bytes: catalog.distributions[i].bytes }),
        ...(csv && { rows: csv.rows, columns: csv.columns }),
        ...(geojson && { features: geojson.features }),
      };
    }),
    translations: translationsOf('datasets', entry.id, 'description'),
  };
}

function organization(entry: OrganizationEntry, { site }: ApiContext) {
  return { ...recordBase('organizations', entry, site), ...entry.data };
}

function consultation(entry: ConsultationEntry, { records, site }: ApiContext) {
  const { data } = entry;
  const inputs = records.inputOf(entry.id).map((input) => input.data);
  return {
    ...recordBase('consultations', entry, site),
    ...data,
    documents: data.documents.map((d) => ({ ...d, url: absoluteLink(d.url, site) })),
    state: consultationState(data),
    description: entry.body ?? '',
    counts: responseCounts(inputs, records.districts.map((district) => district.id)),
    translations: translationsOf('consultations', entry.id, 'description'),
  };
}

/** A published input: never its moderation, the consent box or the form's id (see ApiPublicInputSchema). */
function publicInput(entry: InputEntry, { site }: ApiContext) {
  const { moderation: _moderation, withheldReason: _withheld, consent: _consent, publicContact: _publicContact, submissionId: _submissionId, ...data } = entry.data;
  const change = entry.filePath ? lastChange(entry.filePath) : undefined;
  return { id: entry.id, url: absoluteUrl(inputUrl(data.consultation, data.number), site), ...(change && { lastModified: change.date }), ...data };
}

function districts({ records, site }: ApiContext) {
  const counts = new Map(districtCounts(records).map((row) => [row.id, row]));
  const placesSource = locatedSources(records).find((source) => source.name === 'locations')!;
  const places = featuresByDistrict(placeFeatures(records, site));
  const kinds = (id: string) => {
    const here = places.get(id)!.map((place) => place.properties?.type);
    return { venue: here.filter((kind) => kind === 'venue').length, site: here.filter((kind) => kind === 'site').length, data: here.filter((kind) => kind === 'data').length };
  };
  return {
    type: 'FeatureCollection',
    attribution: districtCredit,
    features: districtFeatures.map((feature) => {
      const { commitments = 0, meetings = 0, datasets = 0 } = counts.get(feature.properties.id) ?? {};
      return {
        type: 'Feature',
        id: feature.properties.id,
        properties: {
          ...feature.properties,
          url: absoluteUrl(recordUrl('districts', feature.properties.id), site),
          commitments,
          meetings,
          datasets,
          places: kinds(feature.properties.id),
          locations: districtFileNames(placesSource, feature.properties.id).map((name) => absoluteUrl(apiUrl(name), site)),
        },
        geometry: feature.geometry,
      };
    }),
  };
}

function locationsFile({ records, site }: ApiContext) {
  return { type: 'FeatureCollection', features: placeFeatures(records, site) };
}

function reuse(entry: ReuseEntry, { site }: ApiContext) {
  const { screenshot, ...data } = entry.data;
  return {
    ...recordBase('reuses', entry, site),
    ...data,
    // The image pipeline's metadata (`src`) is the site's business: the API gives the uploaded file.
    ...(screenshot && { screenshot: { file: absoluteLink(screenshot.file, site), alt: screenshot.alt } }),
    description: entry.body ?? '',
  };
}

function dataRequest(entry: DataRequestEntry, { site }: ApiContext) {
  const { moderation: _moderation, withheldReason: _withheldReason, submissionId: _submissionId, ...data } = entry.data;
  return { ...recordBase('data-requests', entry, site), ...data, open: isOpen(data), days: waitOf(data).days, answer: entry.body ?? '' };
}

function challenge(entry: ChallengeEntry, { site }: ApiContext) {
  return { ...recordBase('challenges', entry, site), ...entry.data, rules: absoluteLink(entry.data.rules, site), description: entry.body ?? '' };
}

const json = 'application/json';
const geojson = 'application/geo+json';
const csv = 'text/csv; charset=utf-8';

/** Every file of the API, in the order the developers' page lists them. */
export const apiFiles: ApiFile[] = [
  ...collectionFiles({
    key: 'commitments',
    title: 'Commitments',
    description: 'Every commitment of every action plan, in the fields of OGP\'s template, with its milestones, their evidence and progress notes, its sites, and its progress.',
    item: ApiCommitmentSchema,
    summary: CommitmentSummarySchema,
    entries: (records) => records.commitments,
    build: commitment,
  }),
  ...collectionFiles({
    key: 'meetings',
    title: 'Meetings',
    description: 'Every meeting of the Coordination Mechanism, newest first: date, place and coordinates, attendees by sector, decisions, action items, public input with the reasoned responses, and the minutes.',
    item: ApiMeetingSchema,
    summary: MeetingSummarySchema,
    entries: (records) => records.meetings,
    build: meeting,
  }),
  ...collectionFiles({
    key: 'datasets',
    title: 'Datasets',
    description: 'The open data catalogue: each dataset with its publisher, licence, coverage and files, and for each file its address, media type, size, and rows, columns or features.',
    item: ApiDatasetSchema,
    summary: DatasetSummarySchema,
    entries: (records) => records.datasets,
    build: dataset,
  }),
  ...collectionFiles({
    key: 'organizations',
    title: 'Organizations',
    description: 'Ministries, agencies, civil-society organizations and the Coordination Mechanism itself, with their sector, contact details and, for the forum, its members.',
    item: ApiOrganizationSchema,
    summary: OrganizationSummarySchema,
    entries: (records) => records.organizations,
    build: organization,
  }),
  ...collectionFiles({
    key: 'consultations',
    title: 'Consultations',
    description: 'Public consultations on the action plan, open ones first: dates, questions, sessions, the ways to give input, the state on the build date, and the reasoned response in figures (by outcome, channel, district and sector).',
    item: ApiConsultationSchema,
    summary: ConsultationSummarySchema,
    entries: (records) => records.consultations,
    build: consultation,
  }),
  ...collectionFiles({
    key: 'public-input',
    list: 'publicInput',
    title: 'Public input',
    description: 'Every published input to a consultation, by consultation and number, with its district, sector and channel, the name only where the person agreed, and the reasoned response: outcome, reason, and the commitments it led to. Withheld input and input awaiting moderation are never included.',
    item: ApiPublicInputSchema,
    summary: PublicInputSummarySchema,
    entries: (records) => publishedInput(records.publicInput).sort((a, b) => a.data.consultation.localeCompare(b.data.consultation) || a.data.number - b.data.number),
    build: publicInput,
  }),
  {
    name: 'districts.geojson',
    title: 'Districts',
    description: 'The six districts\' boundaries and capitals, each with how many commitments (current action plan), meetings and datasets concern it, how many places of each kind lie in it, and the files that hold them.',
    mediaType: geojson,
    schema: DistrictsFileSchema,
    build: districts,
  },
  {
    name: 'locations.geojson',
    title: 'Places',
    description: 'Every located item as one point layer: meeting venues, commitment sites and the points of the datasets\' GeoJSON files, each with its kind, name and the pages that mention it.',
    mediaType: geojson,
    schema: LocationsFileSchema,
    build: locationsFile,
  },
  ...collectionFiles({
    key: 'reuses',
    title: 'Reuses',
    description: 'Apps, websites, visualisations, APIs, ideas, articles and studies built on the open data, newest first: who made them, the datasets they use (ids in datasets.json), the districts they serve, their link and screenshot.',
    item: ApiReuseSchema,
    summary: ReuseSummarySchema,
    entries: (records) => records.reuses,
    build: reuse,
  }),
  ...collectionFiles({
    key: 'data-requests',
    list: 'dataRequests',
    title: 'Data requests',
    description: 'Datasets people asked for and the answers: open requests first, the longest waiting at the top, each with its state, dates, the days it has waited, the organization answering it, and the dataset that answered it. Requesters are named only with their consent.',
    item: ApiDataRequestSchema,
    summary: DataRequestSummarySchema,
    entries: (records) => requestsInOrder(records.dataRequests),
    build: dataRequest,
  }),
  ...collectionFiles({
    key: 'challenges',
    title: 'Challenges',
    description: 'Apps challenges and hackathons: dates, rules, districts, prizes and their winners, the datasets offered, and the entries (ids in reuses.json).',
    item: ApiChallengeSchema,
    summary: ChallengeSummarySchema,
    entries: (records) => records.challenges,
    build: challenge,
  }),
  {
    name: 'commitments.csv',
    title: 'Commitments (spreadsheet)',
    description: 'One row per commitment, with OGP\'s labels as column headings, for Excel, LibreOffice or Google Sheets.',
    mediaType: csv,
    build: commitmentsCsv,
  },
  {
    name: 'milestones.csv',
    title: 'Milestones (spreadsheet)',
    description: 'One row per milestone, each with its commitment\'s columns, so a spreadsheet can filter and count milestones by lead agency, district or plan.',
    mediaType: csv,
    build: milestonesCsv,
  },
  {
    name: 'progress-{plan}.json',
    title: 'Progress of an action plan',
    description: 'One file per action plan: the figures of its dashboard. Commitments by completion level and milestones by stage, for the whole plan and by theme, OGP value, lead organization and district; the milestones overdue, due soon and completed lately; end dates that moved and completions reopened (from the history of changes); where the IRM or civil society assessed a different level; and the plan month by month.',
    mediaType: json,
    schema: ProgressFileSchema,
    build: (context, { plan }) => ({ ...listFile('progress-{plan}.json', context.site), ...progressFile(plan!, context) }),
  },
  {
    name: 'progress-{plan}.csv',
    title: 'Progress of an action plan (spreadsheet)',
    description: 'One file per action plan: the whole plan, then each breakdown (theme, OGP value, lead organization, district), one row per group, with commitments by completion level and milestones by stage.',
    mediaType: csv,
    build: (context, { plan }) => progressCsv(plan!, context),
  },
  ...progressBreakdowns.map((kind): ApiFile => ({
    name: `progress-{plan}-${kind}.csv`,
    title: `Progress of an action plan: ${breakdownKinds[kind]} (spreadsheet)`,
    description: 'One file per action plan: one breakdown of its dashboard, one row per group.',
    mediaType: csv,
    build: (context, { plan }) => progressCsv(plan!, context, kind),
  })),
];

/**
 * The location files sized for phones: for the places and for every dataset with GeoJSON files,
 * one file per district (and for a dataset, its national file beside them).
 */
export function districtApiFiles(records: Records): ApiFile[] {
  return locatedSources(records).flatMap((source) => {
    const isPlaces = source.name === 'locations';
    const national: ApiFile[] = isPlaces
      ? []
      : [{
          name: `${source.name}.geojson`,
          title: source.title,
          description: `Every feature of the dataset's GeoJSON files for the whole country, with the addresses of its district files.`,
          mediaType: geojson,
          schema: DatasetFeaturesFileSchema,
          shared: { schemaFile: 'dataset-features.schema.json', title: `A dataset's features for the whole country: ${apiBase}${datasetSourceName('<dataset>')}.geojson`, description: 'Every feature of a dataset\'s GeoJSON files, as its publisher wrote them, with the addresses of its district files.' },
          build: ({ site }) => nationalFile(source, site),
        }];
    return [
      ...national,
      ...districtFeatures.map(({ properties: district }): ApiFile => ({
        name: districtFileName(source.name, district.id),
        title: `${source.title}: ${district.name}`,
        // Most districts need one file; one with more than `districtFeaturesPerFile` features, several.
        names: () => districtFileNames(source, district.id),
        description: `The features of ${isPlaces ? 'locations.geojson' : `${source.name}.geojson`} in ${district.name} District.`,
        mediaType: geojson,
        schema: isPlaces ? DistrictLocationsFileSchema : DistrictDatasetFeaturesFileSchema,
        shared: isPlaces
          ? { schemaFile: 'district-locations.schema.json', title: `Places in one district: ${apiBase}locations/<district>.geojson`, description: 'The features of locations.geojson whose position lies in one district.' }
          : { schemaFile: 'district-dataset-features.schema.json', title: `A dataset's features in one district: ${apiBase}${datasetSourceName('<dataset>')}/<district>.geojson`, description: 'The features of a dataset\'s national file whose (first) position lies in one district.' },
        split: { source: source.name, district: district.id },
        build: ({ site }, { name }) => districtFile(source, district.id, site, districtFileNames(source, district.id).indexOf(name) + 1),
      })),
    ];
  });
}

/** Every entry of the API's list: the main files (a family once), then the location files per district. */
export function apiFileList(records: Records): ApiFile[] {
  return [...apiFiles, ...districtApiFiles(records)];
}

/** What is told of an API file once it is written (the developers' page lists every file's size): its length in characters and in bytes, and a GeoJSON file's features. */
export interface ApiFileFacts {
  length: number;
  bytes: number;
  features?: number;
}

// The facts of every file, not its text: kept for the build, the texts of 13,000 files were
// 120 MB at 10,000 records, and the memory a build needs grows with what it keeps.
const facts = new Map<string, Promise<ApiFileFacts>>();

/** The name of one API file: for a family, `part.name`, or the name of a plan's file. */
const nameOf = (file: ApiFile, part: Partial<ApiFilePart>) => part.name ?? (part.plan ? file.name.replace(planSlot, part.plan.id) : file.name);

/** The text of one API file (for a family, of the file called `part.name`, or of a plan's file). */
export function apiFileText(file: ApiFile, context: ApiContext, part: Partial<ApiFilePart> = {}): Promise<string> {
  const name = nameOf(file, part);
  const text = Promise.resolve(file.build(context, { name, plan: part.plan })).then((body) => (typeof body === 'string' ? body : JSON.stringify(body)));
  const key = `${context.site}|${name}`;
  if (!facts.has(key)) {
    facts.set(key, text.then((text) => ({ length: text.length, bytes: Buffer.byteLength(text), ...(name.endsWith('.geojson') && { features: (JSON.parse(text) as { features: unknown[] }).features.length }) })));
  }
  return text;
}

/** The facts of one API file, from when it was written (or built now, the first time). */
export function apiFileFacts(file: ApiFile, context: ApiContext, part: Partial<ApiFilePart> = {}): Promise<ApiFileFacts> {
  const key = `${context.site}|${nameOf(file, part)}`;
  if (!facts.has(key)) void apiFileText(file, context, part);
  return facts.get(key)!;
}

/** The JSON Schema published for an API file. */
export function apiSchema(file: ApiFile, site: URL | string) {
  // A schema shared by several files says what they have in common.
  return toJsonSchema(file.schema!, {
    id: absoluteUrl(`${apiBase}schemas/${schemaFileOf(file)}`, site),
    // A family's name is a pattern: say it in words, not as a (percent-encoded) address.
    title: file.shared?.title ?? `${file.title}: ${absoluteUrl(apiBase, site)}${file.name.replace(planSlot, '<plan id>').replace('{id}', '<id>').replace('{page}', '<page>')}`,
    description: file.shared?.description ?? file.description,
  });
}

/** What `collectionFiles` needs to know of a collection. */
interface CollectionApi<E extends { id: string }, T extends z.ZodObject> {
  /** The collection's name: its files' names and, unless `list` says otherwise, its list's key (`meetings.json`, `{ meetings: [...] }`). */
  key: string;
  /** The list's key in the JSON files when the name would not be an identifier: `publicInput` for `public-input.json`. */
  list?: string;
  title: string;
  /** What the list file holds. */
  description: string;
  /** One record's shape, and the few fields its index entry keeps. */
  item: T;
  summary: z.ZodObject;
  /** The records, in the order the files list them. */
  entries(records: Records): E[];
  /** One record as the API gives it. */
  build(entry: E, context: ApiContext): object | Promise<object>;
}

type BuiltRecord = { id: string } & Record<string, unknown>;
const collectionCache = new Map<string, Promise<{ list: BuiltRecord[]; byId: Map<string, BuiltRecord> }>>();

/**
 * A collection in three ways, for three kinds of reader: the whole list in one file
 * (`meetings.json`, for harvesters), each record in a file of its own (`meetings/<id>.json`, for
 * an app showing one record), and an index in pages of `apiPageSize` (`meetings/pages/1.json`,
 * for an app listing them or a harvester walking them in small steps). A new collection gets
 * all three, and their JSON Schemas, from one entry in `apiFiles`.
 */
export function collectionFiles<E extends { id: string }, T extends z.ZodObject>(spec: CollectionApi<E, T>): ApiFile[] {
  const { key, title } = spec;
  const list = spec.list ?? key;
  const whole = `${key}.json`;
  const one = `${key}/{id}.json`;
  const paged = `${key}/pages/{page}.json`;
  // Each record is built once, for the three ways.
  const built = (context: ApiContext) => {
    const cacheKey = `${context.site}|${key}`;
    if (!collectionCache.has(cacheKey)) {
      const list = Promise.all(spec.entries(context.records).map(async (entry) => (await spec.build(entry, context)) as BuiltRecord));
      collectionCache.set(cacheKey, list.then((records) => ({ list: records, byId: new Map(records.map((record) => [record.id, record])) })));
    }
    return collectionCache.get(cacheKey)!;
  };
  const all = async (context: ApiContext) => (await built(context)).list;
  const pageCount = (records: Records) => Math.max(1, Math.ceil(spec.entries(records).length / apiPageSize));
  const pageName = (n: number) => paged.replace('{page}', String(n));
  const fields = Object.keys(spec.summary.shape);
  return [
    {
      name: whole,
      title,
      description: `${spec.description} The whole list in one file, which grows with the site; the same records come one file each (${one.replace('{id}', '<id>')}) and in an index of ${apiPageSize} a page (${pageName(1)}).`,
      mediaType: json,
      schema: listFileSchema(list, spec.item, spec.description),
      build: async (context) => ({ ...listFile(whole, context.site), [list]: await all(context) }),
    },
    {
      name: one,
      title: `${title}: one file each`,
      description: `Each record of ${whole} in a file of its own, named by its id: the same fields, for an app that shows one.`,
      mediaType: json,
      schema: recordFileSchema(spec.item),
      names: (records) => spec.entries(records).map((entry) => one.replace('{id}', entry.id)),
      build: async (context, { name }) => {
        const id = name.slice(`${key}/`.length, -'.json'.length);
        return { ...listFile(one, context.site), ...(await built(context)).byId.get(id)! };
      },
    },
    {
      name: paged,
      title: `${title}: index, page by page`,
      description: `The records of ${whole} in the same order, ${apiPageSize} a page, each with a few fields and the address of its own file; each page links to the next.`,
      mediaType: json,
      schema: indexPageSchema(list, spec.summary, `${title}, this page's`),
      names: (records) => Array.from({ length: pageCount(records) }, (_, i) => pageName(i + 1)),
      build: async (context, { name }) => {
        const page = Number(name.slice(`${key}/pages/`.length, -'.json'.length));
        const records = await all(context);
        const pages = pageCount(context.records);
        const link = (n: number) => absoluteUrl(`${apiBase}${pageName(n)}`, context.site);
        const entries = records.slice((page - 1) * apiPageSize, page * apiPageSize).map((record) => ({
          ...Object.fromEntries(fields.filter((field) => record[field] !== undefined).map((field) => [field, record[field]])),
          api: absoluteUrl(`${apiBase}${one.replace('{id}', record.id)}`, context.site),
        }));
        return {
          ...listFile(paged, context.site),
          page,
          pages,
          perPage: apiPageSize,
          total: records.length,
          first: link(1),
          last: link(pages),
          ...(page > 1 && { prev: link(page - 1) }),
          ...(page < pages && { next: link(page + 1) }),
          [list]: entries,
        };
      },
    },
  ];
}
