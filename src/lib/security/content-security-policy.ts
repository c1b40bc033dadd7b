/**
 * The reading pages' Content-Security-Policy (issues #3 and #15): everything from this origin, no
 * inline or eval'd script, and inline styles only those the build inlined, named by their SHA-256
 * hashes. The stylesheet is inlined to save first paint a round trip (0.46 s on a 2G-like
 * network); its hash changes with it, so the build writes the policy into `_headers` in the
 * published folder (src/integrations/security-headers.ts) rather than netlify.toml holding it.
 */
import { createHash } from 'node:crypto';

/** The policy, directive by directive, before the inline styles' hashes are added. */
const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Pagefind compiles its WebAssembly search index.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
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

/** The reading pages' policy, allowing the inline styles whose hashes are given. */
export function readingPagePolicy(styleHashes: Iterable<string>): string {
  const policy = { ...directives, 'style-src': [...directives['style-src'], ...[...new Set(styleHashes)].sort()] };
  return Object.entries(policy)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Header rules in the `_headers` format that Netlify and Cloudflare Pages read: a path, then its headers indented. */
export function headersFile(rules: Array<{ for: string; values: Record<string, string> }>, comment: string): string {
  const lines = comment.split('\n').map((line) => `# ${line}`);
  for (const rule of rules) lines.push(rule.for, ...Object.entries(rule.values).map(([name, value]) => `  ${name}: ${value}`));
  return `${lines.join('\n')}\n`;
}
