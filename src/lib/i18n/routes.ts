/**
 * Where each language's pages live: the default language at today's URLs, the others under
 * `/<code>/` with the same path after it. Page routes sit in `src/pages/[...lang]/`, whose
 * `getStaticPaths` hand their paths to `inEveryLanguage`.
 */
import { defaultLanguage, isLanguage, languageCodes, type Language } from './languages.ts';

/** A route's `lang` parameter: none for the default language, the code for the others. */
export function langParam(lang: Language): string | undefined {
  return lang === defaultLanguage ? undefined : lang;
}

type Path = { params: Record<string, string | undefined>; props?: unknown };

/** A path with its language: `{ params: { id } }` → `{ params: { lang: 'es', id } }`. */
function withLanguage<P extends Path>(lang: Language, path: P): P & { params: P['params'] & { lang: string | undefined } } {
  return { ...path, params: { ...path.params, lang: langParam(lang) } };
}

/**
 * A route's `getStaticPaths` in every language, from its paths in one language:
 * `export const getStaticPaths = inEveryLanguage(async (lang) => …loadRecords(lang)…)`, so each
 * language's pages get that language's records as props. (Astro moves `getStaticPaths` out of
 * the page, so the paths are written inside it, not in a function beside it.)
 */
export function inEveryLanguage<P extends Path, A extends unknown[]>(paths: (lang: Language, ...options: A) => P[] | Promise<P[]>) {
  return async (...options: A) => (await Promise.all(languageCodes.map(async (lang) => (await paths(lang, ...options)).map((path) => withLanguage(lang, path))))).flat();
}

/** The `getStaticPaths` of a page that has one address per language (the home page, the map, search). */
export async function everyLanguage(): Promise<{ params: { lang: string | undefined } }[]> {
  return languageCodes.map((lang) => withLanguage(lang, { params: {} }));
}

/** The language of a page from its path: `/es/meetings/` → `es`, `/meetings/` → `en`. */
export function languageOfPath(path: string): Language {
  const first = path.split('/')[1];
  return isLanguage(first) && first !== defaultLanguage ? first : defaultLanguage;
}

/** A path without its language prefix: `/es/meetings/` → `/meetings/`. */
export function neutralPath(path: string): string {
  const lang = languageOfPath(path);
  return lang === defaultLanguage ? path : path.slice(lang.length + 1) || '/';
}

/** A language-neutral path in a language: `/meetings/`, `es` → `/es/meetings/`. */
export function pathIn(lang: Language, path: string): string {
  return lang === defaultLanguage ? path : `/${lang}${path}`;
}

/** The same page in every language, for `hreflang` alternates and the language switch. */
export function alternates(path: string): { lang: Language; path: string }[] {
  const neutral = neutralPath(path);
  return languageCodes.map((lang) => ({ lang, path: pathIn(lang, neutral) }));
}
