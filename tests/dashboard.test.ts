/**
 * The plan dashboards, their open data and the organizations' progress, checked against counts
 * worked out here from the content files themselves (read with js-yaml, judged by the rules of
 * DOMAIN.md on the test build date), never by the site's own functions. Every chart stays
 * within 15 KB of markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { testBuildDate } from './support/astro.ts';
import { dist, htmlPages, page, pageText } from './support/dist.ts';
import { parseCsvRecords } from '../src/lib/data-files/csv.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';
import type { CollectionName } from '../src/schemas/index.ts';

type Data = Record<string, any>;

/** A content file's front matter or YAML, dates as `YYYY-MM-DD` as written. */
function read(path: string): Data {
  const text = readFileSync(path, 'utf8');
  const front = path.endsWith('.md') ? text.split(/^---$/m)[1] : text;
  const iso = (value: unknown): unknown =>
    value instanceof Date ? value.toISOString().slice(0, 10) : Array.isArray(value) ? value.map(iso) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, iso(v)])) : value;
  return iso(yaml.load(front)) as Data;
}
const folder = (name: CollectionName) => readdirSync(recordFolder(name)).filter((f) => !f.startsWith('_')).map((f) => ({ id: f.replace(/\.(md|yaml)$/, ''), data: read(`${recordFolder(name)}/${f}`) }));
const plans = folder('action-plans');
const commitments = folder('commitments');
const organizations = new Map(folder('organizations').map((o) => [o.id, o.data.name as string]));
const today = testBuildDate;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** DOMAIN.md's rule: complete; else, once the plan ended, not finished; else past its end date, overdue; else not started or on time. */
function stage(milestone: Data, closed: boolean): string {
  if (milestone.status === 'complete') return 'complete';
  if (closed) return 'unfinished';
  if (milestone.end < today) return 'overdue';
  return milestone.status === 'not-started' ? 'not-started' : 'on-time';
}

/** Counts of a set of commitments, as the test sees them. */
function count(list: { data: Data }[], closed: boolean) {
  const stages: Record<string, number> = { complete: 0, 'on-time': 0, overdue: 0, 'not-started': 0, unfinished: 0 };
  const levels: Record<string, number> = { 'not-started': 0, limited: 0, substantial: 0, complete: 0 };
  let milestones = 0;
  for (const { data } of list) {
    levels[data.status]++;
    for (const m of data.milestones) {
      milestones++;
      stages[stage(m, closed)]++;
    }
  }
  return { commitments: list.length, levels, milestones, stages };
}

const json = (plan: string) => JSON.parse(readFileSync(`${dist}/api/v1/progress-${plan}.json`, 'utf8'));

