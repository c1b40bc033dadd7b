/**
 * A static file server for a built site, for browser tests. It answers like Netlify: the headers
 * declared in netlify.toml, `/x/` served from `/x/index.html`, `404.html` with status 404, and
 * Brotli or gzip for text, so that what the browser tests see is what readers will get. Posts to
 * a form are handled like Netlify Forms: the forms marked `data-netlify="true"` in the built pages
 * are detected, a post names its form in `form-name`, only the form's own fields are kept, a filled
 * honeypot marks the post as spam, and the answer is the page at the address posted to (the form's
 * `action`). Each submission is recorded in the shape Netlify's API returns.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'smol-toml';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Content types by file extension; Pagefind's index files are opaque binary. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/**
 * Brotli's best quality for the site's files; a CDN's on-the-fly quality for multi-megabyte ones
 * (the CMS bundle at /admin/, 5 MB, takes over a minute at quality 11 and 1.5 s at 5).
 */
function brotli(body: Buffer): Buffer {
  return body.length > 1_000_000 ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : brotliCompressSync(body);
}

/** Types Netlify compresses on the fly. */
const compressible = /^(text\/|application\/(json|geo\+json|xml|wasm)|image\/svg)/;

/** One `[[headers]]` rule of netlify.toml. */
/** One `[[headers]]` rule of netlify.toml: the headers `values` for paths matching `for`. */
export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

/** The `[[headers]]` rules of a netlify.toml, in file order. */
export function readHeaderRules(file = 'netlify.toml'): HeaderRule[] {
  const config = parse(readFileSync(file, 'utf8')) as { headers?: HeaderRule[] };
  return config.headers ?? [];
}

/**
 * The rules of a `_headers` file (Netlify's and Cloudflare Pages' format): a path at the start
 * of a line, then its headers indented, `Name: value`; `#` starts a comment. None when missing.
 */
export function readHeadersFile(file: string): HeaderRule[] {
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ for: line.trim(), values: {} });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.values[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/**
 * The rules a built site is served with, merged as Netlify merges them: those of the `_headers`
 * file the build writes into `root` first, then netlify.toml's, a later rule winning per header.
 */
export function siteHeaderRules(root: string, config = 'netlify.toml'): HeaderRule[] {
  return [...readHeadersFile(join(root, '_headers')), ...readHeaderRules(config)];
}

/**
 * Netlify's `for` pattern as a regular expression, as @netlify/headers-parser builds it: a
 * standalone `*` segment matches anything below (including nothing), `*` inside a segment matches
 * any characters, `:name` one segment; case-insensitive, optional trailing slash.
 */
export function forPattern(forPath: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = forPath.split('/').map((part) => part.trimEnd()).filter(Boolean).map((part) => {
    if (part.startsWith(':')) return '([^/]+)';
    if (part === '*') return '?(.*)';
    return part.split('*').map(escape).join('(.*)');
  });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/** The headers for a path: every matching rule in order, a later rule winning per header (as Netlify CLI). */
export function headersFor(path: string, rules: HeaderRule[]): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => forPattern(rule.for).test(path)).map((rule) => rule.values));
}

/** The file a URL path is served from, or undefined; `redirect` when a folder is asked for without its slash. */
function resolve(root: string, path: string): { file?: string; redirect?: string } {
  const local = normalize(join(root, path));
  if (local !== root && !local.startsWith(root + sep)) return {};
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
  if (path.endsWith('/')) return isFile(join(local, 'index.html')) ? { file: join(local, 'index.html') } : {};
  if (isFile(local)) return { file: local };
  if (isFile(join(local, 'index.html'))) return { redirect: `${path}/` };
  if (isFile(`${local}.html`)) return { file: `${local}.html` };
  return {};
}

/** A form submission as Netlify's API returns it (GET /api/v1/forms/{form_id}/submissions). */
export interface FormSubmission {
  id: string;
  number: number;
  form_name: string;
  created_at: string;
  site_url: string;
  /** The form's fields (a group of boxes named `x[]` as the list of its ticked values), then what Netlify adds: ip, user_agent, referrer. */
  data: Record<string, string | string[]>;
}

/** A form found in the built pages, as Netlify's form detection sees it at deploy. */
interface DetectedForm {
  fields: Set<string>;
  honeypot?: string;
}

