/**
 * The static API for app builders, `/api/v1/`: every file it serves, what it holds, its schema,
 * and how it is built from the records. The endpoints, the published JSON Schemas and the
 * developers' page all read this one list, so none of them can forget a file.
 */
import type { z } from 'astro/zod';
import type { CommitmentEntry, DatasetEntry, MeetingEntry, OrganizationEntry, Records } from '../content/records.ts';
import type { CollectionName } from '../../schemas/collection-names.ts';
import {
  ApiCommitmentSchema,
  ApiDatasetSchema,
  ApiMeetingSchema,
  ApiOrganizationSchema,
  CommitmentSummarySchema,
  DatasetSummarySchema,
  DistrictsFileSchema,
  indexPageSchema,
  listFileSchema,
  LocationsFileSchema,
  MeetingSummarySchema,
  OrganizationSummarySchema,
  recordFileSchema,
} from '../../schemas/api.ts';
import { absoluteUrl, catalogEntry } from './catalog.ts';
import { csvSummary, geojsonSummary } from '../data-files/previews.ts';
import { commitmentsCsv, milestonesCsv } from './api-csv.ts';
import { districtCounts } from '../geo/district-counts.ts';
import { districtCredit, districtFeatures } from '../geo/districts.ts';
import { lastChange } from '../history/git-dates.ts';
import { locations, locationsByDistrict, type Location } from '../geo/locations.ts';
import { today } from '../dates.ts';
import { recordUrl } from '../urls.ts';
import { toJsonSchema } from './json-schema.ts';

/** The version in every address: a change that breaks readers gets a new one (/api/v2/). */
export const apiBase = '/api/v1/';

/** What the builders need. */
export interface ApiContext {
  records: Records;
  site: URL | string;
}

/**
 * One file of the API, or a family of files of one shape: one per record
 * (`meetings/{id}.json`) or one per page of an index (`meetings/pages/{page}.json`).
 */
export interface ApiFile {
  /** File name under /api/v1/; for a family, with `{id}` or `{page}` standing for each file's part. */
  name: string;
  title: string;
  /** What it holds, for the developers' page. */
  description: string;
  mediaType: string;
  /** The zod schema of its content, published as JSON Schema; none for CSV. */
  schema?: z.ZodType;
  /** Its JSON Schema's file name under schemas/, when `schemaName` of its name would not say what it holds. */
  schemaFile?: string;
  /** For a family: the name of each of its files. */
  names?(records: Records): string[];
  /** The content of the file `name` (for a single file, its own name). */
  build(context: ApiContext, name: string): Promise<string | object> | string | object;
}

/**
 * Records in each page of a collection's index: 100 entries of a few fields are 20 to 40 KB
 * (5 to 8 KB compressed), well within the 100 KB every file but the whole-collection ones keeps to.
 */
export const apiPageSize = 100;

/** A link as content writes it (`/files/…` or `https://…`), made absolute. */
const absoluteLink = (link: string, site: URL | string) => (link.startsWith('/') ? absoluteUrl(link, site) : link);

/** The fields every record starts with: id, page and last change. */
function recordBase(collection: CollectionName, entry: { id: string; filePath?: string }, site: URL | string) {
  const change = entry.filePath ? lastChange(entry.filePath) : undefined;
  return { id: entry.id, url: absoluteUrl(recordUrl(collection, entry.id), site), ...(change && { lastModified: change.date }) };
}

/** The envelope of a JSON file: its schema and the build date. */
function listFile(name: string, site: URL | string) {
  return { $schema: absoluteUrl(`${apiBase}schemas/${schemaName(name)}`, site), generated: today };
}

/** `commitments.json` → `commitments.schema.json`; a family's `meetings/{id}.json` → `meetings.record.schema.json`, `meetings/pages/{page}.json` → `meetings.page.schema.json`. */
export function schemaName(file: string): string {
  return file.replace('/{id}', '.record').replace('/pages/{page}', '.page').replace(/\.(json|geojson)$/, '.schema.json');
}

