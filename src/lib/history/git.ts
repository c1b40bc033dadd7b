/**
 * The one place the site asks Git anything. Whatever the size of the history, a build runs a
 * fixed handful of Git processes: one `git log` over the content folder (first-parent, with
 * renames and blob ids), one more over the commit graph only when review branches were merged,
 * and ONE `git cat-file --batch` that reads every needed version of every file. Never a process
 * per file. A shallow or missing history gives no history rather than wrong dates: in a shallow
 * clone the oldest commit present would claim every file.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

/** A commit that changed content, as readers see it. */
export interface Commit {
  sha: string;
  /** When it reached the branch the site is built from (committer date), full ISO timestamp. */
  timestamp: string;
  /** The same day, `YYYY-MM-DD` in UTC, so pages do not depend on the machine's time zone. */
  date: string;
  /** Who made the change; for a merged review branch, the authors of the branch's commits, comma-separated (pages say `authors` as a list in their language). */
  author: string;
  /** Who made the change, one name each: the author, or a merged review branch's authors in the order they worked. */
  authors: string[];
  /** What they said about it; for a merged review branch, the branch's commit messages. */
  message: string;
  /** Set when the commit merges a review branch (the CMS's editorial workflow). */
  merge?: {
    /** Who published it: the merge's author. */
    publisher: string;
    /** The merge's own message ("Automatically generated. Merged on Decap CMS."). */
    message: string;
  };
}

/** One file changed by a commit, paths relative to the folder that was read. */
export interface FileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  path: string;
  /** The old path of a renamed file. */
  from?: string;
  /** The blob id of a renamed file's old content: the same as `blob` when only its path changed. */
  fromBlob?: string;
  /** The blob id of the new content; absent when deleted. */
  blob?: string;
}

/** A commit with the files it changed, compared with its first parent. */
export interface CommitChanges {
  commit: Commit;
  changes: FileChange[];
}

/** The commit the site is built from. */
export interface HeadCommit {
  sha: string;
  timestamp: string;
  date: string;
  /** The branch, when Git or the CI says which (a CI checkout is often a detached HEAD). */
  branch?: string;
  /** Whether tracked files differ from the commit (a local build with unsaved edits). */
  dirty: boolean;
}

/** Why the history cannot be read. */
export type Unavailable = 'no-git' | 'no-repository' | 'shallow' | 'no-commits';

/** The result of reading the log: every commit that changed the folder, oldest first, or why not. */
export type GitLog =
  | {
      available: true;
      head: HeadCommit;
      /** The folder's path inside the repository (`content/`), to make paths repository-relative again. */
      prefix: string;
      commits: CommitChanges[];
    }
  | { available: false; reason: Unavailable; head?: HeadCommit };

let processes = 0;

/** How many Git processes this module has started, so tests can prove the count does not grow with the history. */
export function gitProcessCount(): number {
  return processes;
}

function git(cwd: string, args: string[], input?: string) {
  processes++;
  return spawnSync('git', ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false', '-c', 'i18n.logOutputEncoding=UTF-8', ...args], {
    cwd,
    input,
    maxBuffer: 2 ** 31 - 1,
  });
}

const toDate = (seconds: string) => {
  const timestamp = new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z');
  return { timestamp, date: timestamp.slice(0, 10) };
};

const field = '\x1f';
const record = '\x1e';

/** The commit checked out in the repository holding `dir`, or undefined outside a repository. */
function readHead(dir: string): HeadCommit | undefined {
  const head = git(dir, ['log', '-1', `--format=%H${field}%ct`, 'HEAD']);
  if (head.error || head.status !== 0) return undefined;
  const [sha, seconds] = head.stdout.toString().trim().split(field);
  const current = git(dir, ['branch', '--show-current']).stdout?.toString().trim();
  const env = process.env;
  // Netlify sets BRANCH, GitHub Actions GITHUB_HEAD_REF (pull requests) or GITHUB_REF_NAME.
  const branch = current || env.BRANCH || env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined;
  const status = git(dir, ['status', '--porcelain', '--untracked-files=no']);
  return { sha, ...toDate(seconds), branch, dirty: status.status === 0 && status.stdout.length > 0 };
}

