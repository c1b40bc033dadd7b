/**
 * Every page learns its language from its URL here: `Astro.locals.t` holds that language's words,
 * and a page in another language than the default has its internal links pointed to that
 * language's pages (src/lib/i18n/links.ts). Every page also gets its own Content-Security-Policy,
 * allowing the stylesheet inlined into it (src/lib/security/). Runs at build time, once per page.
 */
import { defineMiddleware } from 'astro:middleware';
import { languageOfPath } from './lib/i18n/routes.ts';
import { wordsIn } from './lib/i18n/words.ts';
import { localizeLinks } from './lib/i18n/links.ts';
import { defaultLanguage } from './lib/i18n/languages.ts';
import { withPageStylePolicy } from './lib/security/content-security-policy.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const lang = languageOfPath(context.url.pathname);
  context.locals.t = wordsIn(lang);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withPageStylePolicy(await response.text());
  return new Response(lang === defaultLanguage ? html : localizeLinks(html, lang), response);
});
