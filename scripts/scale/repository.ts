/**
 * The scale benchmark's temporary clone: the project as it is in the working tree (committed or
 * not), with generated records committed over years of history by ONE `git fast-import`, and
 * the project's node_modules linked rather than installed again.
 *
 * The generated history is a chain of commits dated from 2008 to a week before the build, each
 * saving one version of one record (organizations come in batches, as an import would), every
 * tenth published through a merged CMS review branch; a last commit merges the sample content,
 * so that the site's first-parent history is the generated one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateRecords, randomSource, type GeneratedRecord } from './content.ts';
import { editors } from './words.ts';

/** What the project needs besides content/, copied from the working tree so uncommitted work is measured too. */
const projectFiles = ['src', 'admin', 'public', 'scripts', 'astro.config.mjs', 'netlify.toml', 'package.json', 'tsconfig.json'];

const git = (dir: string, args: string[], input?: string) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', input, maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_AUTHOR_NAME: 'Benchmark', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'Benchmark', GIT_COMMITTER_EMAIL: 'bench@example.org' } });

/** When each version was saved: a record's own dates where it has them. */
function versionTimes(record: GeneratedRecord, random: ReturnType<typeof randomSource>, end: number): number[] {
  const dates = record.versions.map((version) => {
    const found = (key: string) => version.text.match(new RegExp(`^${key}: '?(\\d{4}-\\d{2}-\\d{2})`, 'm'))?.[1];
    return found('noticePublished') ?? found('issued') ?? found('start');
  });
  const first = Date.parse(dates[0] ?? '2008-01-01') - 30 * 86_400_000;
  let last = first;
  return record.versions.map((version, index) => {
    // Later versions: on their own date when they have one, else some months after the one before.
    const time = index === 0 ? first : version.date ? Date.parse(version.date) : last + (30 + random.int(300)) * 86_400_000;
    last = Math.max(last, time);
    return Math.min(last, end);
  });
}

/** Creates the clone with `records` generated records and their history; returns its folder. */
export function createScaleRepository(source: string, records: number, { today = '2026-11-27', seed = 15 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'og-scale-'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['fetch', '-q', resolve(source), 'HEAD']);
  const head = git(dir, ['rev-parse', 'FETCH_HEAD']).trim();
  // The project as in the working tree, over the committed sample content.
  for (const file of projectFiles) if (existsSync(join(source, file))) cpSync(join(source, file), join(dir, file), { recursive: true });
  symlinkSync(resolve(source, 'node_modules'), join(dir, 'node_modules'), 'dir');

  const sampleIds = new Set(readdirSync(join(source, 'content'), { recursive: true, encoding: 'utf8' }).map((path) => path.replace(/^.*\//, '').replace(/\.\w+$/, '')));
  const generated = generateRecords(records, { seed, today, taken: sampleIds });
  const random = randomSource(seed + 1);
  const end = Date.parse(today) - 7 * 86_400_000;
  const events = generated.flatMap((record) => versionTimes(record, random, end).map((time, index) => ({ record, index, time })));
  // Organizations first (they are referred to), then everything by date; ties in order of making.
  events.sort((a, b) => Number(b.record.collection === 'organizations' && b.index === 0) - Number(a.record.collection === 'organizations' && a.index === 0) || a.time - b.time);

  const out: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let mark = 0;
  let main = 0;
  let time = Date.parse('2008-01-01T09:00:00Z') / 1000;
  let commits = 0;
  const commit = (ref: string, from: number, message: string, changes: string[], when: number, merge?: string) => {
    mark++;
    commits++;
    time = Math.max(time + 60, Math.floor(when / 1000));
    const who = `${random.pick(editors)} <editor@example.org> ${time} +0000`;
    out.push(`commit ${ref}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n${data(message)}${from ? `from :${from}\n` : ''}${merge ? `merge ${merge}\n` : ''}${changes.join('')}`);
    return mark;
  };
  const modify = (path: string, text: string) => `M 100644 inline ${path}\n${data(text)}`;
  const changesOf = ({ record, index }: (typeof events)[number]) => {
    const version = record.versions[index];
    return [modify(record.path, version.text), ...(version.files ?? []).map((file) => modify(file.path, file.text))];
  };

  let edits = 0;
  for (let i = 0; i < events.length; ) {
    const event = events[i];
    if (event.record.collection === 'organizations' && event.index === 0) {
      // An import of organizations: 25 to a commit.
      const batch: typeof events = [];
      while (i < events.length && batch.length < 25 && events[i].record.collection === 'organizations' && events[i].index === 0) batch.push(events[i++]);
      main = commit('refs/heads/main', main, `Add ${batch.length} organizations`, batch.flatMap(changesOf), batch[0].time);
      continue;
    }
    const message = event.record.versions[event.index].message;
    if (++edits % 10 === 0) {
      // Published through the CMS's review flow: a draft branch, merged.
      const draft = commit(`refs/heads/cms/${event.record.collection}/${event.record.id}`, main, message, changesOf(event), event.time);
      main = commit('refs/heads/main', main, 'Automatically generated. Merged on Decap CMS.', changesOf(event), event.time, `:${draft}`);
    } else {
      main = commit('refs/heads/main', main, message, changesOf(event), event.time);
    }
    i++;
  }
  // The sample content and the project, merged last: every file of the source's commit.
  const tree = git(dir, ['ls-tree', '-r', '--full-tree', head]).trim().split('\n').map((line) => {
    const [meta, path] = line.split('\t');
    const [mode, , sha] = meta.split(' ');
    return `M ${mode} ${sha} ${path}\n`;
  });
  commit('refs/heads/main', main, 'Merge the sample content and the site', tree, Date.parse(today) - 86_400_000, head);
  git(dir, ['fast-import', '--quiet'], out.join('\n'));
  // The working tree's project files stay as copied; content/ comes from the merged history.
  git(dir, ['checkout', '-q', '-f', 'main', '--', 'content']);
  git(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
  return { dir, commits, generated };
}

/** Removes a clone made by `createScaleRepository`. */
export function removeScaleRepository(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
