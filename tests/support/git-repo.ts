/** Real temporary Git repositories with fixed dates and authors, for history tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { languageCodes } from '../../src/lib/i18n/languages.ts';

/** Who commits and when: `date` is an ISO timestamp used as both author and committer date. */
export interface Signature {
  author: string;
  date: string;
}

/** A Git repository in a temporary folder. */
export class TempRepo {
  readonly dir: string;

  constructor(prefix = 'og-history-', dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), prefix));
    if (!dir) this.git('init', '-q', '-b', 'main');
  }

  /** Runs Git in the repository with a fixed identity and dates, and returns its output. */
  git(...args: string[]): string {
    return this.gitAs({ author: 'Test Runner', date: '2026-01-01T00:00:00Z' }, ...args);
  }

  gitAs(who: Signature, ...args: string[]): string {
    const email = `${who.author.toLowerCase().replace(/\W+/g, '.')}@example.org`;
    return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: who.author,
        GIT_AUTHOR_EMAIL: email,
        GIT_AUTHOR_DATE: who.date,
        GIT_COMMITTER_NAME: who.author,
        GIT_COMMITTER_EMAIL: email,
        GIT_COMMITTER_DATE: who.date,
      },
    });
  }

  write(path: string, text: string): this {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
    return this;
  }

  /** Stages everything and commits it; returns the new commit's id. */
  commit(message: string, who: Signature): string {
    this.git('add', '-A');
    this.gitAs(who, 'commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** Clones the repository with `git clone --depth 1`, as a CI checkout does. */
  shallowClone(): TempRepo {
    const target = mkdtempSync(join(tmpdir(), 'og-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', pathToFileURL(this.dir).href, target]);
    return new TempRepo('', target);
  }

  /** Clones the repository without file contents (`--filter=blob:none`), as Netlify does. */
  partialClone(): TempRepo {
    this.git('config', 'uploadpack.allowFilter', 'true');
    this.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const target = mkdtempSync(join(tmpdir(), 'og-partial-'));
    execFileSync('git', ['clone', '-q', '--filter=blob:none', pathToFileURL(this.dir).href, target]);
    return new TempRepo('', target);
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The first-parent commits (newest first, as `%H` or another `git log` format) that changed a
 * file at `ref`, following it back through moves; a commit that only moved it (a rename with
 * the same content, like the move into language folders) is no change to readers, as the site's
 * history says (src/lib/history/record-history.ts).
 */
export function fileChanges(ref: string, file: string, format = '%H', cwd = '.'): string[] {
  const log = execFileSync('git', ['log', '--first-parent', '-m', '--follow', '--name-status', `--format=\u0001${format}`, ref, '--', file], { cwd, encoding: 'utf8' });
  return log
    .split('\u0001')
    .filter(Boolean)
    .map((chunk) => chunk.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter(([, status]) => !status?.startsWith('R100'))
    .map(([value]) => value);
}

/**
 * The first-parent commits (newest first) that changed a record, as its history page lists them:
 * those that changed its file (`content/commitments/en/x.md`, moves aside) and those that changed
 * its translations (`content/commitments/es/x.md`), which the site says as changes to its text in
 * that language.
 */
export function recordChanges(ref: string, file: string, format = '%H', cwd = '.'): string[] {
  const match = /^(.*\/)en(\/[^/]+)\.\w+$/.exec(file);
  const translations = match ? languageCodes.filter((lang) => lang !== 'en').map((lang) => `${match[1]}${lang}${match[2]}.md`) : [];
  const hashes = new Set([file, ...translations].flatMap((path) => fileChanges(ref, path, '%H', cwd)));
  const log = execFileSync('git', ['log', '--first-parent', '-m', `--format=%H\u0001${format}`, ref], { cwd, encoding: 'utf8' }).split('\n').filter(Boolean);
  return log.map((line) => line.split('\u0001')).filter(([hash]) => hashes.has(hash)).map(([, value]) => value);
}
