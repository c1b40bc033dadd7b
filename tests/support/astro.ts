/** Runs the Astro CLI on the same Node as the tests (Node 24 from the project's devDependency). */
import { spawnSync } from 'node:child_process';

/** The date the test build pretends to be built on. */
export const testBuildDate = '2026-11-27';

/** Runs `astro <args>` in the project root and returns its exit status and output. */
export function runAstro(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}
