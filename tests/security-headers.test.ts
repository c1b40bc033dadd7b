/**
 * The HTTP headers netlify.toml gives the public site (issue #3): a Content-Security-Policy that
 * lets nothing but this origin's own files run or load, the usual hardening headers, and long
 * immutable caching for hashed files only (Astro's assets, the share cards). Read through the same merge as the local
 * server (tests/support/server.ts), so later rules overriding earlier ones are accounted for.
 */
import { describe, expect, it } from 'vitest';
import { headersFor, readHeadersFile, siteHeaderRules } from './support/server.ts';
import { dist, page, publicPages } from './support/dist.ts';
import { inlineStyles, ownPolicies, styleSource } from './support/styles.ts';

/** The rules the built site is served with: the build's dist/_headers, then netlify.toml's. */
const rules = siteHeaderRules(dist);


/** Paths of every kind the public site serves (the CMS under /admin/ has a policy of its own). */
const publicPaths = ['/', '/commitments/open-contracting/', '/search/', '/map/', '/404.html', '/_astro/site.abc123.css', '/files/datasets/health-facilities.csv', '/files/datasets/health-facilities.geojson', '/pagefind/pagefind.js', '/sitemap-index.xml'];

/** A CSP header as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name, ...sources] = part.split(/\s+/);
    return [name.toLowerCase(), sources];
  }));
}

/** Sources a directive may list besides 'self' and 'none', and why. */
const allowedExtras: Record<string, string[]> = {
  'script-src': ["'wasm-unsafe-eval'"], // Pagefind compiles its WebAssembly search index
  'img-src': ['data:'], // Leaflet's marker and control images (issue #6)
  'worker-src': ['blob:'], // Pagefind's search worker
  // Inline styles, narrowed on every page by its own policy to its stylesheet's hash (below).
  'style-src': ["'unsafe-inline'"],
};

describe('the reading pages\' policy, written by the build', () => {
  it('is in dist/_headers for every path, with nothing in it that changes from page to page', () => {
    const written = readHeadersFile(`${dist}/_headers`);
    expect(written.map((rule) => rule.for)).toEqual(['/*']);
    const policy = written[0].values['Content-Security-Policy'];
    expect(directives(policy).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    // Sent uncompressed with every response: 850 bytes of hashes cost a repeat visit 90 ms at 400 kbit/s.
    expect(policy.length).toBeLessThan(400);
  });

  it('is narrowed on every page, ahead of its stylesheet, to that stylesheet alone', () => {
    const hashes = new Set<string>();
    for (const path of publicPages()) {
      const html = page(path);
      const styles = inlineStyles(html);
      const policies = ownPolicies(html);
      expect(policies, `${path}: one policy of its own`).toHaveLength(1);
      expect(policies[0], path).toBe(['style-src', "'self'", ...styles.map(styleSource)].join(' '));
      const firstStyle = html.search(/<style|<link rel="?stylesheet/);
      expect(html.indexOf('http-equiv="Content-Security-Policy"'), `${path}: its policy before any style`).toBeLessThan(firstStyle === -1 ? Infinity : firstStyle);
      styles.forEach((css) => hashes.add(styleSource(css)));
    }
    expect(hashes.size, 'pages of different kinds carry different stylesheets').toBeGreaterThan(1);
  });
});

describe.each(publicPaths)('the headers for %s', (path) => {
  const headers = headersFor(path, rules);
  const csp = directives(headers['Content-Security-Policy'] ?? '');

  it('include a Content-Security-Policy that falls back to this origin only', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('allow no inline, eval\'d or third-party script', () => {
    const scripts = csp.get('script-src') ?? csp.get('default-src')!;
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.every((source) => ["'self'", "'wasm-unsafe-eval'"].includes(source))).toBe(true);
  });

  it('name no origin but this one in any directive', () => {
    for (const [name, sources] of csp) {
      const allowed = ["'self'", "'none'", ...(allowedExtras[name] ?? [])];
      expect(sources.filter((source) => !allowed.includes(source)), `${name} ${sources.join(' ')}`).toEqual([]);
    }
  });

  it('forbid plugins, a foreign <base>, and being framed', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('stop content sniffing, limit the referrer and turn off device features', () => {
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
  });
});

describe('caching', () => {
  it('marks Astro\'s hashed assets and the share cards, named by their content\'s hash, immutable for a year', () => {
    expect(headersFor('/_astro/site.abc123.css', rules)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/cards/commitments/open-contracting.a4b548fd90.png', rules)['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('caches nothing else for long: pages, data files and Pagefind\'s unhashed files stay fresh', () => {
    for (const rule of rules) {
      const cache = rule.values['Cache-Control'] ?? '';
      if (rule.for === '/_astro/*' || rule.for === '/cards/*') continue;
      expect(cache, `${rule.for}`).not.toMatch(/immutable|max-age=[1-9]/);
    }
  });
});

/** Every source the editors' CMS may use beyond its own origin, and why (issue #4). */
const adminSources: Record<string, string[]> = {
  'script-src': ["'self'", "'unsafe-eval'"], // AJV compiles Decap's configuration schema at run time
  'style-src': ["'self'", "'unsafe-inline'"], // Emotion injects the editor's <style> elements
  'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'], // uploads' previews, the editor's GitHub picture
  'connect-src': ["'self'", 'blob:', 'https://api.github.com'], // reads and saves through the GitHub API
};

describe.each(['/admin/', '/admin', '/admin/config.yml', '/admin/decap-cms.js'])('the headers for the CMS at %s', (path) => {
  const headers = headersFor(path, rules);
  const csp = directives(headers['Content-Security-Policy'] ?? '');

  it('replace the site\'s policy with the CMS\'s own, instead of adding to it', () => {
    const site = headersFor('/', rules)['Content-Security-Policy'];
    expect(headers['Content-Security-Policy']).not.toBe(site);
    const adminRules = rules.filter((rule) => rule.for === '/admin/*');
    expect(adminRules).toHaveLength(1);
    expect(headers['Content-Security-Policy']).toBe(adminRules[0].values['Content-Security-Policy']);
    // A later rule wins per header: the admin's must come after the site's catch-all.
    expect(rules.indexOf(adminRules[0])).toBeGreaterThan(rules.findIndex((rule) => rule.for === '/*'));
  });

  it('allow only what Decap needs, and nothing from other origins but GitHub', () => {
    for (const [name, sources] of Object.entries(adminSources)) expect(csp.get(name), name).toEqual(sources);
    for (const [name, sources] of csp) {
      if (name in adminSources) continue;
      expect(sources.every((source) => ["'self'", "'none'"].includes(source)), `${name} ${sources.join(' ')}`).toBe(true);
    }
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('still forbid plugins, a foreign <base> and framing, and keep the site\'s other protections', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('keep the editor out of search engines and let the GitHub sign-in window report back', () => {
    expect(headers['X-Robots-Tag']).toMatch(/noindex/);
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
  });
});