/**
 * Reads every commit on the first-parent line of HEAD that changed something under `dir`.
 * First-parent with `-m` shows a merged review branch as one change dated when it was merged
 * (published), not when its draft was written. `-M` pairs renamed files.
 */
export function readGitLog(dir: string): GitLog {
  const probe = git(dir, ['rev-parse', '--is-shallow-repository', '--show-prefix']);
  if (probe.error) return { available: false, reason: 'no-git' };
  if (probe.status !== 0) return { available: false, reason: 'no-repository' };
  const head = readHead(dir);
  if (!head) return { available: false, reason: 'no-commits' };
  const [shallow, prefix] = probe.stdout.toString().split('\n');
  if (shallow.trim() !== 'false') return { available: false, reason: 'shallow', head };

  const log = git(dir, [
    'log', '--first-parent', '-m', '--raw', '--no-abbrev', '-M', '--no-color', '--no-ext-diff', '--no-textconv',
    `--format=${record}%H${field}%P${field}%ct${field}%aN${field}%s`, 'HEAD', '--', '.',
  ]);
  if (log.status !== 0) return { available: false, reason: 'no-commits', head };

  const commits: CommitChanges[] = [];
  const merges = new Map<string, { commit: Commit; parents: string[] }>();
  for (const chunk of log.stdout.toString().split(record).slice(1)) {
    const [header, ...lines] = chunk.split('\n');
    const [sha, parents, seconds, author, message] = header.split(field);
    const commit: Commit = { sha, ...toDate(seconds), author, authors: [author], message };
    const parentList = parents.split(' ').filter(Boolean);
    if (parentList.length > 1) merges.set(sha, { commit, parents: parentList });
    const changes = lines.flatMap((line) => parseRaw(line, prefix));
    if (changes.length) commits.push({ commit, changes });
  }
  if (merges.size) describeMerges(dir, merges);
  return { available: true, head, prefix, commits: commits.reverse() };
}

/** `:100644 100644 <old> <new> R087\tfrom\tto` → a change, with paths made relative to the folder read. */
function parseRaw(line: string, prefix: string): FileChange[] {
  if (!line.startsWith(':')) return [];
  const [meta, ...paths] = line.split('\t');
  const [, , fromBlob, blob, status] = meta.split(' ');
  // A quoted path holds characters no record id may contain: not a record, so skip it.
  if (paths.some((path) => path.startsWith('"'))) return [];
  const [first, second] = paths.map((path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path));
  switch (status[0]) {
    case 'A': return [{ status: 'added', path: first, blob }];
    case 'D': return [{ status: 'deleted', path: first }];
    case 'R': return [{ status: 'renamed', path: second, from: first, fromBlob, blob }];
    case 'C': return [{ status: 'added', path: second, blob }];
    default: return [{ status: 'modified', path: first, blob }];
  }
}

/**
 * For each merge of a review branch, credits the change to the branch's authors and messages:
 * the merge's own message says nothing ("Merged on Decap CMS"), but its date is when the change
 * was published. One pass over the commit graph (no diffs) serves every merge.
 */
function describeMerges(dir: string, merges: Map<string, { commit: Commit; parents: string[] }>) {
  const graph = git(dir, ['log', `--format=%H${field}%P${field}%aN${field}%s`, 'HEAD']);
  if (graph.status !== 0) return;
  const all = new Map<string, { parents: string[]; author: string; message: string }>();
  let head: string | undefined;
  for (const entry of graph.stdout.toString().split('\n')) {
    if (!entry) continue;
    const [sha, parents, author, message] = entry.split(field);
    head ??= sha;
    all.set(sha, { parents: parents.split(' ').filter(Boolean), author, message });
  }
  // The first-parent line from HEAD: the published history, where branch walks stop.
  const line = new Set<string>();
  for (let sha = head; sha && all.has(sha); sha = all.get(sha)!.parents[0]) line.add(sha);
  for (const { commit, parents } of merges.values()) {
    const authors: string[] = [];
    const messages: string[] = [];
    const seen = new Set<string>();
    const stack = parents.slice(1);
    while (stack.length) {
      const sha = stack.pop()!;
      if (seen.has(sha) || line.has(sha) || !all.has(sha)) continue;
      seen.add(sha);
      const branchCommit = all.get(sha)!;
      stack.push(...branchCommit.parents);
      if (branchCommit.parents.length > 1) continue; // "Merge main into the branch" says nothing new
      if (!authors.includes(branchCommit.author)) authors.push(branchCommit.author);
      if (!messages.includes(branchCommit.message)) messages.push(branchCommit.message);
    }
    if (!authors.length) continue;
    commit.merge = { publisher: commit.author, message: commit.message };
    commit.authors = authors.reverse();
    commit.author = commit.authors.join(', ');
    commit.message = messages.reverse().join('; ');
  }
}

