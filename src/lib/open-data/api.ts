/**
 * The static API for app builders, `/api/v1/`: every file it serves, what it holds, its schema,
 * and how it is built from the records. The endpoints, the published JSON Schemas and the
 * developers' page all read this one list, so none of them can forget a file.
 */
import type { z } from 'astro/zod';
import type { ChallengeEntry, CommitmentEntry, ConsultationEntry, DataRequestEntry, DatasetEntry, InputEntry, MeetingEntry, OrganizationEntry, PlanEntry, Records, ReuseEntry } from '../content/records.ts';
import type { CollectionName } from '../../schemas/collection-names.ts';
import {
  ChallengesFileSchema,
  CommitmentsFileSchema,
  DataRequestsFileSchema,
  DatasetFeaturesFileSchema,
  ConsultationsFileSchema,
  DatasetsFileSchema,
  DistrictDatasetFeaturesFileSchema,
  DistrictLocationsFileSchema,
  DistrictsFileSchema,
  LocationsFileSchema,
  MeetingsFileSchema,
  OrganizationsFileSchema,
  ProgressFileSchema,
  ReusesFileSchema,
  PublicInputFileSchema,
} from '../../schemas/api.ts';
import { progressBreakdowns, progressCsv, progressFile } from './api-progress.ts';
import { breakdownKinds } from '../progress/dashboard.ts';
import { absoluteUrl, catalogEntry } from './catalog.ts';
import { csvSummary, geojsonSummary } from '../data-files/previews.ts';
import { commitmentsCsv, milestonesCsv } from './api-csv.ts';
import { districtCounts } from '../geo/district-counts.ts';
import { districtCredit, districtFeatures } from '../geo/districts.ts';
import { lastChange } from '../history/git-dates.ts';
import { datasetSourceName, districtFile, districtFileName, locatedSources, nationalFile, placeFeatures } from './district-files.ts';
import { isOpen, requestsInOrder, waitOf } from '../innovation/data-requests.ts';
import { today } from '../dates.ts';
import { apiBase, inputUrl, recordUrl } from '../urls.ts';
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

/** One file of the API, or one family of files with one per action plan. */
export interface ApiFile {
  /** File name under /api/v1/; in a family, `{plan}` stands for each plan's id. */
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
  /** Builds the file; a family's files get their plan. */
  build(context: ApiContext, plan?: PlanEntry): Promise<string | object> | string | object;
}

/** The placeholder for a plan's id in the name of a family of files. */
const planSlot = '{plan}';

/** One file as published: its name, its entry in the list, and its plan for a family's file. */
export interface ApiFileInstance {
  name: string;
  file: ApiFile;
  plan?: PlanEntry;
}

/** Every file the API publishes: each single file, each family's file for every plan, and the location files per district. */
export function apiFileInstances(records: Records): ApiFileInstance[] {
  return apiFileList(records).flatMap((file) => (file.name.includes(planSlot) ? records.plans.map((plan) => ({ name: file.name.replace(planSlot, plan.id), file, plan })) : [{ name: file.name, file }]));
}

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

