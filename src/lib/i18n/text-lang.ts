/**
 * The language a record's text is in, for marking an English fallback on a page in another
 * language: `<h1 lang={langOf(record, t)}>` gives `lang="en"` where the record has no translation
 * yet (or not of that field), and nothing where its text is in the page's language.
 */
import { defaultLanguage, type Language } from './languages.ts';
import type { Words } from './words.ts';

/** What a localized record says of its languages (src/lib/content/translations.ts sets them). */
export interface TextLanguages {
  /** The language most of its text is in: the page's where translated, else the default. */
  textLang?: Language;
  /** Fields whose text is in another language than `textLang` (a partial translation). */
  fieldLangs?: Partial<Record<string, Language>>;
  /** The translation's last change is older than the English text's. */
  outdated?: boolean;
}

/** The `lang` attribute an element showing a record's text (or one field of it) needs on a page in `t.lang`. */
export function langOf(record: object, t: Words, field?: string): Language | undefined {
  const { textLang = defaultLanguage, fieldLangs } = record as TextLanguages;
  const lang = (field && fieldLangs?.[field]) || textLang;
  return lang === t.lang ? undefined : lang;
}

/** Whether a record's text on a page in `t.lang` is (partly) an untranslated fallback. */
export function isFallback(record: object, t: Words): boolean {
  const { textLang = defaultLanguage, fieldLangs = {} } = record as TextLanguages;
  return textLang !== t.lang || Object.values(fieldLangs).some((lang) => lang !== t.lang);
}
