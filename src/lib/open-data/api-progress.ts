/**
 * A plan's dashboard as open data: every figure of `/action-plans/<id>/dashboard/` as one JSON
 * file, and each breakdown as a spreadsheet (and all of them in one), with the site's labels as
 * headings. The figures are the dashboard's own (`progress/site.ts`), so page and files agree.
 */
import type { PlanEntry, Records } from '../content/records.ts';
import { completionLevels, milestoneStages } from '../../schemas/vocabularies.ts';
import { breakdownKinds, stageOrder, type BreakdownKind, type MilestoneItem, type Tally } from '../progress/dashboard.ts';
import type { Commit } from '../history/record-history.ts';
import { dashboardOf, reschedulingsOf, seriesOf } from '../progress/site.ts';
import { defaultLanguage } from '../i18n/languages.ts';
import { wordsIn } from '../i18n/words.ts';

/** The API is one set of files, labelled in the default language (translations sit inside records). */
const english = wordsIn(defaultLanguage);
import { toCsv, type CsvValue } from '../data-files/csv.ts';
import { absoluteUrl } from './catalog.ts';
import { dashboardUrl, historyUrl, milestoneUrl, recordUrl } from '../urls.ts';

/** The context API builders get. */
interface Context {
  records: Records;
  site: URL | string;
}

/** The JSON file of one plan's dashboard (without its envelope). */
export function progressFile(plan: PlanEntry, { records, site }: Context) {
  const dashboard = dashboardOf(records, plan, english);
  const series = seriesOf(records, plan);
  const commit = (id: string, commit: Commit | undefined) => commit && { sha: commit.sha, date: commit.date, url: absoluteUrl(historyUrl('commitments', id, commit.sha), site) };
  const items = (list: MilestoneItem[]) => list.map((item) => ({ ...item, url: absoluteUrl(milestoneUrl(item.commitment, item.number), site) }));
  return {
    plan: { id: plan.id, title: plan.data.title, status: plan.data.status, start: plan.data.start, end: plan.data.end, url: absoluteUrl(recordUrl('action-plans', plan.id), site), dashboard: absoluteUrl(dashboardUrl(plan.id), site) },
    overall: dashboard.overall,
    breakdowns: Object.fromEntries(Object.entries(dashboard.breakdowns).map(([kind, rows]) => [kind, rows.map((row) => ({ key: row.key, label: row.label, ...row.tally }))])),
    window: dashboard.window,
    overdue: items(dashboard.overdue),
    dueSoon: items(dashboard.dueSoon),
    completedLately: items(dashboard.completedLately),
    unfinished: items(dashboard.unfinished),
    rescheduled: reschedulingsOf(records, plan).map((r) => ({
      commitment: r.commitment,
      kind: r.kind,
      ...(r.milestone && { milestone: r.milestone }),
      original: r.original,
      current: r.current,
      changes: r.changes.map((change) => ({ from: change.from, to: change.to, ...(change.commit && { commit: commit(r.commitment, change.commit) }) })),
    })),
    reopened: series.reopened.map((r) => ({ commitment: r.commitment, kind: r.kind, ...(r.milestone && { milestone: r.milestone }), status: r.status, ...(r.commit && { commit: commit(r.commitment, r.commit) }) })),
    assessments: { irm: dashboard.irm, civilSociety: dashboard.civilSociety },
    overTime: series.points.map(({ reopened: _, ...point }) => point),
  };
}

/** The breakdowns a plan's spreadsheets hold, and the name each file gets. */
export const progressBreakdowns = Object.keys(breakdownKinds) as BreakdownKind[];

/** The columns of a tally, headed in the site's words. */
const tallyColumns: [string, (tally: Tally) => CsvValue][] = [
  ['Commitments', (t) => t.commitments],
  ...(Object.entries(completionLevels) as [keyof typeof completionLevels, string][]).map(([level, label]): [string, (tally: Tally) => CsvValue] => [`Commitments: ${label.toLowerCase()}`, (t) => t.levels[level]]),
  ['Milestones', (t) => t.milestones],
  ...stageOrder.map((stage): [string, (tally: Tally) => CsvValue] => [`Milestones: ${milestoneStages[stage].toLowerCase()}`, (t) => t.stages[stage]]),
];

/**
 * A plan's figures as a spreadsheet: one breakdown, or (without one) the whole plan and every
 * breakdown, one after the other, told apart by the "Breakdown" column.
 */
export function progressCsv(plan: PlanEntry, { records }: Context, kind?: BreakdownKind): string {
  const dashboard = dashboardOf(records, plan, english);
  const rows: { breakdown: string; key: string; label: string; tally: Tally }[] = [
    ...(kind ? [] : [{ breakdown: 'Whole plan', key: plan.id, label: plan.data.title, tally: dashboard.overall }]),
    ...(kind ? [kind] : progressBreakdowns).flatMap((k) => dashboard.breakdowns[k].map((row) => ({ breakdown: breakdownKinds[k], ...row }))),
  ];
  const heading = kind ? breakdownKinds[kind] : 'Name';
  return toCsv(
    [
      ['Action plan', ...(kind ? [] : ['Breakdown']), 'Id', heading, ...tallyColumns.map(([title]) => title), 'Figures as of'],
      ...rows.map((row) => [plan.data.title, ...(kind ? [] : [row.breakdown]), row.key, row.label, ...tallyColumns.map(([, value]) => value(row.tally)), dashboard.on]),
    ],
    { bom: true },
  );
}
