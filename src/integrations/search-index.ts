/**
 * Builds the Pagefind search indexes in-process after Astro has written the pages (no shell
 * step): one of the recent records into `<outDir>/pagefind/`, and one of the archive (older
 * commitments, meetings, datasets and action plans, src/lib/search/archive.ts) into
 * `<outDir>/pagefind-archive/`, which the search page merges in when the reader asks. Only
 * pages marked `data-pagefind-body` (record pages) are indexed, one index per `<html lang>`, so
 * a Spanish edition gets its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { today } from '../lib/dates.ts';
import { inArchive } from '../lib/search/archive.ts';
import { adminUrl, searchArchiveUrl, searchIndexUrl } from '../lib/urls.ts';

/** A meta field of a page's search facets (src/components/SearchFacets.astro). */
const meta = (html: string, name: string) => new RegExp(`data-pagefind-meta="${name}">([^<]*)<`).exec(html)?.[1] ?? '';
/** The collection of a page's record, the same in every language (src/components/SearchFacets.astro). */
const kind = (html: string) => /data-search-kind="([^"]*)"/.exec(html)?.[1] ?? '';

/** The integration. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const indexes = await Promise.all([pagefind.createIndex({}), pagefind.createIndex({})]);
          const [recent, archive] = indexes.map(({ index, errors }) => {
            if (!index) throw new Error(errors.join('; '));
            return index;
          });
          const counts = { recent: 0, archive: 0 };
          const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !file.startsWith(adminUrl.slice(1)));
          // A hundred pages at a time: Pagefind reads them in its own process.
          for (let i = 0; i < files.length; i += 100) {
            const added = await Promise.all(
              files.slice(i, i + 100).flatMap((file) => {
                const content = readFileSync(join(site, file), 'utf8');
                if (!content.includes('data-pagefind-body')) return [];
                const old = inArchive(kind(content), meta(content, 'date'), today);
                counts[old ? 'archive' : 'recent']++;
                return [(old ? archive : recent).addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content })];
              }),
            );
            const failed = added.flatMap((response) => response.errors);
            if (failed.length) throw new Error(failed.join('; '));
          }
          for (const [index, url, count] of [[recent, searchIndexUrl, counts.recent], [archive, searchArchiveUrl, counts.archive]] as const) {
            if (!count) continue;
            const written = await index.writeFiles({ outputPath: join(site, url) });
            if (written.errors.length) throw new Error(written.errors.join('; '));
          }
          logger.info(`Search index: ${counts.recent} recent pages in ${searchIndexUrl}, ${counts.archive} in the archive, ${searchArchiveUrl}`);
        } catch (error) {
          logger.error(`The search index could not be built: ${(error as Error).message}`);
          process.exitCode = 1;
          throw error;
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
