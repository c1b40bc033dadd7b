/**
 * Each page inlines the stylesheet of every page (src/styles/site.css) and those of the parts of
 * the site it shows (maps, charts, history, forms, posters…), imported by the components that use
 * them (issue #15). A component that forgets its import leaves a page unstyled; a page that
 * carries another part's rules makes every reader pay for them. Both are checked on every page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, publicPages } from './support/dist.ts';
import { inlineStyles } from './support/styles.ts';

const stylesFolder = 'src/styles';
/** The `og-` classes a piece of CSS gives rules to. */
const classesStyledBy = (css: string) => new Set([...css.matchAll(/\.(og-[\w-]+)/g)].map((match) => match[1]));
/** Each stylesheet of the site, by file name, with the classes it styles. */
const sheets = new Map(readdirSync(stylesFolder).filter((name) => name.endsWith('.css')).map((name) => [name, classesStyledBy(readFileSync(join(stylesFolder, name), 'utf8'))]));
/** Every class any stylesheet styles. */
const styled = new Set([...sheets.values()].flatMap((classes) => [...classes]));

/** The classes a page's markup uses. */
const classesUsedBy = (html: string) => new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((match) => match[1].split(/\s+/)).filter((name) => name.startsWith('og-')));
/** The classes a page's inline stylesheet styles. */
const classesInlinedBy = (html: string) => classesStyledBy(inlineStyles(html).join(''));

const pages = publicPages();

describe('each page\'s inline stylesheet', () => {
  it('styles every class the page uses that any stylesheet styles', () => {
    const missing = pages.flatMap((path) => {
      const html = page(path);
      const inlined = classesInlinedBy(html);
      return [...classesUsedBy(html)].filter((name) => styled.has(name) && !inlined.has(name)).map((name) => `${path}: .${name}`);
    });
    expect(missing).toEqual([]);
  });

  it('starts with the rules of every page, so that a part\'s rules come after them and refine them', () => {
    const late = pages.filter((path) => !/<style>:root\{/.test(page(path)));
    expect(late).toEqual([]);
  });

  it('holds the rules every page needs', () => {
    const base = sheets.get('site.css')!;
    for (const path of ['/', '/meetings/', '/es/commitments/open-contracting/', '/404.html']) {
      const inlined = classesInlinedBy(page(path));
      expect([...base].filter((name) => !inlined.has(name)), path).toEqual([]);
    }
  });

  it('leaves out the parts of the site a page does not show', () => {
    // A part's own classes: those the stylesheet of every page does not style too (`.og-main` in posters.css).
    const base = sheets.get('site.css')!;
    const lacks = (path: string, sheet: string) => {
      const inlined = classesInlinedBy(page(path));
      return [...sheets.get(sheet)!].filter((name) => !base.has(name)).every((name) => !inlined.has(name));
    };
    expect(lacks('/commitments/open-contracting/', 'posters.css'), 'a commitment has no poster rules').toBe(true);
    expect(lacks('/commitments/open-contracting/', 'live-map.css'), 'nor the interactive map\'s').toBe(true);
    expect(lacks('/', 'history.css'), 'the home page has no diff rules').toBe(true);
    expect(lacks('/meetings/', 'charts.css'), 'a list has no chart rules').toBe(true);
    expect(lacks('/map/', 'live-map.css'), 'the map page has its own').toBe(false);
  });
});
