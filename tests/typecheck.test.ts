/**
 * The project type-checks (issue #11): `astro check` over every `.astro`, `.ts` and checked `.mjs`
 * file, tests and scripts included, under tsconfig.json's strict settings, finds no error and no
 * warning. It runs in the background while the other files run (tests/support/shared-builds.ts);
 * `npm run typecheck` runs the same check on its own.
 */
import { expect, it } from 'vitest';
import { sharedBuild } from './support/shared-builds.ts';

it('finds no error and no warning', async () => {
  const { status, output } = await sharedBuild('types');
  const summary = output.match(/- (\d+) errors?\s+- (\d+) warnings?/);
  expect(summary, output).not.toBeNull();
  expect({ errors: Number(summary![1]), warnings: Number(summary![2]) }, output).toEqual({ errors: 0, warnings: 0 });
  expect(status, output).toBe(0);
}, 600_000);
