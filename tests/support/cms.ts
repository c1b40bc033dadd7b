/**
 * Driving Decap CMS at /admin/ in Chromium against a throwaway Git repository: a copy of
 * content/ committed in a temporary folder, the local backend (decap-server in MODE=git behind
 * its guard), and the built admin served with netlify.toml's headers. Shared by the round-trip
 * test, the load benchmark and the screenshots in docs/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { cmsConfigYaml } from '../../src/lib/cms/config.ts';
import { startLocalBackend, type LocalBackend } from '../../src/lib/cms/local-backend.ts';
import { siteSettings } from '../../src/lib/settings.ts';
import { launchBrowser, watchPage, type PageProblems } from './browser.ts';
import { dist } from './dist.ts';
import { startServer, type RunningServer } from './server.ts';

/** Runs Git in `dir` as the coordinator of the tests. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
}

/** A temporary Git repository holding a copy of content/, as the CMS sees a real one. */
export function contentRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'og-cms-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Coordinator (test)');
  git(dir, 'config', 'user.email', 'coordinator@example.org');
  git(dir, 'add', 'content');
  git(dir, 'commit', '-q', '-m', 'Content before the CMS session');
  return dir;
}

/**
 * netlify.toml as deployed, except that the admin may also reach the local backend: the only
 * difference from production, where the CMS talks to GitHub instead.
 */
