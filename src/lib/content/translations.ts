/**
 * Reading translations: each record's prose in another language, from the translation files
 * beside the English ones (`content/<collection>/es/<id>.md`, checked by the content check), read
 * once per build. `localize()` gives a record with its prose in a language where it is
 * translated, field by field, saying which language each field is in and whether the
 * translation may be out of date (from Git); `untranslated()` lists what coordinators still
 * have to translate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { collections, translatableCollections, translatableShape, translationSchemaOf, type CollectionName } from '../../schemas/index.ts';
import { defaultLanguage, languageCodes, type Language } from '../i18n/languages.ts';
import { renderMarkdown } from '../markdown/processor.ts';
import { contentDir } from '../paths.ts';
import { readSiteHistory, siteHistory, type SiteHistory } from '../history/record-history.ts';
import { parseRecordText } from './record-text.ts';
import { recordFile, recordFolder } from './record-files.ts';

/** A record's prose in one language, as its translation file holds it. */
export interface Translation {
  collection: CollectionName;
  id: string;
  lang: Language;
  /** The file, from the project root, like `content/commitments/es/open-contracting.md`. */
  file: string;
  /** The translated fields (only prose; lists by position, items with only their translated fields). */
  data: Record<string, unknown>;
  /** The translated Markdown body, or '' when the body is not translated. */
  body: string;
}

/** Every translation under `root`, keyed `collection/id/lang`; files the content check refuses are left out. */
export function readTranslations(root: string = contentDir): Map<string, Translation> {
  const found = new Map<string, Translation>();
  for (const collection of translatableCollections) {
    for (const lang of languageCodes.filter((code) => code !== defaultLanguage)) {
      const folder = recordFolder(collection, lang, root);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).filter((name) => name.endsWith('.md') && !name.startsWith('_') && !name.startsWith('.'))) {
        const file = `${folder}/${name}`;
        try {
          const { data, body } = parseRecordText(readFileSync(file, 'utf8'), 'markdown');
          const result = translationSchemaOf(collection).safeParse(data ?? {});
          if (!result.success) continue;
          const id = name.slice(0, -'.md'.length);
          found.set(`${collection}/${id}/${lang}`, { collection, id, lang, file, data: result.data as Record<string, unknown>, body: body.trim() ? body : '' });
        } catch {
          // Broken YAML: the content check stops the build on it before anything reads this.
        }
      }
    }
  }
  return found;
}

let cached: Map<string, Translation> | undefined;

/** The site's translations, read once per build. */
export function siteTranslations(): Map<string, Translation> {
  cached ??= readTranslations();
  return cached;
}

/** A record's translation into `lang`, if it has one. */
export function translationOf(collection: CollectionName, id: string, lang: Language): Translation | undefined {
  return siteTranslations().get(`${collection}/${id}/${lang}`);
}

/** What `localize()` reads of a record: an Astro entry or the content check's record. */
export interface RecordLike {
  collection: CollectionName;
  id: string;
  data: object;
  body?: string;
}

/** A record in one language: its prose translated where a translation gives it, English elsewhere. */
export type Localized<E extends RecordLike> = E & {
  /** The language asked for. */
  lang: Language;
  /** The language its text is in: the one asked for when its title is translated, else English. */
  textLang: Language;
  /** The language of one field (`title`, `milestones[2].output`, `agenda[0]`, `body`): a partial translation falls back field by field. */
  langOf(field: string): Language;
  /** Whether a translation exists at all. */
  translated: boolean;
  /** Whether the translation's last commit is older than the English file's: it may not say what the English says now. */
  outdated: boolean;
  /** The Markdown body in `textLang` of the body (`langOf('body')`). */
  body: string;
};

/**
 * `entry` with its prose in `lang` where translated (for English, or a record with no
 * translation, the record as it is, with `textLang` English). `history` and `translations`
 * default to the site's own.
 */
