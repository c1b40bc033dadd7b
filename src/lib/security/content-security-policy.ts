/**
 * The reading pages' Content-Security-Policy (issues #3 and #15): everything from this origin, no
 * inline or eval'd script, and no inline style but the page's own stylesheet. The stylesheet is
 * inlined to save first paint a round trip (0.46 s on a 2G-like network), and each page carries
 * the rules of the parts it shows, so pages differ (16 stylesheets with the sample content).
 *
 * The policy comes in two parts that the browser enforces together, so that a style must pass
 * both: the HTTP header (written into `_headers`, src/integrations/security-headers.ts) holds
 * every directive, with inline styles allowed; each page's `<meta http-equiv>` policy, ahead of
 * its `<style>`, narrows styles to that stylesheet's SHA-256 hash. All the hashes in the header
 * instead made every response 850 bytes longer, headers being sent uncompressed: a repeat visit
 * took 90 ms longer at 400 kbit/s (tests/first-paint.bench.ts), where the page's one hash in its
 * own head costs under 100 bytes.
 */
import { createHash } from 'node:crypto';

/** The header's policy, directive by directive. */
const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Pagefind compiles its WebAssembly search index.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Narrowed by each page's own policy to its stylesheet's hash (pageStylePolicy).
  'style-src': ["'self'", "'unsafe-inline'"],
  // Leaflet's control images.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // Pagefind's search worker.
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The CSP source naming one inline `<style>` by its content: `'sha256-…'`. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** The contents of every `<style>` element of a page, as the browser hashes them. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
}

/** The reading pages' policy, as their HTTP header. */
export function readingPagePolicy(): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** A page's own policy: its stylesheets from this origin and its inline ones, by their hashes. */
export function pageStylePolicy(html: string): string {
  return ['style-src', "'self'", ...new Set(inlineStyles(html).map(styleHash))].join(' ');
}

/**
 * The page with its own policy as the first element after `<meta charset>` (which must stay
 * first), so that it applies to every `<style>` after it. A page without `<head>` is left alone.
 */
export function withPageStylePolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pageStylePolicy(html)}">`;
  const charset = /<meta charset="?utf-8"?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  return html.replace(/<head>/i, `<head>${meta}`);
}

/** Header rules in the `_headers` format that Netlify and Cloudflare Pages read: a path, then its headers indented. */
export function headersFile(rules: Array<{ for: string; values: Record<string, string> }>, comment: string): string {
  const lines = comment.split('\n').map((line) => `# ${line}`);
  for (const rule of rules) lines.push(rule.for, ...Object.entries(rule.values).map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join('\n')}\n`;
}
