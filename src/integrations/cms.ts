/**
 * Puts Decap CMS at /admin/: the page from `admin/`, the pinned Decap bundle from node_modules
 * (with its lazy chunks and WebAssembly, without source maps), the configuration derived from the
 * schemas, and the editor's own script (admin/cms.ts), and the site's stylesheets for the previews. The build writes them into
 * the site; `astro dev` serves the same from memory, with the local backend when `npm run cms`
 * passes its address in DECAP_LOCAL_BACKEND.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { reservedPageIds } from '../lib/content/reserved-ids.ts';
import { parseRecordText } from '../lib/content/check.ts';
import { recordFolder } from '../lib/content/record-files.ts';
import { districtFeatures } from '../lib/geo/districts.ts';
import { cmsConfigYaml } from '../lib/cms/config.ts';
import { collections, type CollectionName } from '../schemas/index.ts';
import { readSettings } from '../lib/settings.ts';
import { adminUrl } from '../lib/urls.ts';

/** The folder of the pinned decap-cms package's prebuilt files. */
export const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

/** The Decap files the admin needs: the bundle, its lazy chunks, WebAssembly and licence; no source maps. */
export function decapFiles(): string[] {
  return readdirSync(decapDist).filter((name) => /^(decap-cms\.js|\d+\.decap-cms\.js|[\da-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/.test(name));
}

/** Collections whose names the previews show in place of ids. */
const named: CollectionName[] = ['organizations', 'districts', 'action-plans', 'commitments'];

/** Every record's name by collection and id, read straight from the files. */
function recordNames(root: string): Record<string, Record<string, string>> {
  return Object.fromEntries(
    named.map((collection) => {
      const spec = collections[collection];
      const folder = recordFolder(collection, 'en', root);
      const names: Record<string, string> = {};
      for (const file of existsSync(folder) ? readdirSync(folder) : []) {
        if (file.startsWith('_') || file.startsWith('.')) continue;
        try {
          const { data } = parseRecordText(readFileSync(join(folder, file), 'utf8'), spec.format);
          const name = (data as Record<string, unknown>)?.[spec.titleField];
          if (typeof name === 'string') names[file.replace(/\.[^.]+$/, '')] = name;
        } catch {
          // The content check reports unreadable files; the preview then shows the id.
        }
      }
      return [collection, names];
    }),
  );
}

/**
 * Leaves zod's translated error messages out of the editor's script: `astro/zod` exports zod as
 * one namespace object, so the bundler keeps all of it, and the 50 locales are half of it
 * (264 KB of 544 KB). The schemas' messages are their own, and zod's English default is built in.
 */
const withoutZodLocales: Plugin = {
  name: 'without-zod-locales',
  setup(bundler) {
    bundler.onResolve({ filter: /\/locales\/index\.js$/ }, ({ importer }) => (/[\\/]zod[\\/]/.test(importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined));
    bundler.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};' }));
  },
};

/** The editor's script (previews, tidy saves, the build's rules), bundled with the site's labels and date words, for the given stylesheets. */
export async function bundleScript(root: string, styles: string[]): Promise<string> {
  const result = await build({
    entryPoints: ['admin/cms.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    platform: 'browser',
    define: {
      PREVIEW_STYLES: JSON.stringify(styles),
      RECORD_NAMES: JSON.stringify(recordNames(root)),
      // The editor checks a district's name against the boundary file, as the build does.
      DISTRICTS: JSON.stringify(districtFeatures.map((feature) => [feature.properties.id, feature.properties.name])),
      // ... and a plain page's name against the site's own sections, read from the routes.
      RESERVED_PAGE_IDS: JSON.stringify(reservedPageIds),
      // dates.ts reads BUILD_DATE at build time; in the editor "today" is the real day.
      'process.env.BUILD_DATE': 'undefined',
    },
    plugins: [withoutZodLocales],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The site's stylesheets. */
const stylesFolder = 'src/styles';

/**
 * The stylesheet of the previews: every stylesheet of the site (src/styles/), the one of every
 * page first, in one file. A page inlines only the parts it uses; a preview may show any of them.
 */
export async function previewStylesheet(): Promise<string> {
  const files = readdirSync(stylesFolder).filter((name) => name.endsWith('.css')).sort((a, b) => Number(b === 'site.css') - Number(a === 'site.css') || a.localeCompare(b));
  const result = await build({
    stdin: { contents: files.map((name) => `@import "./${name}";`).join('\n'), loader: 'css', resolveDir: stylesFolder },
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.html': 'text/html; charset=utf-8', '.yml': 'text/yaml; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** The integration; `root` is the content folder. */
export default function cms(root: string): AstroIntegration {
  return {
    name: 'cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const decap = new Set(decapFiles());
        server.middlewares.use(async (req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (path === adminUrl.slice(0, -1)) {
            res.writeHead(301, { Location: adminUrl }).end();
            return;
          }
          if (!path.startsWith(adminUrl)) return next();
          const name = path.slice(adminUrl.length) || 'index.html';
          const send = (body: string | Buffer, type = types[extname(name)]) => {
            res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
          };
          try {
            if (name === 'index.html') send(readFileSync('admin/index.html'));
            else if (name === 'config.yml') send(cmsConfigYaml({ settings: readSettings(root), localBackend: process.env.DECAP_LOCAL_BACKEND }));
            else if (name === 'cms.js') send(await bundleScript(root, [`${adminUrl}site.css`]));
            else if (name === 'site.css') send(await previewStylesheet());
            else if (decap.has(name)) send(readFileSync(join(decapDist, name)));
            else next();
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const admin = join(outDir, adminUrl);
        mkdirSync(admin, { recursive: true });
        copyFileSync('admin/index.html', join(admin, 'index.html'));
        for (const name of decapFiles()) copyFileSync(join(decapDist, name), join(admin, name));
        writeFileSync(join(admin, 'config.yml'), cmsConfigYaml({ settings: readSettings(root) }));
        writeFileSync(join(admin, 'site.css'), await previewStylesheet());
        writeFileSync(join(admin, 'cms.js'), await bundleScript(root, [`${adminUrl}site.css`]));
        logger.info(`Decap CMS at /admin/ (${decapFiles().length} files from node_modules/decap-cms)`);
      },
    },
  };
}
