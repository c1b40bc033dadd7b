/**
 * Where a record's file lives: the one place that knows the folders' layout. Translated
 * collections follow Decap's i18n `multiple_folders` (`commitments/en/<id>.md`, Spanish
 * translations in `commitments/es/<id>.md`); the others keep their files at the top of their
 * folder (`organizations/<id>.yaml`). Ids never carry the language. Reads no files and no
 * environment, so the editor uses it too: callers on the server pass `contentDir` as `root`.
 */
import { collectionNames, collections, extensions, isTranslatable, type CollectionName } from '../../schemas/index.ts';
import { defaultLanguage, languageCodes, type Language } from '../i18n/languages.ts';

/** The folder holding a collection's records in `lang` (English by default), like `content/commitments/en`. */
export function recordFolder(collection: CollectionName, lang: Language = defaultLanguage, root = 'content'): string {
  if (isTranslatable(collection)) return `${root}/${collection}/${lang}`;
  if (lang !== defaultLanguage) throw new Error(`${collection} are not translated: there is no ${lang} folder`);
  return `${root}/${collection}`;
}

/** The path of a record's file (or of its translation, for another `lang`), like `content/commitments/en/open-contracting.md`. */
export function recordFile(collection: CollectionName, id: string, lang: Language = defaultLanguage, root = 'content', extension: string = extensions[collections[collection].format][0]): string {
  return `${recordFolder(collection, lang, root)}/${id}.${extension}`;
}

/** What a file is, from its path relative to the content folder: a record (`lang` is English) or a translation. */
export interface RecordFileName {
  collection: CollectionName;
  /** The file name without its extension: the record's id (not checked here to be a valid one). */
  id: string;
  extension: string;
  lang: Language;
}

/**
 * `commitments/en/open-contracting.md` → the record's collection, id and language; also the
 * layout before translations (`commitments/open-contracting.md`, kept in old commits), so a
 * record's history runs on across the move. With `root`, `path` starts with it (`content/…`).
 * Undefined for any other path.
 */
export function recordOfFile(path: string, root?: string): RecordFileName | undefined {
  if (root !== undefined && !path.startsWith(`${root}/`)) return undefined;
  const parts = (root === undefined ? path : path.slice(root.length + 1)).split('/');
  const collection = collectionNames.find((name) => name === parts[0]);
  if (!collection) return undefined;
  let lang: Language = defaultLanguage;
  if (parts.length === 3 && isTranslatable(collection) && (languageCodes as readonly string[]).includes(parts[1])) lang = parts[1] as Language;
  else if (parts.length !== 2) return undefined;
  const name = parts.at(-1)!;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return { collection, id: name.slice(0, dot), extension: name.slice(dot + 1), lang };
}