/** `commitments.json` → `commitments.schema.json`; a family shares one: `progress-{plan}.json` → `progress.schema.json`. */
export function schemaName(file: string): string {
  return file.replace(`-${planSlot}`, '').replace(/\.(json|geojson)$/, '.schema.json');
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
  return {
    type: 'FeatureCollection',
    attribution: districtCredit,
    features: districtFeatures.map((feature) => {
      const { commitments = 0, meetings = 0, datasets = 0 } = counts.get(feature.properties.id) ?? {};
      return {
        type: 'Feature',
        id: feature.properties.id,
        properties: { ...feature.properties, url: absoluteUrl(recordUrl('districts', feature.properties.id), site), commitments, meetings, datasets },
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
  {
    name: 'commitments.json',
    title: 'Commitments',
    description: 'Every commitment of every action plan, in the fields of OGP\'s template, with its milestones, their evidence and progress notes, its sites, and its progress.',
    mediaType: json,
    schema: CommitmentsFileSchema,
    build: (context) => ({ ...listFile('commitments.json', context.site), commitments: context.records.commitments.map((c) => commitment(c, context)) }),
  },
  {
    name: 'meetings.json',
    title: 'Meetings',
    description: 'Every meeting of the Coordination Mechanism, newest first: date, place and coordinates, attendees by sector, decisions, action items, public input with the reasoned responses, and the minutes.',
    mediaType: json,
    schema: MeetingsFileSchema,
    build: (context) => ({ ...listFile('meetings.json', context.site), meetings: context.records.meetings.map((m) => meeting(m, context)) }),
  },
  {
    name: 'datasets.json',
    title: 'Datasets',
    description: 'The open data catalogue: each dataset with its publisher, licence, coverage and files, and for each file its address, media type, size, and rows, columns or features.',
    mediaType: json,
    schema: DatasetsFileSchema,
    build: async (context) => ({ ...listFile('datasets.json', context.site), datasets: await Promise.all(context.records.datasets.map((d) => dataset(d, context))) }),
  },
  {
    name: 'organizations.json',
    title: 'Organizations',
    description: 'Ministries, agencies, civil-society organizations and the Coordination Mechanism itself, with their sector, contact details and, for the forum, its members.',
    mediaType: json,
    schema: OrganizationsFileSchema,
    build: (context) => ({ ...listFile('organizations.json', context.site), organizations: context.records.organizations.map((o) => organization(o, context)) }),
  },
  {
    name: 'consultations.json',
    title: 'Consultations',
    description: 'Public consultations on the action plan, open ones first: dates, questions, sessions, the ways to give input, the state on the build date, and the reasoned response in figures (by outcome, channel, district and sector).',
    mediaType: json,
    schema: ConsultationsFileSchema,
    build: (context) => ({ ...listFile('consultations.json', context.site), consultations: context.records.consultations.map((c) => consultation(c, context)) }),
  },
  {
    name: 'public-input.json',
    title: 'Public input',
    description: 'Every published input to a consultation, by consultation and number, with its district, sector and channel, the name only where the person agreed, and the reasoned response: outcome, reason, and the commitments it led to. Withheld input and input awaiting moderation are never included.',
    mediaType: json,
    schema: PublicInputFileSchema,
    build: (context) => ({ ...listFile('public-input.json', context.site), publicInput: publishedInput(context.records.publicInput).sort((a, b) => a.data.consultation.localeCompare(b.data.consultation) || a.data.number - b.data.number).map((i) => publicInput(i, context)) }),
  },
  {
    name: 'districts.geojson',
    title: 'Districts',
    description: 'The six districts\' boundaries and capitals, each with how many commitments (current action plan), meetings and datasets concern it.',
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
  {
    name: 'reuses.json',
    title: 'Reuses',
    description: 'Apps, websites, visualisations, APIs, ideas, articles and studies built on the open data, newest first: who made them, the datasets they use (ids in datasets.json), the districts they serve, their link and screenshot.',
    mediaType: json,
    schema: ReusesFileSchema,
    build: (context) => ({ ...listFile('reuses.json', context.site), reuses: context.records.reuses.map((r) => reuse(r, context)) }),
  },
  {
    name: 'data-requests.json',
    title: 'Data requests',
    description: 'Datasets people asked for and the answers: open requests first, the longest waiting at the top, each with its state, dates, the days it has waited, the organization answering it, and the dataset that answered it. Requesters are named only with their consent.',
    mediaType: json,
    schema: DataRequestsFileSchema,
    build: (context) => ({ ...listFile('data-requests.json', context.site), dataRequests: requestsInOrder(context.records.dataRequests).map((r) => dataRequest(r, context)) }),
  },
  {
    name: 'challenges.json',
    title: 'Challenges',
    description: 'Apps challenges and hackathons: dates, rules, districts, prizes and their winners, the datasets offered, and the entries (ids in reuses.json).',
    mediaType: json,
    schema: ChallengesFileSchema,
    build: (context) => ({ ...listFile('challenges.json', context.site), challenges: context.records.challenges.map((c) => challenge(c, context)) }),
  },
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
    build: (context, plan) => ({ ...listFile('progress-{plan}.json', context.site), ...progressFile(plan!, context) }),
  },
  {
    name: 'progress-{plan}.csv',
    title: 'Progress of an action plan (spreadsheet)',
    description: 'One file per action plan: the whole plan, then each breakdown (theme, OGP value, lead organization, district), one row per group, with commitments by completion level and milestones by stage.',
    mediaType: csv,
    build: (context, plan) => progressCsv(plan!, context),
  },
  ...progressBreakdowns.map((kind): ApiFile => ({
    name: `progress-{plan}-${kind}.csv`,
    title: `Progress of an action plan: ${breakdownKinds[kind]} (spreadsheet)`,
    description: 'One file per action plan: one breakdown of its dashboard, one row per group.',
    mediaType: csv,
    build: (context, plan) => progressCsv(plan!, context, kind),
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
          description: `Every feature of the dataset's GeoJSON files for the whole country, with the addresses of the six district files.`,
          mediaType: geojson,
          schema: DatasetFeaturesFileSchema,
          shared: { schemaFile: 'dataset-features.schema.json', title: `A dataset's features for the whole country: ${apiBase}${datasetSourceName('<dataset>')}.geojson`, description: 'Every feature of a dataset\'s GeoJSON files, as its publisher wrote them, with the addresses of the six district files.' },
          build: ({ site }) => nationalFile(source, site),
        }];
    return [
      ...national,
      ...districtFeatures.map(({ properties: district }): ApiFile => ({
        name: districtFileName(source.name, district.id),
        title: `${source.title}: ${district.name}`,
        description: `The features of ${isPlaces ? 'locations.geojson' : `${source.name}.geojson`} in ${district.name} District.`,
        mediaType: geojson,
        schema: isPlaces ? DistrictLocationsFileSchema : DistrictDatasetFeaturesFileSchema,
        shared: isPlaces
          ? { schemaFile: 'district-locations.schema.json', title: `Places in one district: ${apiBase}locations/<district>.geojson`, description: 'The features of locations.geojson whose position lies in one district.' }
          : { schemaFile: 'district-dataset-features.schema.json', title: `A dataset's features in one district: ${apiBase}${datasetSourceName('<dataset>')}/<district>.geojson`, description: 'The features of a dataset\'s national file whose (first) position lies in one district.' },
        split: { source: source.name, district: district.id },
        build: ({ site }) => districtFile(source, district.id, site),
      })),
    ];
  });
}

/** Every entry of the API's list: the main files (a family once), then the location files per district. */
export function apiFileList(records: Records): ApiFile[] {
  return [...apiFiles, ...districtApiFiles(records)];
}

const built = new Map<string, Promise<string>>();

/** The text of one API file (for a family, of one plan's file), built once per build. */
export function apiFileText(file: ApiFile, context: ApiContext, plan?: PlanEntry): Promise<string> {
  const key = `${context.site}|${file.name}|${plan?.id ?? ''}`;
  if (!built.has(key)) {
    built.set(key, Promise.resolve(file.build(context, plan)).then((body) => (typeof body === 'string' ? body : JSON.stringify(body))));
  }
  return built.get(key)!;
}

/** The JSON Schema published for an API file. */
export function apiSchema(file: ApiFile, site: URL | string) {
  // A schema shared by several files says what they have in common.
  return toJsonSchema(file.schema!, {
    id: absoluteUrl(`${apiBase}schemas/${schemaFileOf(file)}`, site),
    // A family's name is a pattern: say it in words, not as a (percent-encoded) address.
    title: file.shared?.title ?? `${file.title}: ${absoluteUrl(apiBase, site)}${file.name.replace(planSlot, '<plan id>')}`,
    description: file.shared?.description ?? file.description,
  });
}
