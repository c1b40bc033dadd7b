/**
 * Reading without JavaScript (issue #3): every page, loaded in Chromium with JavaScript disabled,
 * shows its heading, its navigation (main menu, breadcrumbs, footer) and every link it has with
 * JavaScript on; and a reading page shows exactly the same content either way, with nothing in
 * it hidden waiting for a script. The two interactive pages (search, the interactive map) are
 * enhancements: without JavaScript they explain themselves and keep every link.
 */
import { languageOfPath, neutralPath, pathIn } from '../src/lib/i18n/routes.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { mainNav } from '../src/consts.ts';
import { describeInBrowser, launchBrowser, pagesAtOnce, Pool } from './support/browser.ts';
import { dist, page as builtPage } from './support/dist.ts';
import { startTags } from './support/html.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { browserPaths } from './support/sitemap.ts';

const paths = browserPaths();
/** Pages whose purpose needs JavaScript; each says so to readers without it. */
const interactive = new Set(['/search/', '/map/']);

/** True when a built page loads or contains script (JSON-LD is data, not script). */
function runsScript(path: string): boolean {
  return startTags(builtPage(path)).some(({ name, attributes }) => name === 'script' && !attributes.some(([key, value]) => key === 'type' && value === 'application/ld+json'));
}

/** What a reader gets from a page: visible text of main, visible links, navigation. */
async function reading(page: Page) {
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

describeInBrowser(`every page without JavaScript (${paths.length})`, () => {
  let browser: Browser;
  let tabs: Pool<{ withScript: Page; withoutScript: Page }>;
  let server: RunningServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist })]);
    const [on, off] = await Promise.all([browser.newContext(), browser.newContext({ javaScriptEnabled: false })]);
    // A few pairs of tabs visit every page between them, each page in whichever pair is free: a
    // new tab for each page would cost a renderer of its own, more than the page itself.
    const pair = async () => ({ withScript: await on.newPage(), withoutScript: await off.newPage() });
    tabs = new Pool(await Promise.all(Array.from({ length: pagesAtOnce }, pair)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function read(tab: Page, path: string) {
    await tab.goto(server.url + path, { waitUntil: 'load' });
    return reading(tab);
  }

  it.concurrent.for(paths)('%s shows its content and all its navigation without JavaScript', (path, { expect }) => tabs.use(async ({ withScript, withoutScript }) => {
    // A page without a script of its own reads the same either way: one load is enough.
    const off = await read(withoutScript, path);
    const on = runsScript(path) ? await read(withScript, path) : off;

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
  }));
});
