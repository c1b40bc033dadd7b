/**
 * The site's languages. English is the default, at today's URLs; every other language mirrors
 * every page under `/<code>/`. Adding a language (Kriol, Q'eqchi', Mopan, Garifuna) is one
 * dictionary under `dictionaries/` and one line here: pages, routes, links and feeds follow.
 */
import { en, type Dictionary } from './dictionaries/en/index.ts';
import { es } from './dictionaries/es/index.ts';

/** What the site needs to know of a language. */
export interface LanguageSpec {
  /** The language's name in itself, as the language switch shows it. */
  name: string;
  /** The `Intl` locale for dates, numbers, plurals and lists. */
  intl: string;
  /** Facebook's locale for `og:locale` (it knows no `en_BZ` or `es_BZ` and drops unknown ones). */
  ogLocale: string;
  dictionary: Dictionary;
}

export const languages = {
  // British English: "31 March 2027" and "Toledo, Stann Creek and Cayo", as Belize's government writes.
  en: { name: 'English', intl: 'en-GB', ogLocale: 'en_US', dictionary: en },
  // Spanish of Belize: "31 de marzo de 2027", with the same digits and separators as English.
  es: { name: 'Español', intl: 'es-BZ', ogLocale: 'es_LA', dictionary: es },
} satisfies Record<string, LanguageSpec>;

export type Language = keyof typeof languages;

/** The language of today's URLs, of the content's own files, and of the fallback. */
export const defaultLanguage: Language = 'en';

/** Every language, the default first. */
export const languageCodes = Object.keys(languages) as Language[];

/** Whether a string names one of the site's languages. */
export function isLanguage(code: string | undefined): code is Language {
  return code !== undefined && Object.hasOwn(languages, code);
}
