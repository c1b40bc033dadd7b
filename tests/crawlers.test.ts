/**
 * The built site as crawlers and feed readers see it (issue #16): every page's Open Graph set
 * complete, its image a PNG of 1200 × 630 under 100 KB; feeds discoverable from the pages;
 * robots.txt and the sitemap with Git dates; the share links on record pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { languageOfPath, neutralPath, pathIn } from '../src/lib/i18n/routes.ts';
import { describe, expect, it } from 'vitest';
import { dist, htmlPages, page } from './support/dist.ts';
import { startTags, type Tag } from './support/html.ts';
import { collections, historyCollections, isPublic } from '../src/schemas/index.ts';
import { parseRecordText } from '../src/lib/content/check.ts';
import { recordUrl } from '../src/lib/urls.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';
import { recordChanges } from './support/git-repo.ts';

const site = (yaml.load(readFileSync('content/settings.yaml', 'utf8')) as { url: string; title: string }).url.replace(/\/$/, '');
/** Every record of every collection (new ones included) that the public may see, from the content folder: its page and its file. */
// Public input has no page of its own (each piece is a row of its consultation's page).
const records = historyCollections.flatMap((collection) =>
  readdirSync(recordFolder(collection))
    .filter((name) => /\.(md|ya?ml)$/.test(name) && !name.startsWith('_'))
    // Data requests awaiting moderation or withheld have no page.
    .filter((name) => isPublic(collection, parseRecordText(readFileSync(join(recordFolder(collection), name), 'utf8'), collections[collection].format).data as Record<string, unknown>))
    .map((name) => ({ collection, id: name.replace(/\.[^.]+$/, ''), path: recordUrl(collection, name.replace(/\.[^.]+$/, '')), file: `${recordFolder(collection)}/${name}` })),
);
// The editors' interface is Decap's own page, kept out of crawlers' way (robots.txt, noindex).
const pages = htmlPages().filter((path) => !path.startsWith('/admin/'));

const attr = (tag: Tag, name: string) => tag.attributes.find(([key]) => key === name)?.[1];
/** The head's meta tags by property or name (og:…, twitter:…), and its links. */
function head(path: string) {
  const tags = startTags(page(path).split('</head>')[0]);
  const meta = new Map(tags.filter((tag) => tag.name === 'meta' && (attr(tag, 'property') || attr(tag, 'name'))).map((tag) => [attr(tag, 'property') ?? attr(tag, 'name')!, attr(tag, 'content') ?? '']));
  const links = tags.filter((tag) => tag.name === 'link').map((tag) => ({ rel: attr(tag, 'rel'), type: attr(tag, 'type'), href: attr(tag, 'href') ?? '' }));
  return { meta, links };
}

