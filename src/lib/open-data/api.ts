/**
 * The static API for app builders, `/api/v1/`: every file it serves, what it holds, its schema,
 * and how it is built from the records. The endpoints, the published JSON Schemas and the
 * developers' page all read this one list, so none of them can forget a file.
 */
import type { z } from 'astro/zod';
import type { CommitmentEntry, ConsultationEntry, DatasetEntry, InputEntry, MeetingEntry, OrganizationEntry, PlanEntry, Records } from '../content/records.ts';
import type { CollectionName } from '../../schemas/collection-names.ts';
import {
  CommitmentsFileSchema,
  ConsultationsFileSchema,
  DatasetsFileSchema,
  DistrictsFileSchema,
  LocationsFileSchema,
  MeetingsFileSchema,
  OrganizationsFileSchema,
  ProgressFileSchema,
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
import { locations } from '../geo/locations.ts';
import { today } from '../dates.ts';
import { inputUrl, recordUrl } from '../urls.ts';
import { consultationState } from '../co-creation/states.ts';
import { publishedInput, responseCounts } from '../co-creation/counts.ts';
import { toJsonSchema } from './json-schema.ts';

/** The version in every address: a change that breaks readers gets a new one (/api/v2/). */
export const apiBase = '/api/v1/';

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

/** Every file the API publishes: each single file, and each family's file for every plan. */
export function apiFileInstances(records: Records): ApiFileInstance[] {
  return apiFiles.flatMap((file) => (file.name.includes(planSlot) ? records.plans.map((plan) => ({ name: file.name.replace(planSlot, plan.id), file, plan })) : [{ name: file.name, file }]));
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

/** The envelope of a JSON list file. */
function listFile(name: string, site: URL | string): { $schema: string; generated: string } {
  return { $schema: absoluteUrl(`${apiBase}schemas/${schemaName(name)}`, site), generated: today };
}

/** `commitments.json` → `commitments.schema.json`; a family shares one: `progress-{plan}.json` → `progress.schema.json`. */
export function schemaName(file: string): string {
  return file.replace(`-${planSlot}`, '').replace(/\.(json|geojson)$/, '.schema.json');
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
  return {
    type: 'FeatureCollection',
    features: locations(records).map((place) => {
      const links = place.links.map((link) => ({ title: link.title, url: absoluteUrl(link.url, site) }));
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: place.coordinates },
        properties: { type: place.kind, title: place.name, url: links[0].url, links },
      };
    }),
  };
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
  return toJsonSchema(file.schema!, {
    id: absoluteUrl(`${apiBase}schemas/${schemaName(file.name)}`, site),
    // A family's name is a pattern: say it in words, not as a (percent-encoded) address.
    title: `${file.title}: ${absoluteUrl(apiBase, site)}${file.name.replace(planSlot, '<plan id>')}`,
    description: file.description,
  });
}
