/**
 * The browser side of the browser tests: Debian's Chromium through playwright-core, and helpers
 * that watch a page (console errors, CSP violations, requests leaving the machine) and run axe.
 * With CI=true a missing browser fails the run; elsewhere the browser tests are skipped, saying why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe, it } from 'vitest';

/** Where the browser is: Debian's package (`apt-get install chromium`, done by .ci/run). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, deterministic headless Chromium that makes no requests of its own. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The benchmarks' slow network (issue #3), for CDP's Network.emulateNetworkConditions: 400 kbit/s each way (in bytes per second), 400 ms round trip. */
export const slowNetwork = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

/** Why browser tests cannot run on this machine, or undefined when they can. */
export const browserMissing: string | undefined = existsSync(chromiumPath)
  ? undefined
  : `no Chromium at ${chromiumPath} (install Debian's chromium package, or set CHROMIUM_PATH)`;

/**
 * `describe` for browser tests. Every test runs, here as in CI: without a browser the block holds
 * one failing test that says what to install, rather than skipping what it cannot check.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (!browserMissing) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it('needs Chromium', () => {
      throw new Error(`Browser tests cannot run: ${browserMissing}`);
    });
  });
}

/**
 * Launches Chromium. Playwright gives every launch a fresh temporary profile (it refuses a
 * `--user-data-dir` flag), so no cache, cookies or service workers carry over between runs.
 */
export async function launchBrowser(): Promise<Browser> {
  if (browserMissing) throw new Error(`Cannot launch the browser: ${browserMissing}`);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * How many pages a page walk loads and checks at once, each in its own tab: one per core, up to
 * four. One tab leaves a core idle while the test and the browser wait on each other.
 */
export const pagesAtOnce = Math.min(4, availableParallelism());

/** Things (tabs) that concurrent tests borrow one at a time, waiting for one when all are out. */
export class Pool<T> {
  private readonly free: T[];
  private readonly waiting: Array<(item: T) => void> = [];

  constructor(items: T[]) {
    this.free = [...items];
  }

  /** Runs `work` with an item of the pool, and gives the item back when it is done. */
  async use<R>(work: (item: T) => Promise<R>): Promise<R> {
    const item = this.free.pop() ?? (await new Promise<T>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(item);
    } finally {
      const next = this.waiting.shift();
      if (next) next(item);
      else this.free.push(item);
    }
  }
}

/** What went wrong on a page while it was watched. */
export interface PageProblems {
  /** Console errors and uncaught exceptions, CSP reports included. */
  consoleErrors: string[];
  /** Content-Security-Policy violations: from `securitypolicyviolation` events and Chromium's console reports. */
  cspViolations: string[];
}

const cspMarker = 'CSP violation:';

/**
 * Records console errors and CSP violations on a page; call before navigating. The init script
 * catches `securitypolicyviolation` events (when JavaScript runs); Chromium's own "Refused to …
 * Content Security Policy" console messages catch the rest, also with JavaScript disabled.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], cspViolations: [] };
  await page.addInitScript((marker) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${marker} ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
    });
  }, cspMarker);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    problems.consoleErrors.push(text);
    if (text.startsWith(cspMarker) || /Content Security Policy/i.test(text)) problems.cspViolations.push(text);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`Uncaught: ${error.message}`));
  return problems;
}

/** True for requests that stay on this machine (and for inline data/blob URLs). */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/**
 * Aborts every request of a browser context that would leave the machine, and returns the list
 * of their URLs, so a test can assert it stayed empty. (Routing turns off the HTTP cache: do not
 * use it in the slow-network benchmark, which watches requests instead.)
 */
export async function blockExternalRequests(context: BrowserContext): Promise<string[]> {
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  return external;
}

/** One axe violation, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** WCAG 2.1 levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Runs axe-core on the page as loaded and returns its WCAG 2.1 A/AA violations. axe is evaluated
 * through the DevTools protocol rather than added as a `<script>` element, which the site's CSP
 * would rightly block; this also works in a context with JavaScript disabled.
 */
export async function runAxe(page: Page, rules: Record<string, { enabled: boolean }> = {}): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, rules }) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; helpUrl: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        helpUrl: violation.helpUrl,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    { tags: axeTags, rules },
  );
}

/** Violations as readable lines for a failure message. */
export function describeViolations(path: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${path}: ${v.id} (${v.impact}) ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}\n    ${v.helpUrl}`).join('\n');
}