describe.each(plans.map((p) => p.id))('the dashboard of %s', (planId) => {
  const plan = plans.find((p) => p.id === planId)!;
  const closed = plan.data.status === 'completed';
  const mine = commitments.filter((c) => c.data.plan === planId);
  const file = json(planId);

  it('counts commitments by completion level and milestones by stage for the whole plan', () => {
    expect(file.overall).toEqual(count(mine, closed));
  });

  it('counts them by theme, by OGP value, by lead organization and by district (nationwide apart)', () => {
    const by = (keys: (c: { data: Data }) => string[]) => {
      const groups = new Map<string, { data: Data }[]>();
      for (const c of mine) for (const key of keys(c)) groups.set(key, [...(groups.get(key) ?? []), c]);
      return Object.fromEntries([...groups].map(([key, list]) => [key, count(list, closed)]));
    };
    const rows = (kind: string) => Object.fromEntries(file.breakdowns[kind].map(({ key, label: _, ...tally }: Data) => [key, tally]));
    expect(rows('theme')).toEqual(by((c) => [c.data.theme]));
    expect(rows('value')).toEqual(by((c) => c.data.values));
    expect(rows('lead')).toEqual(by((c) => [c.data.lead]));
    expect(rows('district')).toEqual(by((c) => (c.data.districts?.length ? c.data.districts : ['nationwide'])));
    expect(file.breakdowns.lead.map((row: Data) => row.label)).toEqual(file.breakdowns.lead.map((row: Data) => organizations.get(row.key)));
  });

  it('lists the milestones overdue, due in the next 90 days and completed in the last 90, judged on the build date', () => {
    const all = mine.flatMap((c) => c.data.milestones.map((m: Data) => ({ ...m, commitment: c.id })));
    const ids = (list: Data[]) => list.map((m) => `${m.commitment}: ${m.title}`).sort();
    expect(file.generated).toBe(today);
    expect(ids(file.overdue)).toEqual(ids(all.filter((m) => stage(m, closed) === 'overdue')));
    expect(ids(file.dueSoon)).toEqual(ids(all.filter((m) => m.status !== 'complete' && !closed && days(today, m.end) >= 0 && days(today, m.end) <= 90)));
    expect(ids(file.completedLately)).toEqual(ids(all.filter((m) => m.completed && days(m.completed, today) >= 0 && days(m.completed, today) <= 90)));
  });

  it('counts where the IRM and civil society found another completion level than the self-reported one', () => {
    const assessed = (pick: (d: Data) => string | undefined) => ({
      assessed: mine.filter((c) => pick(c.data)).length,
      disagree: mine.filter((c) => pick(c.data) && pick(c.data) !== c.data.status).map((c) => c.id).sort(),
    });
    const got = (key: string) => ({ assessed: file.assessments[key].assessed, disagree: file.assessments[key].disagree.map((d: Data) => d.commitment).sort() });
    expect(got('irm')).toEqual(assessed((d) => d.assessment?.completion));
    expect(got('civilSociety')).toEqual(assessed((d) => d.civilSocietyAssessment?.completion));
  });

  it('shows the same figures on the page, with the build date, in its tables', () => {
    const html = page(`/action-plans/${planId}/dashboard/`);
    const text = pageText(`/action-plans/${planId}/dashboard/`);
    const expected = count(mine, closed);
    expect(today).toBe('2026-11-27');
    expect(text).toMatch(/Figures as of 27 November 2026 ?, the day this site was built/);
    // The theme table's last row is the whole plan: commitments, then levels, then milestones and each stage shown.
    const total = html.match(/<tr class="og-figures-table__total"><th scope="row">Whole plan<\/th>(.*?)<\/tr>/)![1];
    const cells = [...total.matchAll(/<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    const stagesShown = closed ? ['complete', 'unfinished'] : ['complete', 'on-time', 'overdue', 'not-started'];
    expect(cells).toEqual([expected.commitments, ...Object.values(expected.levels), expected.milestones, ...stagesShown.map((s) => expected.stages[s])]);
    if (!closed) expect(text).toContain(`Overdue (${expected.stages.overdue})`);
  });

  it('publishes each breakdown as a spreadsheet whose rows agree with the JSON', () => {
    for (const kind of ['theme', 'value', 'lead', 'district']) {
      const rows = parseCsvRecords(readFileSync(`${dist}/api/v1/progress-${planId}-${kind}.csv`, 'utf8').replace(/^\uFEFF/, '')).records;
      const [header, ...body] = rows;
      const at = (name: string) => header.indexOf(name);
      expect(body.map((row) => [row[at('Id')], Number(row[at('Milestones')]), Number(row[at('Milestones: overdue')])])).toEqual(
        file.breakdowns[kind].map((row: Data) => [row.key, row.milestones, row.stages.overdue]),
      );
    }
  });
});

describe('organization pages', () => {
  it('give the commitments they lead the same figures as the dashboard, in the same words', () => {
    const current = plans.find((p) => p.data.status !== 'completed')!;
    for (const [lead, name] of organizations) {
      const led = commitments.filter((c) => c.data.plan === current.id && c.data.lead === lead);
      const text = pageText(`/organizations/${lead}/`);
      if (!led.length) continue;
      const { milestones, stages } = count(led, false);
      const words = [['complete', stages.complete], ['on time', stages['on-time']], ['overdue', stages.overdue], ['not started', stages['not-started']]]
        .filter(([, n], i) => i === 0 || (n as number) > 0)
        .map(([w, n]) => `${n} ${w}`);
      expect(text, name).toContain(`${milestones} milestone${milestones === 1 ? '' : 's'}: ${words.join(', ')}`);
      expect(text, name).toContain(`Overdue (${stages.overdue})`);
    }
  });
});

describe('charts', () => {
  it('keep every chart within 15 KB of markup, each with a title', () => {
    const sizes: [string, number][] = [];
    for (const path of htmlPages()) {
      for (const svg of page(path).match(/<svg class="og-chart[ "][^"]*"[\s\S]*?<\/svg>/g) ?? []) {
        sizes.push([path, Buffer.byteLength(svg)]);
        expect(svg, path).toMatch(/<title id="[^"]+">[^<]{10,}<\/title>/);
      }
    }
    expect(sizes.length).toBeGreaterThan(10);
    for (const [path, bytes] of sizes) expect(bytes, path).toBeLessThanOrEqual(15 * 1024);
    const [path, bytes] = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
    console.log(`Largest chart: ${(bytes / 1024).toFixed(1)} KB on ${path}`);
  });
});
