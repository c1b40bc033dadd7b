/**
 * Publishes `content/files/` (evidence documents, dataset files: what coordinators upload through
 * the CMS) at `/files/`, so that everything editors touch stays under `content/`.
 */
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUrl } from '../lib/urls.ts';

/** Media types for the files the site publishes; anything else is served as a download. */
const mediaTypes: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The integration; `root` is the content folder. */
export default function contentFiles(root: string): AstroIntegration {
  const source = join(root, 'files');
  return {
    name: 'content-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]);
          if (!path.startsWith(filesUrl)) return next();
          const local = normalize(join(source, path.slice(filesUrl.length)));
          if (!local.startsWith(normalize(source)) || !existsSync(local) || !statSync(local).isFile()) return next();
          res.setHeader('Content-Type', mediaTypes[extname(local)] ?? 'application/octet-stream');
          createReadStream(local).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (existsSync(source)) cpSync(source, join(fileURLToPath(dir), filesUrl), { recursive: true });
      },
    },
  };
}
