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
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const problems = await watchPage(page);
  // Decap asks before publishing, and before leaving an entry with unsaved changes: say yes.
  page.on('dialog', (dialog) => dialog.accept());
  const failedRequests: string[] = [];
  page.on('response', (response) => {
    const expected = response.url().startsWith(backend.url) && response.status() === 404;
    if (response.status() >= 400 && !expected) failedRequests.push(`${response.status()} ${response.url()}`);
  });
  return {
    repo,
    backend,
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
  private async load(route: string): Promise<void> {
    const origin = new URL(this.page.url()).origin;
    await this.page.goto('about:blank');
    await this.page.goto(`${origin}/admin/#${route}`);
    await this.page.getByRole('button', { name: 'Save' }).waitFor({ timeout: 120_000 });
  }

  /** Opens a new entry of a collection. */
  async create(collection: string): Promise<void> {
    await this.load(`/collections/${collection}/new`);
  }

  /** Opens an existing entry. */
  async open(collection: string, slug: string): Promise<void> {
    await this.load(`/collections/${collection}/entries/${slug}`);
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

  /** Saves; with the editorial workflow that makes a draft (a commit on a cms/ branch). */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
    // The workflow's status menu appears once the draft is stored (toasts linger between steps).
    await this.page.getByRole('button', { name: 'Status: Draft' }).waitFor();
  }

  /** Moves the draft to Ready, then publishes it (merging its branch into main). */
  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Status: Draft' }).click();
    await this.page.getByRole('menuitem', { name: 'Ready' }).click();
    await this.page.getByRole('button', { name: 'Status: Ready' }).waitFor();
    await this.page.getByRole('button', { name: 'Publish', exact: true }).click();
    await this.page.getByRole('menuitem', { name: 'Publish now' }).click();
    await this.page.getByRole('button', { name: 'Status: Ready' }).waitFor({ state: 'detached' });
  }
}
