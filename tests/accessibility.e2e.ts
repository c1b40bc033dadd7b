/**
 * Accessibility and safety of every page in a real browser (issue #3): axe-core's WCAG 2.1 A and
 * AA rules find no violation; the page has one h1, landmarks, a skip link, labelled fields and
 * tables with headers; and while it loads under netlify.toml's headers there is no CSP violation,
 * no console error and no request leaving the machine. A page that carries no script reads the
 * same without JavaScript, so it is read here as a reader without JavaScript gets it
 * (tests/support/reading.ts); tests/no-js.e2e.ts loads the others both ways.
 */
import { languageOfPath } from '../src/lib/i18n/routes.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { blockExternalRequests, describeInBrowser, describeViolations, launchBrowser, pagesAtOnce, Pool, runAxe, watchPage, type PageProblems } from './support/browser.ts';
import { dist } from './support/dist.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { expectReadable, reading, runsScript } from './support/reading.ts';
import { browserPaths } from './support/sitemap.ts';

const paths = browserPaths();

/** A tab in a context of its own, watched: its problems, and the requests it tried to send elsewhere. */
interface WatchedTab {
  page: Page;
  problems: PageProblems;
  external: string[];
}

describeInBrowser(`every page (${paths.length})`, () => {
  let browser: Browser;
  let server: RunningServer;
  let tabs: Pool<WatchedTab>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist })]);
    // A few tabs visit every page between them, each page in whichever tab is free: a new tab
    // for each page would cost a renderer of its own, more than the page itself.
    const tab = async (): Promise<WatchedTab> => {
      const context = await browser.newContext();
      const external = await blockExternalRequests(context);
      const page = await context.newPage();
      return { page, problems: await watchPage(page), external };
    };
    tabs = new Pool(await Promise.all(Array.from({ length: pagesAtOnce }, tab)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page in a tab, with only its own problems watched; returns the response's status. */
  async function open({ page, problems, external }: WatchedTab, path: string): Promise<number | undefined> {
    for (const list of [problems.consoleErrors, problems.cspViolations, external]) list.length = 0;
    const response = await page.goto(server.url + path, { waitUntil: 'load' });
    return response?.status();
  }

  it.concurrent.for(paths)('%s passes axe, has one h1 and its landmarks, loads cleanly, and reads without JavaScript', (path, { expect }) => tabs.use(async (tab) => {
    const { page, problems, external } = tab;
    expect(await open(tab, path)).toBe(200);
    const violations = await runAxe(page);
    expect(violations, describeViolations(path, violations)).toEqual([]);

    const structure = await page.evaluate(() => {
      const visible = (element: Element) => !!(element as HTMLElement).offsetParent || element.getClientRects().length > 0;
      const skip = document.querySelector('body a');
      const target = skip?.getAttribute('href')?.startsWith('#') ? document.getElementById(skip.getAttribute('href')!.slice(1)) : null;
      // Fields a reader types in or chooses from; disabled task-list ticks carry an aria-label, checked by axe.
      const fields = [...document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]):not([disabled]), select, textarea')];
      return {
        h1: document.querySelectorAll('h1').length,
        main: document.querySelectorAll('main').length,
        banner: document.querySelectorAll('body > header').length,
        contentinfo: document.querySelectorAll('body > footer').length,
        navs: [...document.querySelectorAll('nav')].map((nav) => nav.getAttribute('aria-label') ?? nav.getAttribute('aria-labelledby')),
        skipLink: skip?.textContent?.trim(),
        skipTarget: target?.tagName,
        skipTargetFocusable: target?.getAttribute('tabindex') === '-1',
        unlabelledFields: fields.filter((field) => {
          const byFor = field.id && document.querySelector(`label[for="${CSS.escape(field.id)}"]`);
          return !byFor && !field.closest('label') && !field.getAttribute('aria-labelledby');
        }).map((field) => field.outerHTML),
        tablesWithoutHeaders: [...document.querySelectorAll('table')].filter((table) => !table.querySelector('th')).map((table) => table.outerHTML.slice(0, 120)),
        hiddenH1: [...document.querySelectorAll('h1')].filter((h1) => !visible(h1)).length,
      };
    });
    expect(structure.h1, 'exactly one h1').toBe(1);
    expect(structure.hiddenH1, 'the h1 is visible').toBe(0);
    expect(structure.main, 'one main landmark').toBe(1);
    expect(structure.banner, 'a header landmark').toBe(1);
    expect(structure.contentinfo, 'a footer landmark').toBe(1);
    expect(structure.navs.length, 'navigation landmarks').toBeGreaterThan(0);
    expect(structure.navs.every(Boolean), 'every nav is labelled, so screen readers can tell them apart').toBe(true);
    expect(structure.skipLink, 'the first link skips to the content, in the page\'s language').toBe(wordsIn(languageOfPath(path)).words.site.skipLink);
    expect(structure.skipTarget).toBe('MAIN');
    expect(structure.skipTargetFocusable, 'main takes focus from the skip link').toBe(true);
    expect(structure.unlabelledFields, 'every field has a <label> (a placeholder is not a label)').toEqual([]);
    expect(structure.tablesWithoutHeaders, 'every table has header cells').toEqual([]);

    expect(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(external, 'requests leaving the machine').toEqual([]);

    if (!runsScript(path)) expectReadable(expect, path, await reading(page));
  }));

  it('shows the skip link and a visible focus outline when moving through the page with the keyboard', () => tabs.use(async (tab) => {
    expect(await open(tab, '/')).toBe(200);
    const { page } = tab;
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return { text: element.textContent?.trim(), inView: box.left >= 0 && box.top >= 0 && box.width > 0, outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) };
    });
    expect(skip.text).toBe('Skip to main content');
    expect(skip.inView, 'the focused skip link is on screen').toBe(true);
    expect(skip.outline).not.toBe('none');
    expect(skip.outlineWidth).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Every kind of control shows the outline too: links, the search field and its button.
    for (const selector of ['.og-nav a', '#site-search', '.og-search button']) {
      await page.focus(selector);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return `${style.outlineStyle} ${parseFloat(style.outlineWidth)}`;
      });
      expect(outline, selector).toMatch(/^(solid|auto|dashed|double) [2-9]/);
    }
  }));
});