/** Every `data-netlify` form in the built pages, by name, with the names of its fields. */
export function detectForms(root: string): Map<string, DetectedForm> {
  const forms = new Map<string, DetectedForm>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        if (!html.includes('data-netlify')) continue;
        // Parsed as a browser parses it, so each field belongs to the form that holds it.
        const walk = (node: Nodes, form: DetectedForm | undefined) => {
          let current = form;
          if (node.type === 'element') {
            const value = (name: string) => (node.properties[name] === undefined ? undefined : String(node.properties[name]));
            if (node.tagName === 'form') {
              const name = value('name');
              current = value('dataNetlify') === 'true' && name ? (forms.get(name) ?? { fields: new Set(), honeypot: value('dataNetlifyHoneypot') }) : undefined;
              if (current && name) forms.set(name, current);
            } else if (current && ['input', 'textarea', 'select'].includes(node.tagName) && value('name')) current.fields.add(value('name')!);
          }
          if ('children' in node) for (const child of node.children) walk(child, current);
        };
        walk(fromHtml(html), undefined);
      }
    }
  };
  visit(root);
  return forms;
}

/** A running server: its base URL (no trailing slash), the form posts it recorded, and how to stop it. */
export interface RunningServer {
  url: string;
  /** Verified form submissions, oldest first, as Netlify's API lists them. */
  submissions: FormSubmission[];
  /** Posts whose honeypot was filled in (Netlify's `?state=spam`). */
  spam: FormSubmission[];
  close: () => Promise<void>;
}

/** Serves a built site from `root` on localhost; port 0 (the default) picks a free port. */
export async function startServer({ root, port = 0, config = 'netlify.toml' }: { root: string; port?: number; config?: string }): Promise<RunningServer> {
  const base = normalize(root).replace(/[\\/]+$/, '');
  const rules = siteHeaderRules(base, config);
  const compressed = new Map<string, Buffer>();
  const submissions: FormSubmission[] = [];
  const spam: FormSubmission[] = [];
  let forms: Map<string, DetectedForm> | undefined;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST') {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        forms ??= detectForms(base);
        const fields = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const name = fields.get('form-name') ?? '';
        const form = forms.get(name);
        if (!form) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`No form named "${name}" on this site`);
          return;
        }
        const data: Record<string, string | string[]> = {};
        // Only the fields the form had at deploy are stored; the form's name and the honeypot are not fields.
        // A name ending in `[]` keeps every value sent with it (a group of checkboxes); another name its last.
        for (const [key, value] of fields) {
          if (!form.fields.has(key) || key === 'form-name' || key === form.honeypot) continue;
          data[key] = key.endsWith('[]') ? fields.getAll(key) : value;
        }
        const submission: FormSubmission = {
          id: randomBytes(12).toString('hex'),
          number: submissions.length + spam.length + 1,
          form_name: name,
          created_at: new Date().toISOString(),
          site_url: `http://${request.headers.host}`,
          data: { ...data, ip: request.socket.remoteAddress ?? '', user_agent: String(request.headers['user-agent'] ?? ''), referrer: String(request.headers.referer ?? '') },
        };
        (form.honeypot && fields.get(form.honeypot) ? spam : submissions).push(submission);
        // The answer is the page at the address posted to: the form's action, its thank-you page.
        const page = resolve(base, decodeURIComponent(url.pathname)).file;
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headersFor(url.pathname, rules) });
        response.end(page ? readFileSync(page) : '<!doctype html><title>Thank you</title><p>Thank you! Your form submission has been received.</p>');
      });
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const found = resolve(base, path);
    if (found.redirect) {
      response.writeHead(301, { Location: found.redirect + url.search }).end();
      return;
    }
    const file = found.file ?? join(base, '404.html');
    const status = found.file ? 200 : 404;
    // Netlify's default: revalidate everything unless a rule says otherwise.
    const headers: Record<string, string> = {
      'Cache-Control': 'public, max-age=0, must-revalidate',
      'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      ...headersFor(path, rules),
    };
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let body: Buffer = readFileSync(file);
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const encoding = accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : undefined;
    if (encoding && compressible.test(headers['Content-Type'])) {
      const key = `${encoding}:${file}`;
      if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotli(body) : gzipSync(body));
      body = compressed.get(key)!;
      headers['Content-Encoding'] = encoding;
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    submissions,
    spam,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
