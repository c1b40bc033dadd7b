/**
 * Reading without JavaScript (issue #3): every page, loaded in Chromium with JavaScript disabled,
 * shows its heading, its navigation (main menu, breadcrumbs, footer) and every link it has with
 * JavaScript on; and a reading page shows exactly the same content either way, with nothing in
 * it hidden waiting for a script. The two interactive pages (search, the interactive map) are
 * enhancements: without JavaScript they explain themselves and keep every link.
 *
 * A page that carries no script (nor a `<noscript>`) is the same document with JavaScript on or
 * off: the walk over every page with JavaScript on reads it there (tests/accessibility.e2e.ts),
 * rather than a second walk loading it again. Here: which pages those are, checked in every
 * built page's markup, and the pages that carry a script, loaded both ways.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { neutralPath } from '../src/lib/i18n/routes.ts';
import { describeInBrowser, launchBrowser } from './support/browser.ts';
import { dist, publicPages } from './support/dist.ts';
import { expectReadable, interactive, reading, runsScript } from './support/reading.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { browserPaths } from './support/sitemap.ts';

const withScript = browserPaths().filter(runsScript);

it('no page carries a script but the interactive ones, which the browser loads both ways below', () => {
  const scripted = publicPages().filter(runsScript);
  expect(new Set(scripted.map(neutralPath))).toEqual(interactive);
  expect(withScript.map(neutralPath).sort()).toEqual([...interactive, ...interactive].sort());
});

describeInBrowser(`the pages with a script, without JavaScript (${withScript.length})`, () => {
  let browser: Browser;
  let server: RunningServer;
  let on: Page;
  let off: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ root: dist })]);
    const contexts = await Promise.all([browser.newContext(), browser.newContext({ javaScriptEnabled: false })]);
    [on, off] = await Promise.all(contexts.map((context) => context.newPage()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function read(tab: Page, path: string) {
    await tab.goto(server.url + path, { waitUntil: 'load' });
    return reading(tab);
  }

  it.each(withScript)('%s shows its content and all its navigation without JavaScript', async (path) => {
    expectReadable(expect, path, await read(off, path), await read(on, path));
  });
});
