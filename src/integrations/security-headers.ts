/**
 * Writes `<outDir>/_headers` after the build: the reading pages' Content-Security-Policy, with
 * the hash of every inline stylesheet the built pages carry (src/lib/security/). Netlify (and
 * Cloudflare Pages) read `_headers` from the published folder and merge it with netlify.toml's
 * rules, which come after it; tests/support/server.ts serves the built site the same way.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, inlineStyles, readingPagePolicy, styleHash } from '../lib/security/content-security-policy.ts';
import { adminUrl } from '../lib/urls.ts';

/** The integration. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const hashes = new Set<string>();
        // Every page, read once: each carries the stylesheet of the parts of the site it shows, so pages differ.
        const seen = new Set<string>();
        for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html') || file.startsWith(adminUrl.slice(1))) continue;
          for (const css of inlineStyles(readFileSync(join(outDir, file), 'utf8'))) {
            if (seen.has(css)) continue;
            seen.add(css);
            hashes.add(styleHash(css));
          }
        }
        const comment = 'Written by the build (src/integrations/security-headers.ts): the reading pages\' Content-Security-Policy,\nnaming the inline stylesheet by its hash. netlify.toml holds the other headers, and /admin/\'s own policy.';
        writeFileSync(join(outDir, '_headers'), headersFile([{ for: '/*', values: { 'Content-Security-Policy': readingPagePolicy(hashes) } }], comment));
        logger.info(`_headers: Content-Security-Policy with ${hashes.size} inline stylesheet ${hashes.size === 1 ? 'hash' : 'hashes'}`);
      },
    },
  };
}
