/**
 * The W3C's Nu HTML Checker (vnu.jar, from the `vnu-jar` package) on Java: one Java process for
 * any number of files, since Java's start-up costs seconds. With CI=true a missing Java fails the
 * run; elsewhere the tests that need it are skipped, saying why (like the browser tests).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, it } from 'vitest';

/** The Java to run: Debian's `default-jre-headless` (installed by .ci/run), or JAVA if set. */
export const javaPath = process.env.JAVA ?? 'java';

/** The checker's jar, shipped inside the npm package (its own Java download is never run). */
export const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Why the checker cannot run on this machine, or undefined when it can. */
export const javaMissing: string | undefined =
  spawnSync(javaPath, ['-version'], { encoding: 'utf8' }).status === 0
    ? undefined
    : `no Java at "${javaPath}" (install Debian's default-jre-headless package, or set JAVA)`;

/**
 * `describe` for tests that need Java. Every test runs, here as in CI: without Java the block
 * holds one failing test that says what to install, rather than skipping what it cannot check.
 */
export function describeWithJava(name: string, body: () => void): void {
  if (!javaMissing) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it('needs Java', () => {
      throw new Error(`The Nu HTML Checker cannot run: ${javaMissing}`);
    });
  });
}

/** One message of the checker, as its JSON output gives it. */
export interface NuMessage {
  /** `error`, `info` (a warning when `subType` is `warning`) or `non-document-error`. */
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  /** The checked file, as a `file:` URL. */
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Checks `files` in one Java process and returns every message, errors, warnings and notes alike. */
export function runNuChecker(files: string[]): NuMessage[] {
  // A short run: Java's quick compiler alone and one garbage-collector thread take less than half
  // the CPU time of its defaults over all pages (measured: 2.5 s against 6.1 s); the quick
  // compiler's larger stack frames need a larger stack than the 512 KB the checker asks for.
  const java = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss8m'];
  // --stdout: the report, not Java's own complaints, on stdout; --exit-zero-always: the report
  // says what failed, the exit status would only say that something did.
  const result = spawnSync(javaPath, [...java, '-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`The Nu HTML Checker did not run (status ${result.status}):\n${result.stderr}`);
  return (JSON.parse(result.stdout) as { messages: NuMessage[] }).messages;
}
