/**
 * The CMS's local backend for offline editing: decap-server in MODE=git, where every save is a
 * Git commit (MODE=fs would write files and commit nothing, leaving auditors no history).
 * decap-server commits with `git add .`, which would sweep any unrelated change lying in the
 * working tree into a coordinator's commit; so it runs behind a small guard that refuses to save
 * while the tree has changes the CMS did not make, and says which files and what to do.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { basename } from 'node:path';

/** decap-server actions that write to the working tree and commit with `git add .`. */
const committingActions = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles', 'publishUnpublishedEntry']);

/** Files with changes Git has not committed (modified, staged, or untracked and not ignored). */
export function uncommittedChanges(repo: string): string[] {
  const out = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: repo, encoding: 'utf8' });
  return out.split('\n').filter(Boolean).map((line) => line.slice(3));
}

/** What a coordinator reads when the tree is not clean. */
export function dirtyTreeMessage(files: string[]): string {
  const shown = files.slice(0, 10).join(', ') + (files.length > 10 ? ` and ${files.length - 10} more` : '');
  return `These files have changes that are not committed: ${shown}. The editor saves by committing everything in the folder, so it would put them in your commit. Commit or discard them first (ask your administrator if unsure), then save again.`;
}

/** A port nobody is using, from the operating system. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

function readBody(request: IncomingMessage): Promise<Buffer<ArrayBuffer>> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks)));
    request.on('error', fail);
  });
}

/** The action a decap-server request asks for, or undefined. */
function actionOf(body: Buffer): string | undefined {
  try {
    return (JSON.parse(body.toString('utf8')) as { action?: string }).action;
  } catch {
    return undefined;
  }
}

/** A running local backend: the URL for Decap's `local_backend`, and how to stop it. */
export interface LocalBackend {
  url: string;
  close: () => Promise<void>;
}

/**
 * Starts decap-server on `repo` and waits until it answers. The port is one the system called
 * free a moment before decap-server takes it, so another program (another editing session, even
 * this one's guard) may take it in between: decap-server then fails to start, or the port answers
 * for another repository. Either way it starts again on another port.
 */
async function startDecapServer(repo: string, log: boolean, firstPort?: number): Promise<{ child: ChildProcess; inner: string }> {
  try {
    execFileSync('git', ['rev-parse', '--git-dir'], { cwd: repo, stdio: 'ignore' });
  } catch {
    throw new Error(`${repo} is not a Git repository: the editor saves each change as a commit, so it needs one.`);
  }
  for (let start = 1; ; start++) {
    const port = start === 1 && firstPort ? firstPort : await freePort();
    const child = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
      cwd: repo,
      env: { ...process.env, MODE: 'git', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: log ? 'info' : 'warn' },
      stdio: ['ignore', log ? 'inherit' : 'ignore', 'inherit'],
    });
    const inner = `http://127.0.0.1:${port}/api/v1`;
    // decap-server takes a moment to start: wait until it answers, for this repository.
    let answeredFor: string | undefined;
    for (let attempt = 0; child.exitCode === null && answeredFor === undefined; attempt++) {
      if (attempt > 100) throw new Error('decap-server did not start within 10 seconds');
      try {
        const answer = await fetch(inner, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
        if (answer.ok) answeredFor = ((await answer.json()) as { repo?: string }).repo ?? '';
      } catch {
        await new Promise((done) => setTimeout(done, 100));
      }
    }
    if (answeredFor === basename(repo) && child.exitCode === null) return { child, inner };
    child.kill();
    if (start === 5) throw new Error(`decap-server did not start on ${repo} after ${start} tries (exit code ${child.exitCode}).`);
  }
}

/**
 * Starts decap-server (MODE=git) on `repo`, behind the guard listening on `port` (0: any free
 * port). decap-server itself tries `innerPort` first, if given, then any free port.
 */
export async function startLocalBackend({ repo, port = 0, innerPort, log = false }: { repo: string; port?: number; innerPort?: number; log?: boolean }): Promise<LocalBackend> {
  const { child, inner } = await startDecapServer(repo, log, innerPort);

  const guard = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const origin = request.headers.origin;
    const action = actionOf(body);
    if (request.method === 'POST' && action && committingActions.has(action)) {
      const dirty = uncommittedChanges(repo);
      if (dirty.length > 0) {
        response.writeHead(409, { 'Content-Type': 'application/json', ...(origin && { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }) });
        response.end(JSON.stringify({ error: dirtyTreeMessage(dirty) }));
        return;
      }
    }
    try {
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)).map(([name, value]) => [name, String(value)]));
      const answer = await fetch(inner, { method: request.method, headers, body: ['GET', 'HEAD'].includes(request.method ?? 'GET') ? undefined : body });
      response.writeHead(answer.status, Object.fromEntries([...answer.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name))));
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      response.writeHead(502, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: `decap-server did not answer: ${(error as Error).message}` }));
    }
  });
  await new Promise<void>((done, fail) => {
    guard.once('error', fail);
    guard.listen(port, '127.0.0.1', done);
  });

  const { port: actual } = guard.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/api/v1`,
    close: async () => {
      child.kill();
      guard.closeAllConnections();
      await new Promise<void>((done) => guard.close(() => done()));
    },
  };
}
