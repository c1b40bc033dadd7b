/**
 * Links stay in the reader's language. Components write language-neutral URLs (src/lib/urls.ts);
 * on a page in another language than the default, `localizeLinks` points every internal link to
 * that language's page. Files that are the same in every language (data, documents, scripts,
 * the editor) keep their one address, and so does a link that names its own language with
 * `hreflang` (the language switch).
 */
import { defaultLanguage, type Language } from './languages.ts';
import { pathIn } from './routes.ts';
import { apiBase, buildInfoUrl, builtFolders } from '../urls.ts';

/** Addresses shared by every language: everything else is a page (or feed) with one copy per language. */
export const sharedPaths = [...builtFolders, apiBase, buildInfoUrl, '/_astro/', '/cards/', '/data.json', '/robots.txt', '/sitemap', '/favicon'];

/** Whether an internal path has a copy in each language. */
export function isLocalized(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !sharedPaths.some((shared) => path.startsWith(shared));
}

// An `href` or `action` attribute whose value starts at the site's root; Astro always quotes
// attribute values, with double quotes. The whole tag is matched to see whether it has `hreflang`.
const linkAttribute = /<(a|link|form)\b([^>]*?)\s(href|action)="(\/[^"]*)"([^>]*)>/g;

/** A page's HTML with its internal links in `lang`. */
export function localizeLinks(html: string, lang: Language): string {
  if (lang === defaultLanguage) return html;
  return html.replace(linkAttribute, (tag, name: string, before: string, attribute: string, url: string, after: string) => {
    if (/\shreflang=/.test(before + after) || !isLocalized(url) || url.startsWith(`/${lang}/`)) return tag;
    return `<${name}${before} ${attribute}="${pathIn(lang, url)}"${after}>`;
  });
}