export function localize<E extends RecordLike>(entry: E, lang: Language, { translations = siteTranslations(), history = siteHistory(), root = contentDir }: { translations?: Map<string, Translation>; history?: SiteHistory; root?: string } = {}): Localized<E> {
  const translation = lang === defaultLanguage ? undefined : translations.get(`${entry.collection}/${entry.id}/${lang}`);
  const translatedPaths = new Set<string>();
  const data = translation ? merge(entry.collection, entry.data as Record<string, unknown>, translation.data, translatedPaths) : entry.data;
  const body = translation?.body ? (translatedPaths.add('body'), translation.body) : (entry.body ?? '');
  const langOf = (field: string): Language => (translatedPaths.has(field) ? lang : defaultLanguage);
  const titleField = collections[entry.collection].titleField;
  return {
    ...entry,
    data,
    body,
    lang,
    textLang: langOf(titleField),
    langOf,
    translated: Boolean(translation),
    outdated: translation ? isOutdated(entry.collection, entry.id, lang, history, root) : false,
  };
}

/** The English data with the translated prose laid over it; each translated field's path goes into `paths`. */
function merge(collection: CollectionName, english: Record<string, unknown>, translated: Record<string, unknown>, paths: Set<string>): Record<string, unknown> {
  const out = { ...english };
  for (const [name, part] of translatableShape(collections[collection].translatable ?? [])) {
    const value = translated[name];
    if (value === undefined) continue;
    if (part === true) {
      out[name] = value;
      paths.add(name);
      continue;
    }
    const items = Array.isArray(english[name]) ? (english[name] as unknown[]) : [];
    const given = value as unknown[];
    // By position: a translated list longer than the English one has nothing to translate past its end.
    out[name] = items.map((item, index) => {
      const over = given[index];
      if (over === undefined || over === null) return item;
      if (!part.length) {
        paths.add(`${name}[${index}]`);
        return over;
      }
      const fields = Object.fromEntries(part.filter((field) => (over as Record<string, unknown>)[field] !== undefined).map((field) => [field, (over as Record<string, unknown>)[field]]));
      for (const field of Object.keys(fields)) paths.add(`${name}[${index}].${field}`);
      return { ...(item as object), ...fields };
    });
  }
  return out;
}

/** Whether the translation's last commit is older than the English file's (unknown dates: not outdated). */
function isOutdated(collection: CollectionName, id: string, lang: Language, history: SiteHistory, root: string): boolean {
  const relative = (file: string) => file.slice(root.length + 1);
  const english = history.files.get(relative(recordFile(collection, id, defaultLanguage, root)));
  const translation = history.files.get(relative(recordFile(collection, id, lang, root)));
  return Boolean(english && translation && translation.timestamp < english.timestamp);
}

/** A translated record's body as HTML, through the site's one Markdown pipeline. */
export function renderLocalizedBody(record: { body: string }): Promise<string> {
  return renderMarkdown(record.body);
}

/** A record a coordinator still has to translate into a language. */
export interface Untranslated {
  collection: CollectionName;
  id: string;
  /** Its English title. */
  title: string;
  /** `missing`: no translation; `outdated`: the English file changed after the translation's last commit. */
  state: 'missing' | 'outdated';
  /** The English file and the translation's, from the project root. */
  file: string;
  translation: string;
}

/**
 * Every record of the translated collections without a translation into `lang`, or with one
 * older than its English file, in the collections' order then by id: for the coordinators' list
 * of what is left to translate. Reads the English files under `root` (drafts `_…` left out).
 */
export function untranslated(lang: Language, { root = contentDir, history, translations }: { root?: string; history?: SiteHistory; translations?: Map<string, Translation> } = {}): Untranslated[] {
  const own = root === contentDir;
  const read = { history: history ?? (own ? siteHistory() : readSiteHistory(root)), translations: translations ?? (own ? siteTranslations() : readTranslations(root)), root };
  return translatableCollections.flatMap((collection) => {
    const folder = recordFolder(collection, defaultLanguage, root);
    const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md') && !name.startsWith('_') && !name.startsWith('.')).sort() : [];
    return names.flatMap((name): Untranslated[] => {
      const id = name.slice(0, -'.md'.length);
      const file = `${folder}/${name}`;
      let data: Record<string, unknown> = {};
      try {
        data = (parseRecordText(readFileSync(file, 'utf8'), 'markdown').data ?? {}) as Record<string, unknown>;
      } catch {
        // The content check reports it; the list still names the record by its id.
      }
      const title = String(data[collections[collection].titleField] ?? id);
      const localized = localize({ collection, id, data }, lang, read);
      if (localized.translated && !localized.outdated) return [];
      return [{ collection, id, title, state: localized.translated ? 'outdated' : 'missing', file, translation: recordFile(collection, id, lang, root) }];
    });
  });
}
