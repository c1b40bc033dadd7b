/**
 * What a reader gets from a page without JavaScript (issue #3), for the browser walks: its visible
 * heading, main text, links and navigation, and any text in it hidden waiting for a script. A page
 * that carries no script reads the same with JavaScript on or off, so the walk that loads every
 * page anyway (tests/accessibility.e2e.ts) reads those; tests/no-js.e2e.ts loads the pages that
 * carry one with JavaScript off and on, and checks that no other page carries any.
 */
import type { ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { languageOfPath, neutralPath, pathIn } from '../../src/lib/i18n/routes.ts';
import { mainNav } from '../../src/consts.ts';
import { page as builtPage } from './dist.ts';
import { startTags } from './html.ts';

/** Pages whose purpose needs JavaScript; each says so to readers without it. */
export const interactive = new Set(['/search/', '/map/']);

/** True when a built page loads or contains script (JSON-LD is data, not script), or says something to readers without it. */
export function runsScript(path: string): boolean {
  return startTags(builtPage(path)).some(({ name, attributes }) => name === 'noscript' || (name === 'script' && !attributes.some(([key, value]) => key === 'type' && value === 'application/ld+json')));
}

/** What a reader gets from the page as loaded. */
export type Reading = Awaited<ReturnType<typeof reading>>;

/** What a reader gets from a page: visible text of main, visible links, navigation. */
export async function reading(page: Page) {
  return page.evaluate(() => {
    const visible = (element: Element) => {
      const style = getComputedStyle(element);
      return element.getClientRects().length > 0 && style.visibility !== 'hidden';
    };
    const hrefs = (root: ParentNode) =>
      [...root.querySelectorAll('a[href]')]
        .filter(visible)
        .map((link) => link.getAttribute('href')!)
        .filter((href) => href.startsWith('/')); // pages of this site; same-page anchors and outside links aside
    const main = document.querySelector('main')!;
    // Text inside main that a reader cannot see. Fine: screen-reader-only text, closed <details>,
    // and what is never displayed by nature (scripts, JSON-LD, an SVG's <title> and <desc>, the
    // options of a closed <select>, which the control draws itself).
    const hiddenText = [...main.querySelectorAll('*')]
      .filter((element) => !element.matches('script, style, template, title, desc, svg *, option, optgroup'))
      // …and the search index's metadata (issue #5), hidden from everyone on purpose.
      // …and the web form's honeypot (issue #12), which no person may see or reach.
      .filter((element) => !element.closest('details:not([open]), .og-visually-hidden, [hidden][data-pagefind-ignore], .og-form__trap'))
      .filter((element) => !visible(element) && element.parentElement && visible(element.parentElement) && element.textContent!.trim())
      .map((element) => `<${element.tagName.toLowerCase()}> ${element.textContent!.trim().replace(/\s+/g, ' ').slice(0, 60)}`);
    return {
      h1: [...document.querySelectorAll('h1')].filter(visible).map((h1) => h1.textContent!.trim()),
      text: main.innerText.replace(/\s+/g, ' ').trim(),
      links: [...new Set(hrefs(document))].sort(),
      // By class: their labels are in the page's language.
      nav: hrefs(document.querySelector('nav.og-nav') ?? document.createElement('nav')),
      breadcrumbs: hrefs(document.querySelector('nav.og-breadcrumbs') ?? document.createElement('nav')),
      hasBreadcrumbs: !!document.querySelector('nav.og-breadcrumbs'),
      footer: hrefs(document.querySelector('footer') ?? document.createElement('footer')),
      hiddenText,
    };
  });
}

/**
 * Expects a page read without JavaScript (`off`) to show its heading, its menu, footer and
 * breadcrumbs, every link it shows with JavaScript (`on`), and, unless it is interactive, the
 * same content with nothing hidden; an interactive page says what needs JavaScript.
 */
export function expectReadable(expect: ExpectStatic, path: string, off: Reading, on: Reading = off): void {
  expect(off.h1, 'one visible h1').toHaveLength(1);
  expect(off.nav, 'the main menu, in the page\'s language').toEqual(mainNav.map((item) => pathIn(languageOfPath(path), item.href)));
  expect(off.footer.length, 'the footer links').toBeGreaterThan(3);
  if (off.hasBreadcrumbs) expect(off.breadcrumbs.length, 'the breadcrumb links').toBeGreaterThan(0);
  expect(on.links.filter((href) => !off.links.includes(href)), 'links that only JavaScript shows').toEqual([]);

  if (interactive.has(neutralPath(path))) {
    expect(off.text, 'says what needs JavaScript').toMatch(/JavaScript/);
  } else {
    expect(off.hiddenText, 'content hidden until a script runs').toEqual([]);
    expect(off.text, 'the same content as with JavaScript').toBe(on.text);
    expect(off.text.length).toBeGreaterThan(40);
  }
}
