/**
 * The local backend of `npm run cms`: decap-server in MODE=git, where a save is a Git commit,
 * behind a guard that keeps `git add .` from sweeping unrelated changes into a coordinator's
 * commit. Tested against real temporary repositories.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBackend, uncommittedChanges, type LocalBackend } from '../src/lib/cms/local-backend.ts';
import { contentRepository, git } from './support/cms.ts';

const post = (backend: LocalBackend, body: object) =>
  fetch(backend.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:4321' }, body: JSON.stringify(body) });

/** What Decap sends to save one district in simple mode (no editorial workflow). */
const saveToledo = (summary: string) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    dataFiles: [{ slug: 'toledo', path: 'content/districts/toledo.md', raw: `---\nname: Toledo\nsummary: ${summary}\n---\n` }],
    assets: [],
    options: { commitMessage: 'Update District “toledo”', useWorkflow: false, status: 'draft' },
  },
});

describe('the local backend', () => {
  let repo: string;
  let backend: LocalBackend;
  beforeAll(async () => {
    repo = contentRepository();
    backend = await startLocalBackend({ repo });
  });
  afterAll(async () => {
    await backend?.close();
    rmSync(repo, { recursive: true, force: true });
  });

  it('answers as decap-server in Git mode', async () => {
    const answer = await post(backend, { action: 'info' });
    expect(await answer.json()).toMatchObject({ type: 'local_git', publish_modes: ['simple', 'editorial_workflow'] });
  });

  it('makes each save a commit holding that entry only', async () => {
    const answer = await post(backend, saveToledo('The southernmost district.'));
    expect(answer.status).toBe(200);
    expect(git(repo, 'log', '-1', '--format=%s').trim()).toBe('Update District “toledo”');
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('content/districts/toledo.md');
    expect(uncommittedChanges(repo)).toEqual([]);
  });

  it('refuses to save while another file has uncommitted changes, and says which and what to do', async () => {
    writeFileSync(join(repo, 'notes.txt'), 'not for the site');
    const before = git(repo, 'rev-parse', 'HEAD');
    const answer = await post(backend, saveToledo('Changed while notes.txt lies around.'));
    expect(answer.status).toBe(409);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
    const { error } = (await answer.json()) as { error: string };
    expect(error).toContain('notes.txt');
    expect(error).toMatch(/Commit or discard them first/);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(before);
    expect(readFileSync(join(repo, 'content/districts/toledo.md'), 'utf8')).toContain('The southernmost district.');
  });

  it('starts on another port when its port is taken in the meantime, and never answers for another repository', async () => {
    // Two editing sessions at once (two test files, or a coordinator's two checkouts): the port
    // the system called free for one may be taken by the other before decap-server listens on it.
    const other = contentRepository();
    const taken = Number(new URL(backend.url).port); // held by this file's backend, which answers for `repo`
    const second = await startLocalBackend({ repo: other, innerPort: taken });
    try {
      expect(await (await post(second, { action: 'info' })).json()).toMatchObject({ repo: basename(other) });
      expect(await (await post(backend, { action: 'info' })).json()).toMatchObject({ repo: basename(repo) });
    } finally {
      await second.close();
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('says so when its folder is not a Git repository', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'og-not-a-repo-'));
    try {
      await expect(startLocalBackend({ repo: folder })).rejects.toThrow(`${folder} is not a Git repository`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('still lets the editor read while the tree is not clean', async () => {
    const answer = await post(backend, { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/districts', extension: 'md', depth: 1 } });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as unknown[]).length).toBe(6);
  });
});

describe('npm run cms', () => {
  it('does not start on a folder with uncommitted changes, and names them', () => {
    const repo = contentRepository();
    writeFileSync(join(repo, 'content/districts/cayo.md'), 'edited by hand');
    const result = spawnSync(process.execPath, [resolve('scripts/cms.ts')], { cwd: repo, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The editor did not start');
    expect(result.stderr).toContain('content/districts/cayo.md');
    expect(result.stderr).toContain('then run npm run cms again');
    rmSync(repo, { recursive: true, force: true });
  });
});
