/**
 * Writes `<outDir>/_headers` after the build: the reading pages' Content-Security-Policy
 * (src/lib/security/), which Netlify (and Cloudflare Pages) read from the published folder and
 * merge with netlify.toml's rules, which come after it; tests/support/server.ts serves the built
 * site the same way. Each page narrows its styles to its own stylesheet with a policy of its own
 * (src/middleware.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, readingPagePolicy } from '../lib/security/content-security-policy.ts';

/** The integration. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const comment = "Written by the build (src/integrations/security-headers.ts): the reading pages' Content-Security-Policy.\nEach page narrows style-src to its own inline stylesheet's hash in a <meta> policy of its own.\nnetlify.toml holds the other headers, and /admin/'s own policy.";
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile([{ for: '/*', values: { 'Content-Security-Policy': readingPagePolicy() } }], comment));
      },
    },
  };
}
