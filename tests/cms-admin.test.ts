/**
 * What the build puts at /admin/: Decap CMS from the pinned package (every lazy chunk and
 * WebAssembly file, no source maps, nothing from a CDN), a page search engines are told to skip,
 * the editor's own script with the site's built stylesheet for previews, and a footer link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decapFiles, decapDist } from '../src/integrations/cms.ts';
import { dist, page } from './support/dist.ts';

const admin = join(dist, 'admin');
const built = readdirSync(admin);
const html = page('/admin/');

describe('the CMS at /admin/', () => {
  it('serves the pinned Decap bundle with all its lazy chunks and WebAssembly, without source maps', () => {
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies['decap-cms'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/); // an exact version: a floating range once shipped a broken release
    expect(JSON.parse(readFileSync(join(decapDist, '../package.json'), 'utf8')).version).toBe(pinned);
    const chunks = readdirSync(decapDist).filter((name) => /^\d+\.decap-cms\.js$|\.wasm$/.test(name));
    expect(chunks.length).toBeGreaterThan(50);
    for (const name of ['decap-cms.js', ...chunks]) expect(built, name).toContain(name);
    expect(built.filter((name) => name.endsWith('.map'))).toEqual([]);
    expect(decapFiles()).toHaveLength(chunks.length + 2); // plus the bundle and its licence
  });

  it('loads only scripts of its own, with no inline script', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map(([, attributes]) => /src="([^"]+)"/.exec(attributes)?.[1])).toEqual(['/admin/decap-cms.js', '/admin/cms.js']);
    expect(scripts.every(([, , body]) => body.trim() === '')).toBe(true);
    expect(html).not.toMatch(/https?:\/\/(?!decapcms)/);
  });

  it('tells search engines to stay out', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin');
  });

  it('reads its configuration from an absolute address, so /admin without a slash works too', () => {
    expect(html).toContain('<link rel="cms-config-url" type="text/yaml" href="/admin/config.yml">');
    expect(built).toContain('config.yml');
  });

  it('previews entries with every stylesheet of the site, as /admin/site.css', () => {
    const script = readFileSync(join(admin, 'cms.js'), 'utf8');
    const previews = readFileSync(join(admin, 'site.css'), 'utf8');
    expect(script).toContain('/admin/site.css');
    // A rule of the stylesheet of every page, and one of each part's own (a page inlines only its parts).
    for (const rule of ['.og-facts{', '.og-timeline>li{', '.og-map__area{', '.og-chart__bar--complete{', '.og-diff ins{', '.og-inputs tr:target{', '.og-form__trap{', '.og-screenshot__img{']) expect(previews).toContain(rule);
    for (const collection of ['commitments', 'meetings', 'datasets']) expect(script).toContain(`"${collection}"`);
  });

  it('is linked from every page\'s footer as the editors\' sign-in', () => {
    for (const path of ['/', '/commitments/open-contracting/', '/meetings/']) expect(page(path)).toMatch(/<footer[\s\S]*<a href="\/admin\/"[^>]*>Editors(?:'|&#39;) sign-in<\/a>/);
  });
});
