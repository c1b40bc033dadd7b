/**
 * Builds the shared sites named on the command line into a test run's folder, one after
 * another: run in the background by the global setup (shared-builds.ts).
 * Usage: node tests/support/shared-builds-run.ts <folder> <name>…
 */
import { buildShared, type SharedBuildName } from './shared-builds.ts';

const [folder, ...names] = process.argv.slice(2);
for (const name of names) buildShared(folder, name as SharedBuildName);