/** The last commit that touched a file, for a report that says who to ask. */
export interface LastCommit {
  sha: string;
  author: string;
  /** `YYYY-MM-DD` in UTC. */
  date: string;
  message: string;
}

/**
 * The last commit that touched each of `files` (paths as given, relative to the working
 * directory), asked of the repository holding `dir` in ONE `git log` limited to those files: for
 * the content check's report, only ever about the few files that failed. No Git, no repository,
 * or a file whose last commit is where a shallow clone starts (in such a clone that commit seems
 * to add every file): no commit for that file, rather than a wrong one.
 */
export function lastCommits(dir: string, files: string[]): Map<string, LastCommit> {
  const found = new Map<string, LastCommit>();
  // Git's paths are relative to `dir` (with --relative); the answer is keyed by the paths given.
  const wanted = new Map(files.map((file) => [relative(resolve(dir), resolve(file)).split(sep).join('/'), file]));
  if (!wanted.size) return found;
  const log = git(dir, ['log', '--no-renames', '--name-only', '--relative', `--format=${record}%H${field}%P${field}%ct${field}%aN${field}%s`, '--', ...wanted.keys()]);
  if (log.error || log.status !== 0) return found;
  const roots = new Set<string>();
  for (const chunk of log.stdout.toString().split(record).slice(1)) {
    const [header, ...paths] = chunk.split('\n');
    const [sha, parents, seconds, author, message] = header.split(field);
    if (!parents) roots.add(sha);
    for (const path of paths) {
      const file = wanted.get(path);
      if (file !== undefined && !found.has(file)) found.set(file, { sha, author, date: toDate(seconds).date, message });
    }
  }
  if ([...found.values()].some((commit) => roots.has(commit.sha))) {
    const shallow = git(dir, ['rev-parse', '--is-shallow-repository']).stdout?.toString().trim() !== 'false';
    if (shallow) for (const [path, commit] of found) if (roots.has(commit.sha)) found.delete(path);
  }
  return found;
}

/** One version of a file in its history. */
export interface FileVersion {
  commit: Commit;
  status: 'added' | 'modified' | 'deleted';
  /** The file's path in this version (for a deletion, the path it had). */
  path: string;
  /** The path before, when this commit renamed the file. */
  renamedFrom?: string;
  /** Set when this commit only moved the file: its content is the same as before. */
  moved?: boolean;
  /** The blob id of this version's content; absent when deleted. */
  blob?: string;
}

/** Everything that happened to one file, following renames; newest first. */
export interface FileHistory {
  /** The file's last path. */
  path: string;
  deleted: boolean;
  versions: FileVersion[];
}

/**
 * Follows each tracked file through renames, oldest commit first. A file moved from or to an
 * untracked path (a draft, `_name.md`) is added or deleted as far as the site is concerned; a
 * file added again at the path of a deleted one continues that history.
 */
