// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import contentCheck from './src/integrations/content-check.ts';
import contentFiles from './src/integrations/content-files.ts';
import cms from './src/integrations/cms.ts';
import searchIndex from './src/integrations/search-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import siteMap from './src/integrations/sitemap.ts';
import { markdownPlugins } from './src/lib/markdown/processor.ts';
import { cacheDir, contentDir } from './src/lib/paths.ts';

export default defineConfig({
  // `site`, the public address, comes from content/settings.yaml (or SITE_URL): the content check
  // sets it once it has found the settings valid (src/integrations/content-check.ts).
  trailingSlash: 'ignore',
  // Tests and parallel work may build into their own folders (DIST_DIR) without sharing a cache.
  outDir: process.env.DIST_DIR ?? './dist',
  cacheDir,
  // Markdown goes through unified so that raw HTML is sanitised (Astro 7's default processor
  // passes <script> through). MDX gets a processor of its own: the sanitizer would delete JSX.
  markdown: { processor: unified({ ...markdownPlugins, rehypePlugins: [...markdownPlugins.rehypePlugins] }), syntaxHighlight: false },
  // The whitespace-collapsing default ('jsx') glues inline words together ("5of 14").
  compressHTML: true,
  integrations: [contentCheck(contentDir), contentFiles(contentDir), mdx({ processor: unified() }), siteMap(), searchIndex(), cms(contentDir), securityHeaders()],
  build: {
    // Eight pages at a time: while some are written to disk others render. The pages of 2,000
    // records took 25 s instead of 35 one at a time (26 s four at a time), of 10,000 records
    // 158 s (166 to 186 s four at a time); the same output, the same peak memory.
    concurrency: 8,
    // Each page's stylesheet inside it: first paint one round trip sooner (1.0 s to 0.5 s at
    // 400 kbit/s and 400 ms; a repeat visit at most 0.08 s later, issue #15). Each page's own
    // Content-Security-Policy names it by its hash (src/middleware.ts, src/lib/security/), so no
    // other inline style runs. Scripts stay external.
    inlineStylesheets: 'always',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
