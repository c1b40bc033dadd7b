/**
 * `npm run cms`: edit the site offline, on a laptop. Starts the local Git backend (decap-server
 * in MODE=git, so every save is a commit) and the site in development, then prints where the
 * editor is. Refuses to start while the folder has uncommitted changes: decap-server commits with
 * `git add .` and would put them in the coordinator's commits. Extra arguments go to `astro dev`
 * (for example `npm run cms -- --port 4400`); DECAP_SERVER_PORT sets the backend's port (8081).
 */
import { spawn } from 'node:child_process';
import { dirtyTreeMessage, startLocalBackend, uncommittedChanges } from '../src/lib/cms/local-backend.ts';

const repo = process.cwd();
const dirty = uncommittedChanges(repo);
if (dirty.length > 0) {
  console.error(`The editor did not start. ${dirtyTreeMessage(dirty).replace('then save again', 'then run npm run cms again')}`);
  process.exit(1);
}

const backend = await startLocalBackend({ repo, port: Number(process.env.DECAP_SERVER_PORT ?? 8081) });
const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, DECAP_LOCAL_BACKEND: backend.url },
});
// Pass Astro's output through, and say where the editor is once the site is up.
let told = false;
dev.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  const local = /Local\s+(http:\/\/\S+?)\/?\s/.exec(chunk.toString())?.[1];
  if (local && !told) {
    told = true;
    console.log(`\n  Editor: ${local}/admin/  (click "Login": saves are Git commits in ${repo})\n`);
  }
});

const stop = async (code = 0) => {
  dev.kill();
  await backend.close();
  process.exit(code);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
dev.on('exit', (code) => void stop(code ?? 0));