/** A whole PNG's size from its IHDR chunk, read straight from the bytes: signature first, IEND last. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  if (bytes.toString('latin1', bytes.length - 8, bytes.length - 4) !== 'IEND') return undefined; // cut short
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('every page, as a link preview sees it', () => {
  it('has a complete Open Graph and Twitter card set', () => {
    expect(pages.length).toBeGreaterThan(150);
    for (const path of pages) {
      const { meta, links } = head(path);
      for (const key of ['og:title', 'og:description', 'og:site_name', 'og:image:alt']) expect(meta.get(key)?.trim(), `${path} ${key}`).toBeTruthy();
      expect(['website', 'article'], `${path} og:type`).toContain(meta.get('og:type'));
      expect(meta.get('og:locale'), path).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
      expect(meta.get('og:image:type'), path).toBe('image/png');
      expect(meta.get('og:image:width'), path).toBe('1200');
      expect(meta.get('og:image:height'), path).toBe('630');
      expect(meta.get('twitter:card'), path).toBe('summary_large_image');
      expect(meta.get('og:image'), path).toMatch(new RegExp(`^${site}/cards/.+\\.png$`));
      // The 404 page is served at every missing address: it has no address of its own to give.
      if (neutralPath(path).startsWith('/404')) continue;
      const canonical = links.find((link) => link.rel === 'canonical')?.href;
      expect(canonical, path).toBe(`${site}${path}`);
      expect(meta.get('og:url'), path).toBe(canonical);
    }
  });

  it('points to an image that exists: a PNG of 1200 × 630 under 100 KB', () => {
    const images = new Set(pages.map((path) => new URL(head(path).meta.get('og:image')!).pathname));
    for (const image of images) {
      const file = join(dist, image);
      expect(existsSync(file), image).toBe(true);
      expect(pngSize(readFileSync(file)), image).toEqual({ width: 1200, height: 630 });
      expect(statSync(file).size, image).toBeLessThan(100 * 1024);
    }
    const sizes = [...images].map((image) => statSync(join(dist, image)).size);
    console.log(`Share cards: ${images.size}, ${(Math.min(...sizes) / 1024).toFixed(0)} to ${(Math.max(...sizes) / 1024).toFixed(0)} KB, ${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(0)} KB on average`);
  });

  it('shows each record its own card, and a record\'s history page the same card', () => {
    const image = (path: string) => head(path).meta.get('og:image');
    const own = records.map((record) => image(record.path));
    expect(new Set(own).size, 'one card per record').toBe(records.length);
    for (const record of records) {
      expect(image(record.path), record.path).toContain(`/cards${record.path.replace(/\/$/, '')}.`);
      expect(head(record.path).meta.get('og:type'), record.path).toBe('article');
      if (existsSync(join(dist, record.path, 'history/index.html'))) expect(image(`${record.path}history/`)).toBe(image(record.path));
    }
  });
});

describe('feeds', () => {
  it('every page names the site-wide Atom feed, which exists', () => {
    for (const path of pages) {
      const feeds = head(path).links.filter((link) => link.rel === 'alternate' && link.type === 'application/atom+xml');
      expect(feeds.map((feed) => feed.href), path).toContain(pathIn(languageOfPath(path), '/changes/feed.xml'));
    }
    expect(readFileSync(join(dist, 'changes/feed.xml'), 'utf8')).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });

  it('every record page also names its own feed, which exists and follows that record', () => {
    for (const record of records) {
      const own = `${record.path}feed.xml`;
      expect(head(record.path).links.filter((link) => link.rel === 'alternate' && link.type === 'application/atom+xml').map((link) => link.href), record.path).toContain(own);
      expect(readFileSync(join(dist, own), 'utf8'), own).toContain(`<link rel="self" type="application/atom+xml" href="${site}${own}"/>`);
    }
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt keeps /admin/ out and points to the sitemap, which exists', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${site}/sitemap-index.xml$`, 'm'));
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
  });

  it('dates each committed record page in the sitemap with its file\'s last commit', () => {
    const built: string = JSON.parse(readFileSync(join(dist, 'build.json'), 'utf8')).commit;
    const committed = new Set(execFileSync('git', ['ls-tree', '-r', '--name-only', built, 'content'], { encoding: 'utf8' }).split('\n'));
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const lastmod = (path: string) => new RegExp(`<loc>${site}${path}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap)?.[1];
    const checked = records.filter((record) => committed.has(record.file));
    expect(checked.length).toBeGreaterThan(0);
    for (const record of checked) {
      // The last commit that changed it or a translation of it: moving it into its language folder did not.
      const seconds = Number(recordChanges(built, record.file, '%ct')[0]);
      expect(lastmod(record.path), record.path).toBe(new Date(seconds * 1000).toISOString());
    }
  });
});

describe('sharing a record', () => {
  it('offers WhatsApp, Facebook and email links with its title and address, and the address in a field to copy', () => {
    for (const record of records) {
      const html = page(record.path);
      const { meta } = head(record.path);
      const address = `${site}${record.path}`;
      const hrefs = startTags(html).filter((tag) => tag.name === 'a').map((tag) => attr(tag, 'href') ?? '');
      const whatsapp = new URL(hrefs.find((href) => href.startsWith('https://wa.me/'))!);
      expect(whatsapp.searchParams.get('text'), record.path).toBe(`${meta.get('og:title')} ${address}`);
      const facebook = new URL(hrefs.find((href) => href.startsWith('https://www.facebook.com/sharer/sharer.php'))!);
      expect(facebook.searchParams.get('u'), record.path).toBe(address);
      const email = hrefs.find((href) => href.startsWith('mailto:?'))!;
      const params = new URLSearchParams(email.slice('mailto:?'.length));
      expect(params.get('subject'), record.path).toBe(meta.get('og:title'));
      expect(params.get('body'), record.path).toContain(address);
      const field = startTags(html).find((tag) => tag.name === 'input' && attr(tag, 'value') === address);
      expect(field && attr(field, 'readonly') !== undefined, `${record.path}: a read-only field with the address`).toBe(true);
      expect(html, record.path).toContain(`<label class="og-share__label" for="${attr(field!, 'id')}">`);
      // Nothing is loaded from those services: no script, image, frame or stylesheet of theirs.
      expect(startTags(html).filter((tag) => ['script', 'img', 'iframe', 'link'].includes(tag.name) && /wa\.me|facebook|whatsapp/.test(tag.source))).toEqual([]);
    }
  });
});