function commitment(entry: CommitmentEntry, { records, site }: ApiContext) {
  const { data } = entry;
  return {
    ...recordBase('commitments', entry, site),
    ...data,
    milestones: data.milestones.map((milestone) => ({ ...milestone, evidence: milestone.evidence.map((e) => ({ ...e, url: absoluteLink(e.url, site) })) })),
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

/**
 * Places in each district's files: 200 places are about 80 KB of GeoJSON (10 KB compressed), so
 * no file passes 100 KB however many places a district has (issue #15).
 */
export const placesPerFile = 200;

/** The names of a district's place files: `locations/cayo-1.geojson`, `locations/cayo-2.geojson`… */
function districtPlaceFiles(records: Records, district: string): string[] {
  const places = locationsByDistrict(records).get(district) ?? [];
  return Array.from({ length: Math.max(1, Math.ceil(places.length / placesPerFile)) }, (_, i) => `locations/${district}-${i + 1}.geojson`);
}

function districts({ records, site }: ApiContext) {
  const counts = new Map(districtCounts(records).map((row) => [row.id, row]));
  const places = locationsByDistrict(records);
  const kinds = (id: string) => {
    const here = places.get(id) ?? [];
    return { venue: here.filter((p) => p.kind === 'venue').length, site: here.filter((p) => p.kind === 'site').length, data: here.filter((p) => p.kind === 'data').length };
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
          locations: districtPlaceFiles(records, feature.properties.id).map((name) => absoluteUrl(`${apiBase}${name}`, site)),
        },
        geometry: feature.geometry,
      };
    }),
  };
}

/** Places as a GeoJSON point layer, each with its kind, name and the pages that mention it. */
function placesFile(places: Location[], site: URL | string) {
  return {
    type: 'FeatureCollection',
    features: places.map((place) => {
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
    build: ({ records, site }) => placesFile(locations(records), site),
  },
  {
    name: 'locations/{id}.geojson',
    title: 'Places, district by district',
    description: `The places of locations.geojson that lie in one district, ${placesPerFile} a file at most (cayo-1, cayo-2…): districts.geojson gives each district's files. The interactive map loads a district's when the reader zooms in on it.`,
    mediaType: geojson,
    schema: LocationsFileSchema,
    schemaFile: 'locations.district.schema.json',
    names: (records) => districtFeatures.flatMap((feature) => districtPlaceFiles(records, feature.properties.id)),
    build: ({ records, site }, name) => {
      const [, district, n] = /^locations\/(.+)-(\d+)\.geojson$/.exec(name)!;
      const places = locationsByDistrict(records).get(district) ?? [];
      return placesFile(places.slice((Number(n) - 1) * placesPerFile, Number(n) * placesPerFile), site);
    },
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
];

const built = new Map<string, Promise<string>>();

/** The text of one API file (of a family, the one called `name`), built once per build. */
export function apiFileText(file: ApiFile, context: ApiContext, name = file.name): Promise<string> {
  const key = `${context.site}|${name}`;
  if (!built.has(key)) {
    built.set(key, Promise.resolve(file.build(context, name)).then((body) => (typeof body === 'string' ? body : JSON.stringify(body))));
  }
  return built.get(key)!;
}

/** Every file name an entry of `apiFiles` stands for: its own, or each of its family's. */
export function apiFileNames(file: ApiFile, records: Records): string[] {
  return file.names ? file.names(records) : [file.name];
}

/** The file name of an API file's JSON Schema under schemas/. */
export function schemaOf(file: ApiFile): string {
  return file.schemaFile ?? schemaName(file.name);
}

/** The JSON Schema published for an API file. */
export function apiSchema(file: ApiFile, site: URL | string) {
  return toJsonSchema(file.schema!, {
    id: absoluteUrl(`${apiBase}schemas/${schemaOf(file)}`, site),
    title: `${file.title}: ${absoluteUrl(apiBase, site)}${file.name}`,
    description: file.description,
  });
}

/** What `collectionFiles` needs to know of a collection. */
interface CollectionApi<E extends { id: string }, T extends z.ZodObject> {
  /** The collection's name: the list file's name and its list's key (`meetings.json`, `{ meetings: [...] }`). */
  key: string;
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
      schema: listFileSchema(key, spec.item, spec.description),
      build: async (context) => ({ ...listFile(whole, context.site), [key]: await all(context) }),
    },
    {
      name: one,
      title: `${title}: one file each`,
      description: `Each record of ${whole} in a file of its own, named by its id: the same fields, for an app that shows one.`,
      mediaType: json,
      schema: recordFileSchema(spec.item),
      names: (records) => spec.entries(records).map((entry) => one.replace('{id}', entry.id)),
      build: async (context, name) => {
        const id = name.slice(`${key}/`.length, -'.json'.length);
        return { ...listFile(one, context.site), ...(await built(context)).byId.get(id)! };
      },
    },
    {
      name: paged,
      title: `${title}: index, page by page`,
      description: `The records of ${whole} in the same order, ${apiPageSize} a page, each with a few fields and the address of its own file; each page links to the next.`,
      mediaType: json,
      schema: indexPageSchema(key, spec.summary, `${title}, this page's`),
      names: (records) => Array.from({ length: pageCount(records) }, (_, i) => pageName(i + 1)),
      build: async (context, name) => {
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
          [key]: entries,
        };
      },
    },
  ];
}
