/**
 * The language a record's text is in, for marking an English fallback on a page in another
 * language: `<h1 lang={langOf(record, t)}>` gives `lang="en"` where the record has no translation
 * yet (or not of that field), and nothing where its text is in the page's language. Records come
 * localized from `loadRecords(lang)` (src/lib/content/translations.ts, `localize`).
 */
import { defaultLanguage, type Language } from './languages.ts';
import type { Words } from './words.ts';

/** What a localized record says of its languages. */
interface TextLanguages {
  /** The language its text is in: the page's where its title is translated, else the default. */
  textLang?: Language;
  /** The language of one field (`summary`, `milestones[2].output`, `body`). */
  langOf?: (field: string) => Language;
  /** The translation's last change is older than the English text's. */
  outdated?: boolean;
}

/** The language of a record's text, or of one field of it. */
function languageOf(record: object, field?: string): Language {
  const { textLang = defaultLanguage, langOf } = record as TextLanguages;
  return field && langOf ? langOf(field) : textLang;
}

/** The `lang` attribute an element showing a record's text (or one field of it) needs on a page in `t.lang`. */
export function langOf(record: object, t: Words, field?: string): Language | undefined {
  const lang = languageOf(record, field);
  return lang === t.lang ? undefined : lang;
}

/** Whether a record's title or main text on a page in `t.lang` is an untranslated fallback. */
export function isFallback(record: object, t: Words): boolean {
  return languageOf(record) !== t.lang || languageOf(record, 'body') !== t.lang;
}

/** Whether a record's translation may not say what its English text says now. */
export function isOutdated(record: object): boolean {
  return (record as TextLanguages).outdated === true;
}
