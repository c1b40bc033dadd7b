/**
 * A dataset as catalogues describe it, worked out once and read by every output that speaks for
 * the catalogue: the DCAT-US `data.json`, schema.org JSON-LD on the pages, and the API's
 * `datasets.json`. One mapping, so the three never disagree.
 */
import { markdownToText } from '../markdown/processor.ts';
import { lastChange } from '../history/git-dates.ts';
import { fileSize, localFile } from '../content/files.ts';
import { districtFeature } from '../geo/districts.ts';
import { districtBounds } from '../geo/district-map.ts';
import { boundsOf, ringsOf, type Bbox } from '../geo/svg-map.ts';
import { recordUrl } from '../urls.ts';
import { listInWords, plural } from '../words.ts';
import { tableSchema } from '../data-files/previews.ts';
import type { DatasetEntry, Records } from '../content/records.ts';
import { licences, resourceFormats, themes, updateFrequencies } from '../../schemas/vocabularies.ts';
import { localize } from '../content/translations.ts';
import { defaultLanguage, languageCodes, type Language } from '../i18n/languages.ts';

/** One file or service of a dataset (DCAT distribution, schema.org DataDownload). */
export interface Distribution {
  title: string;
  description?: string;
  /** The format's label, for example "CSV". */
  format: string;
  /** The IANA media type. */
  mediaType: string;
  /** Absolute address of a file to download (a file kept on this site, or a link to a file). */
  downloadURL?: string;
  /** Absolute address of a service or viewer (format API). */
  accessURL?: string;
  /** Size in bytes, for files kept on this site. */
  bytes?: number;
  /** Absolute address of the data dictionary (Table Schema JSON). */
  describedBy?: string;
}

/** Everything the catalogue outputs say about one dataset. */
export interface CatalogEntry {
  id: string;
  /** The dataset's page, absolute: also its identifier. */
  url: string;
  title: string;
  /** The summary followed by the page's text, in plain words. */
  description: string;
  keywords: string[];
  /** Theme labels. */
  themes: string[];
  publisher: { id: string; name: string; url: string; parent?: string };
  contact: { name: string; email: string };
  licence: { url: string; label: string };
  accessLevel: 'public' | 'restricted public' | 'non-public';
  /** ISO 8601 repeating duration, or "irregular". */
  accrualPeriodicity: string;
  issued: string;
  /** The date in the record, or else the newest Git change to the record or its files. */
  modified: string;
  /** Period covered; an open period ends on the date last modified. */
  temporal?: { start: string; end?: string };
  /** Where the data applies: a name and a box. */
  spatial: { name: string; bbox: Bbox };
  distributions: Distribution[];
  /** The title and description in the other languages the dataset's record is translated into (only those), each field falling back to English. */
  translations: Partial<Record<Language, { title: string; description: string }>>;
  /** The columns its data dictionaries describe (schema.org `variableMeasured`), each name once. */
  variables: { name: string; description?: string; unit?: string }[];
}

/** An address on this site, made absolute. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** `["Toledo", "Cayo"]` → "Toledo and Cayo districts, Belize". */
function placeName(names: string[]): string {
  if (names.length === 0) return 'Belize';
  return `${listInWords(names)} ${plural(names.length, 'district', 'districts')}, Belize`;
}

/** The box around some districts, or around the country when there are none. */
function districtsBbox(ids: string[]): Bbox {
  if (ids.length === 0) return districtBounds;
  return boundsOf(ids.flatMap((id) => ringsOf(districtFeature(id)!.geometry).flat()));
}

/** The newest of a dataset's own date, and the Git dates of its record and of its files. */
function lastModified(entry: DatasetEntry): string {
  if (entry.data.modified) return entry.data.modified;
  const files = [entry.filePath, ...entry.data.resources.flatMap((r) => [r.file, r.schema]).filter(Boolean).map((url) => localFile(url!))];
  const dates = files.map((file) => (file ? lastChange(file)?.date : undefined)).filter((date): date is string => !!date);
  return dates.sort().at(-1) ?? entry.data.issued;
}

const cache = new Map<string, Promise<CatalogEntry>>();

/** The catalogue's view of a dataset, computed once per build. */
export function catalogEntry(entry: DatasetEntry, records: Pick<Records, 'organization' | 'district'>, site: URL | string): Promise<CatalogEntry> {
  const key = `${site}|${entry.id}`;
  if (!cache.has(key)) cache.set(key, build(entry, records, site));
  return cache.get(key)!;
}

async function build(entry: DatasetEntry, records: Pick<Records, 'organization' | 'district'>, site: URL | string): Promise<CatalogEntry> {
  const { data } = entry;
  const publisher = records.organization(data.publisher);
  const body = await markdownToText(entry.body);
  const translations: CatalogEntry['translations'] = {};
  for (const lang of languageCodes.filter((code) => code !== defaultLanguage)) {
    const localized = localize(entry, lang);
    if (!localized.translated) continue;
    const text = await markdownToText(localized.body);
    translations[lang] = { title: localized.data.title, description: text ? `${localized.data.summary}\n\n${text}` : localized.data.summary };
  }
  return {
    translations,
    id: entry.id,
    url: absoluteUrl(recordUrl('datasets', entry.id), site),
    title: data.title,
    description: body ? `${data.summary}\n\n${body}` : data.summary,
    keywords: data.keywords,
    themes: data.themes.map((theme) => themes[theme]),
    publisher: {
      id: publisher.id,
      name: publisher.data.name,
      url: absoluteUrl(recordUrl('organizations', publisher.id), site),
      parent: publisher.data.parent && records.organization(publisher.data.parent).data.name,
    },
    contact: data.contact,
    licence: licences[data.licence],
    accessLevel: data.accessLevel,
    accrualPeriodicity: updateFrequencies[data.frequency].iso,
    issued: data.issued,
    modified: lastModified(entry),
    temporal: data.temporal,
    spatial: { name: placeName(data.districts.map((id) => records.district(id).data.name)), bbox: data.bbox ?? districtsBbox(data.districts) },
    distributions: data.resources.map((resource) => {
      const address = resource.file ?? resource.url!;
      const absolute = absoluteUrl(address, site);
      return {
        title: resource.title,
        description: resource.description,
        format: resourceFormats[resource.format].label,
        mediaType: resourceFormats[resource.format].mediaType,
        ...(resource.format === 'API' ? { accessURL: absolute } : { downloadURL: absolute }),
        bytes: resource.file ? fileSize(resource.file) : undefined,
        describedBy: resource.schema ? absoluteUrl(resource.schema, site) : undefined,
      };
    }),
    variables: [...new Map(data.resources.flatMap((r) => (r.schema ? tableSchema(r.schema).fields : [])).map((f) => [f.name, { name: f.name, description: f.description, unit: f.unit }])).values()],
  };
}
