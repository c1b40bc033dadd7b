/**
 * Every page in every language (issue #18): English at today's URLs, Spanish under `/es/` with
 * the same path after it, each page saying its language, linking its twin with `hreflang`, and
 * offering a switch that works without JavaScript and keeps the reader on the same record.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages, page } from './support/dist.ts';
import yaml from 'js-yaml';
import { htmlText, startTags } from './support/html.ts';
import { recordFile } from '../src/lib/content/record-files.ts';
import { es } from '../src/lib/i18n/dictionaries/es/index.ts';
import { sitemapPaths } from './support/sitemap.ts';

// The editor at /admin/ is Decap's own page, in English only.
const pages = htmlPages().filter((path) => !path.startsWith('/admin/'));
const spanish = pages.filter((path) => path.startsWith('/es/'));
const english = pages.filter((path) => !path.startsWith('/es/'));

/** A page's address in English: `/es/meetings/` → `/meetings/`; the 404 pages pair up too. */
function inEnglish(path: string): string {
  if (path === '/es/404/') return '/404.html';
  return path.startsWith('/es/') ? path.slice(3) : path;
}

/** The attributes of each start tag of a name on a page. */
function tags(html: string, name: string): Map<string, string>[] {
  return startTags(html).filter((tag) => tag.name === name).map((tag) => new Map(tag.attributes));
}

describe('the site in English and Spanish', () => {
  it('has as many Spanish pages as English ones, each the twin of an English page', () => {
    console.log(`English pages: ${english.length}; Spanish pages: ${spanish.length}`);
    expect(spanish.length).toBe(english.length);
    expect(spanish.map(inEnglish).sort()).toEqual([...english].sort());
  });

  it('says the language of every page in <html lang>', () => {
    const wrong = pages.filter((path) => tags(page(path), 'html')[0]?.get('lang') !== (path.startsWith('/es/') ? 'es' : 'en'));
    expect(wrong).toEqual([]);
  });

  it('links every page to its twin with hreflang alternates, both ways, and an x-default in English', () => {
    const problems: string[] = [];
    for (const path of pages.filter((p) => !p.includes('404'))) {
      const alternates = tags(page(path), 'link').filter((link) => link.get('rel') === 'alternate' && link.has('hreflang'));
      const byLang = new Map(alternates.map((link) => [link.get('hreflang'), new URL(link.get('href')!).pathname]));
      const twin = inEnglish(path);
      if (byLang.get('en') !== twin) problems.push(`${path}: hreflang="en" is ${byLang.get('en')}, not ${twin}`);
      if (byLang.get('es') !== `/es${twin}`) problems.push(`${path}: hreflang="es" is ${byLang.get('es')}, not /es${twin}`);
      if (byLang.get('x-default') !== twin) problems.push(`${path}: x-default is ${byLang.get('x-default')}`);
    }
    expect(problems).toEqual([]);
  });

  it('offers a language switch without JavaScript that keeps the reader on the same page', () => {
    const problems: string[] = [];
    for (const path of pages) {
      const links = tags(page(path), 'a').filter((a) => a.has('hreflang'));
      const other = path.startsWith('/es/') ? inEnglish(path) : `/es${path}`;
      // "Page not found" is served at any missing address: its switch leads to the other home page.
      const expected = path.includes('404') ? (path.startsWith('/es/') ? '/' : '/es/') : other;
      if (!links.some((a) => a.get('href') === expected && a.get('lang') === a.get('hreflang'))) problems.push(`${path}: no switch to ${expected}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps a Spanish reader on Spanish pages: every internal page link of a Spanish page stays under /es/', () => {
    const shared = ['/api/', '/files/', '/admin/', '/_astro/', '/pagefind/', '/cards/', '/data.json', '/build.json', '/robots.txt', '/sitemap', '/favicon'];
    const leaks: string[] = [];
    for (const path of spanish) {
      for (const a of [...tags(page(path), 'a'), ...tags(page(path), 'form')]) {
        const url = a.get('href') ?? a.get('action');
        if (!url?.startsWith('/') || a.has('hreflang') || shared.some((prefix) => url.startsWith(prefix))) continue;
        if (!url.startsWith('/es/')) leaks.push(`${path} → ${url}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('lists the pages of both languages in the sitemap', () => {
    const listed = new Set(sitemapPaths());
    const missing = pages.filter((path) => !path.includes('404') && !listed.has(path));
    expect(missing).toEqual([]);
  });

  it('serves the Spanish "page not found" for a missing Spanish address (netlify.toml)', () => {
    const netlify = readFileSync('netlify.toml', 'utf8');
    expect(netlify).toMatch(/from = "\/es\/\*"\s+to = "\/es\/404\/"\s+status = 404/);
  });
});

describe('content in Spanish, and the honest fallback', () => {
  const notice = (path: string) => page(path).match(/<p class="og-notice" role="note">(.*?)<\/p>/)?.[1] ?? '';
  const spanishTitle = (collection: string, id: string) => (yaml.load(readFileSync(recordFile(collection as 'commitments', id, 'es'), 'utf8').split('---')[1]) as { title: string }).title;

  it('shows a translated record in Spanish, with no fallback notice', () => {
    const h1 = page('/es/commitments/open-contracting/').match(/<h1>(.*?)<\/h1>/)![1];
    expect(htmlText(h1)).toContain(spanishTitle('commitments', 'open-contracting'));
    expect(h1).not.toContain('lang="en"');
    expect(notice('/es/commitments/open-contracting/')).toBe('');
  });

  it('shows an untranslated record in English marked lang="en", under a notice with a link to ask for a translation', () => {
    const path = '/es/commitments/court-judgments-online/';
    expect(page(path)).toMatch(/<h1>.*<span lang="en">Publish judgments of the senior courts online<\/span><\/h1>/);
    expect(notice(path)).toContain(es.site.fallback.notice);
    expect(notice(path)).toMatch(/<a href="mailto:[^"]+\?subject=[^"]+">/);
    // The interface around it is still Spanish.
    expect(page(path)).toContain(es.site.skipLink);
  });

  it('flags a translation older than the English text it translates (from Git) as possibly out of date', () => {
    expect(notice('/es/commitments/information-request-desk/')).toContain(es.site.fallback.outdated);
  });

  it('titles the Spanish home page with the site\'s Spanish name alone, as the English one has its English name', () => {
    const settings = yaml.load(readFileSync('content/settings.yaml', 'utf8')) as { title: string; translations: { lang: string; title: string }[] };
    expect(page('/').match(/<title>([^<]*)<\/title>/)![1]).toBe(settings.title);
    expect(page('/es/').match(/<title>([^<]*)<\/title>/)![1]).toBe(settings.translations.find((t) => t.lang === 'es')!.title);
  });

  it('lists for coordinators what is not translated yet and what is out of date, and not what is done', () => {
    const list = htmlText(page('/translations/'));
    expect(list).toContain('Publish judgments of the senior courts online');
    expect(list).toMatch(/Information request desk[^]*Possibly out of date/);
    expect(list).not.toContain('Open contracting: publish public contracts');
  });
});