export function buildFileHistories(commits: CommitChanges[], tracked: (path: string) => boolean): FileHistory[] {
  const live = new Map<string, FileHistory>();
  const gone = new Map<string, FileHistory>();
  const all: FileHistory[] = [];
  const start = (path: string) => {
    const history = gone.get(path) ?? { path, deleted: false, versions: [] };
    if (!gone.delete(path)) all.push(history);
    live.set(path, history);
    return history;
  };
  const end = (history: FileHistory, path: string, commit: Commit) => {
    history.versions.push({ commit, status: 'deleted', path });
    live.delete(path);
    gone.set(path, history);
  };
  // Within a commit, paths are freed (deleted, renamed away) before others take them.
  const order = { deleted: 0, renamed: 1, modified: 2, added: 3 };
  for (const { commit, changes } of commits) {
    for (const change of [...changes].sort((a, b) => order[a.status] - order[b.status])) {
      const { path, from, blob, fromBlob } = change;
      if (change.status === 'deleted') {
        const history = live.get(path);
        if (history) end(history, path, commit);
      } else if (change.status === 'renamed') {
        const history = live.get(from!);
        if (history && tracked(path)) {
          live.delete(from!);
          live.set(path, history);
          history.versions.push({ commit, status: 'modified', path, renamedFrom: from, blob, ...(blob === fromBlob && { moved: true }) });
        } else {
          if (history) end(history, from!, commit);
          if (tracked(path)) start(path).versions.push({ commit, status: 'added', path, blob });
        }
      } else if (tracked(path)) {
        // A modification of a file never seen added (its start lies outside the history read) starts it.
        const existing = change.status === 'modified' ? live.get(path) : undefined;
        (existing ?? start(path)).versions.push({ commit, status: existing ? 'modified' : 'added', path, blob });
      }
    }
  }
  for (const history of all) {
    const last = history.versions.at(-1)!;
    history.path = last.path;
    history.deleted = last.status === 'deleted';
    history.versions.reverse();
  }
  return all;
}

/** Reads the text of many blobs through ONE `git cat-file --batch` process. */
export function readBlobs(dir: string, blobs: Iterable<string>): Map<string, string> {
  const wanted = [...new Set(blobs)];
  const texts = new Map<string, string>();
  if (!wanted.length) return texts;
  const result = git(dir, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
  if (result.status !== 0) throw new Error(`git cat-file failed: ${result.stderr?.toString()}`);
  const out = result.stdout;
  let at = 0;
  while (at < out.length) {
    const newline = out.indexOf(10, at);
    const [oid, type, size] = out.subarray(at, newline).toString().split(' ');
    if (type === 'missing') {
      at = newline + 1;
      continue;
    }
    const length = Number(size);
    texts.set(oid, out.subarray(newline + 1, newline + 1 + length).toString('utf8'));
    at = newline + 1 + length + 1;
  }
  return texts;
}

/**
 * Before a build on a host that clones without the history (`--depth 1`) or without file
 * contents (Netlify's blobless clones): fetches the full history, then every version of the
 * files under `dir` in ONE fetch instead of one per file as Git would do lazily. Never throws:
 * without history the pages say so. Returns what it did, for the build log.
 */
export function deepenHistory(dir: string): string[] {
  const probe = git(dir, ['rev-parse', '--is-shallow-repository']);
  if (probe.error || probe.status !== 0) return ['not a Git repository: pages will say that the history is not available'];
  const done: string[] = [];
  if (probe.stdout.toString().trim() === 'true') {
    const fetch = git(dir, ['fetch', '--quiet', '--unshallow']);
    done.push(fetch.status === 0 ? 'shallow clone: fetched the full history' : `shallow clone, and the full history could not be fetched (${fetch.stderr.toString().trim()}): pages will say that the history is not available`);
  }
  const remote = git(dir, ['config', '--get-regexp', '^remote\\..*\\.promisor$']).stdout?.toString().trim().split('\n')[0]?.split(' ')[0];
  if (remote) {
    const name = remote.replace(/^remote\./, '').replace(/\.promisor$/, '');
    const listing = git(dir, ['rev-list', '--objects', '--missing=print', 'HEAD', '--', '.']).stdout?.toString() ?? '';
    const missing = listing.split('\n').filter((line) => line.startsWith('?')).map((line) => line.slice(1));
    if (missing.length) {
      const fetch = git(dir, ['-c', 'fetch.negotiationAlgorithm=noop', 'fetch', '--quiet', name, '--no-tags', '--no-write-fetch-head', '--recurse-submodules=no', '--filter=blob:none', '--stdin'], `${missing.join('\n')}\n`);
      done.push(fetch.status === 0 ? `partial clone: fetched ${missing.length} file versions in one batch` : `partial clone: the file versions could not be fetched in one batch (${fetch.stderr.toString().trim()}); Git will fetch them one by one`);
    }
  }
  return done.length ? done : ['the full history is here'];
}
