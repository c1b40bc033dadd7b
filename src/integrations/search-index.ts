/**
 * Builds the Pagefind search index in-process after Astro has written the pages (no shell step),
 * into `<outDir>/pagefind/`. Only pages marked `data-pagefind-body` (record pages) are indexed,
 * one index per `<html lang>`, so a Spanish edition gets its own.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchIndexUrl } from '../lib/urls.ts';

/** The integration. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: join(site, searchIndexUrl) });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          logger.info(`Search index: ${added.page_count} pages`);
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
