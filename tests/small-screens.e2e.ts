/**
 * Small screens (issue #3): on a 360×640 phone no page scrolls sideways, and every tap target
 * (link, button, field, summary) is at least 44×44 CSS pixels, on every page of the sitemap.
 *
 * Exempt, as WCAG 2.5.8 (Target Size, Minimum) exempts them: links inside running text ("a
 * target in a sentence, or whose size is otherwise constrained by the line-height of non-target
 * text"), recognised here as links whose nearest block also holds text outside any link; links
 * with an equivalent ("the function can be achieved through a different control on the same page
 * that meets this criterion"), such as a district's shape on a map whose link is also in a list;
 * and disabled controls, which are not targets. Wide tables may scroll inside their own box
 * (`.og-scroll`): the page itself does not.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { describeInBrowser, describeViolations, launchBrowser, pagesAtOnce, Pool, runAxe } from './support/browser.ts';
import { dist } from './support/dist.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { browserPaths, onePerType } from './support/sitemap.ts';

const paths = browserPaths();
const minimum = 44;

describeInBrowser(`every page on a 360×640 screen (${paths.length})`, () => {
  let browser: Browser;
  let tabs: Pool<Page>;
  let server: RunningServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist })]);
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    // A few tabs visit every page between them, each page in whichever tab is free: a new tab
    // for each page would cost a renderer of its own, more than the page itself.
    tabs = new Pool(await Promise.all(Array.from({ length: pagesAtOnce }, () => context.newPage())));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.concurrent.for(paths)('%s does not scroll sideways and its tap targets are 44 px or more', (path, { expect }) => tabs.use(async (page) => {
    await page.goto(server.url + path, { waitUntil: 'load' });
    const result = await page.evaluate((minimum) => {
      const describe = (element: Element) => {
        const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const within = element.parentElement?.closest('[class]')?.getAttribute('class')?.split(' ')[0];
        return `${within ? `.${within} ` : ''}<${element.tagName.toLowerCase()}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}>${text}`;
      };
      const width = document.documentElement.clientWidth;
      const scrollsInside = (element: Element) => {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
        }
        return false;
      };
      const overflowing = [...document.body.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !scrollsInside(element))
        .map((element) => `${describe(element)} (right edge at ${Math.round(element.getBoundingClientRect().right)} px)`);

      /** The nearest ancestor laid out as a block (not an inline box inside text). */
      const block = (element: Element) => {
        let parent = element.parentElement!;
        while (parent.parentElement && getComputedStyle(parent).display.startsWith('inline')) parent = parent.parentElement;
        return parent;
      };
      /** True when the target sits in a sentence: its block has text outside any link or control. */
      const inRunningText = (element: Element) => {
        const walker = document.createTreeWalker(block(element), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.textContent!.trim() && !node.parentElement!.closest('a, button, label, summary')) return true;
        }
        return false;
      };
      const targets = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
        .filter((element) => !(element as HTMLInputElement).disabled && (element as HTMLInputElement).type !== 'hidden')
        .map((element) => ({ element, box: element.getBoundingClientRect(), href: element.getAttribute('href') }))
        .filter(({ box }) => box.width > 1 && box.height > 1 && box.right > 0 && box.bottom > 0); // rendered, not parked off screen
      const bigEnough = ({ box }: { box: DOMRect }) => box.width >= minimum - 0.5 && box.height >= minimum - 0.5;
      const equivalents = new Set(targets.filter(bigEnough).map(({ href }) => href).filter(Boolean));
      const small = targets
        .filter((target) => !bigEnough(target))
        .filter(({ element }) => !(element.tagName.toLowerCase() === 'a' && inRunningText(element)))
        .filter(({ href }) => !(href && equivalents.has(href)))
        .map(({ element, box }) => `${describe(element)} is ${Math.round(box.width)}×${Math.round(box.height)} px`);

      return { scrollWidth: document.documentElement.scrollWidth, width, overflowing, small };
    }, minimum);

    expect(result.overflowing, 'elements wider than the screen').toEqual([]);
    expect(result.scrollWidth, 'page width').toBeLessThanOrEqual(result.width);
    expect(result.small, `tap targets smaller than ${minimum}×${minimum} px`).toEqual([]);
  }));

  // Narrow layouts bring their own failures (boxes that now scroll, text that now overlaps).
  it.concurrent.for(onePerType(paths))('%s passes axe on the small screen too', (path, { expect }) => tabs.use(async (page) => {
    await page.goto(server.url + path, { waitUntil: 'load' });
    const violations = await runAxe(page);
    expect(violations, describeViolations(path, violations)).toEqual([]);
  }));
});