function tomlWithLocalBackend(backendUrl: string, folder: string): string {
  const toml = readFileSync('netlify.toml', 'utf8');
  const changed = toml.replace(/(for = "\/admin\/\*"[\s\S]*?connect-src [^;"]*)/, `$1 ${new URL(backendUrl).origin}`);
  if (changed === toml) throw new Error('netlify.toml has no connect-src in its /admin/* rule');
  const file = join(folder, 'netlify.toml');
  writeFileSync(file, changed);
  return file;
}

/** A running editing session: everything a test needs, and one call to stop it all. */
export interface CmsSession {
  repo: string;
  backend: LocalBackend;
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** Responses with an error status, other than the local backend's "no draft of this entry yet". */
  failedRequests: string[];
  /**
   * Resolves once no request to the local backend has been under way for a moment. decap-server
   * checks a draft's branch out to read it, and back: a test that changes the repository itself
   * waits for this first.
   */
  backendIdle: () => Promise<void>;
  close: () => Promise<void>;
}

/** Starts a session: repository, local backend, the built admin, Chromium signed in. */
export async function startCmsSession({ viewport = { width: 1280, height: 900 } } = {}): Promise<CmsSession> {
  const repo = contentRepository();
  const backend = await startLocalBackend({ repo });
  const scratch = mkdtempSync(join(tmpdir(), 'og-cms-toml-'));
  const server = await startServer({ root: dist, config: tomlWithLocalBackend(backend.url, scratch) });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport });
  // The built config.yml points at GitHub; this session's points at its own local backend.
  const config = cmsConfigYaml({ settings: siteSettings(), localBackend: backend.url });
  await context.route('**/admin/config.yml', (route) => route.fulfill({ contentType: 'text/yaml', body: config }));
  // With translations on, Decap shows the other language's fields beside the form by default
  // (its right pane "i18n"), which doubles every label; these tests keep the preview there and
  // switch languages with the form's own locale menu.
  await context.addInitScript(() => {
    try {
      localStorage.setItem('cms.right-pane', 'preview');
    } catch {
      // about:blank has no storage; the editor's pages do.
    }
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const problems = await watchPage(page);
  // Decap asks before publishing, and before leaving an entry with unsaved changes: say yes.
  page.on('dialog', (dialog) => dialog.accept());
  const failedRequests: string[] = [];
  page.on('response', (response) => {
    const ours = response.url().startsWith(backend.url);
    // With translations, Decap asks a draft for each language's file, also one the draft does not
    // hold (id ""): decap-server says 422, and Decap reads that as "no translation".
    const noTranslation = response.status() === 422 && /"action":"unpublishedEntryDataFile".*"id":""/.test(response.request().postData() ?? '');
    const expected = ours && (response.status() === 404 || noTranslation);
    if (response.status() >= 400 && !expected) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  const pending = new Set<unknown>();
  page.on('request', (request) => request.url().startsWith(backend.url) && pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  const backendIdle = async () => {
    for (let quiet = 0; quiet < 3; quiet = pending.size ? 0 : quiet + 1) await page.waitForTimeout(100);
  };
  return {
    repo,
    backend,
    backendIdle,
    server,
    browser,
    context,
    page,
    problems,
    failedRequests,
    close: async () => {
      await browser.close();
      await server.close();
      await backend.close();
      rmSync(repo, { recursive: true, force: true });
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Opens the editor and signs in to the local backend. */
export async function signIn(session: CmsSession): Promise<void> {
  await session.page.goto(`${session.server.url}/admin/`, { timeout: 120_000 });
  // Decap validates its configuration and builds its UI after the load event: give a busy machine time.
  await session.page.getByRole('button', { name: /login/i }).click({ timeout: 120_000 });
  await session.page.getByRole('link', { name: /Commitments/ }).first().waitFor({ timeout: 120_000 });
}

/** Decap's editor for one entry, found by the labels coordinators see. */
export class Editor {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /**
   * Loads the editor afresh at one of its routes. Decap keeps the previous entry's draft for a
   * moment after the editor is left, and a step that follows quickly on a busy machine can
   * inherit it (a new meeting saved under the last commitment's name); a full load cannot.
   */
  async load(route: string): Promise<void> {
    const origin = new URL(this.page.url()).origin;
    await this.page.goto('about:blank');
    await this.page.goto(`${origin}/admin/#${route}`);
    await this.page.getByRole('button', { name: 'Save' }).waitFor({ timeout: 120_000 });
  }

  /**
   * Goes to one of the editor's routes without loading Decap again (a load takes seconds on a
   * busy machine): through a page Decap does not know, so that its editor is left (and its draft
   * dropped) before another opens. Only once nothing Decap started is still loading (see `load`
   * and `saveNew`).
   */
  async go(route: string): Promise<void> {
    const save = this.page.getByRole('button', { name: 'Save' });
    await this.page.evaluate(() => { window.location.hash = '#/no-such-page'; });
    await save.waitFor({ state: 'detached' });
    await this.page.evaluate((hash) => { window.location.hash = hash; }, `#${route}`);
    await save.waitFor();
  }

  /** Opens a new entry of a collection; `route` may prefill it (`/collections/x/new?title=…`). */
  async create(collection: string, route = `/collections/${collection}/new`, { reload = true } = {}): Promise<void> {
    await (reload ? this.load(route) : this.go(route));
  }

  /** Types at the end of the text field labelled so (its first, when several are). */
  async typeAtEnd(label: string, text: string): Promise<void> {
    const field = this.page.getByLabel(label, { exact: true }).first();
    await field.press('End');
    await field.pressSequentially(text);
  }

  /** Opens an existing entry. */
  async open(collection: string, slug: string, { reload = true } = {}): Promise<void> {
    const route = `/collections/${collection}/entries/${slug}`;
    await (reload ? this.load(route) : this.go(route));
  }

  /** The list fields (milestones, evidence…) labelled so, to look for fields inside them. */
  list(label: string, within: Page | Locator = this.page): Locator {
    // The list's own label sits in its top bar; nested lists carry other labels deeper down.
    const named = `normalize-space(.)="${label}" or normalize-space(.)="${label} (optional)"`;
    return within.locator(`xpath=.//*[@aria-label="list field"][./div/label[${named}]]`);
  }

  /** Picks an option in a select or relation field: types to search, then clicks it. */
  async choose(field: Locator, typed: string, option: string | RegExp): Promise<void> {
    await field.fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /**
   * Marks milestone `index` of the open commitment complete on `completed`, with a document
   * uploaded as its evidence (the media library stores it in the collection's media folder).
   */
  async completeMilestone(index: number, completed: string, evidence: { title: string; file: { name: string; mimeType: string; buffer: Buffer } }): Promise<void> {
    const milestones = this.list('Milestones');
    await this.choose(milestones.getByRole('combobox', { name: 'Status' }).nth(index), 'Comp', 'Complete');
    await milestones.getByLabel('Date completed (optional)').nth(index).fill(completed);
    const list = this.list('Evidence').nth(index);
    await list.getByRole('button', { name: 'Add evidence' }).click();
    await list.getByLabel('Title', { exact: true }).fill(evidence.title);
    await list.getByRole('button', { name: 'Choose a file' }).click();
    const library = this.page.getByRole('dialog');
    await library.locator('input[type="file"]').setInputFiles(evidence.file);
    await library.getByRole('button', { name: 'Choose selected' }).click();
  }

  /** Writes in a Markdown field (rich-text editor) found by its label. */
  async write(label: string, text: string): Promise<void> {
    const editor = this.page.locator('label', { hasText: label }).first().locator('xpath=ancestor::div[.//*[@contenteditable="true"]][1]').locator('[contenteditable="true"]');
    await editor.click();
    await this.page.keyboard.type(text);
  }

  /**
   * Saves a new entry and waits until Decap has read it back under its new name (it does so
   * after the save), so that the next step can leave the editor without a full load (see `go`).
   */
  async saveNew(): Promise<void> {
    const readBack = this.page.waitForResponse((response) => /"action":"unpublishedEntryDataFile"/.test(response.request().postData() ?? ''));
    await this.save();
    await readBack;
  }

  /** Saves; with the editorial workflow that makes a draft (a commit on a cms/ branch). */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
    // The workflow's status menu appears once the draft is stored (toasts linger between steps).
    await this.page.getByRole('button', { name: 'Status: Draft' }).waitFor();
  }

  /** Asks to move the open draft to Ready (from Draft). */
  async askReady(): Promise<void> {
    await this.page.getByRole('button', { name: 'Status: Draft' }).click();
    await this.page.getByRole('menuitem', { name: 'Ready' }).click();
  }

  /** Asks to publish the open draft, which is Ready (merging its branch into main). */
  async askPublish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'Publish now' }).click();
  }

  /** Moves the draft to Ready, then publishes it (merging its branch into main). */
  async publish(): Promise<void> {
    await this.askReady();
    await this.page.getByRole('button', { name: 'Status: Ready' }).waitFor();
    await this.askPublish();
    await this.page.getByRole('button', { name: 'Status: Ready' }).waitFor({ state: 'detached' });
  }
}
