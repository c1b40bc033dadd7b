/**
 * An action plan's dashboard, worked out from its commitments and the build date: commitments by
 * completion level and milestones by stage, overall and by theme, OGP value, lead organization
 * and district; the milestones overdue, due soon and completed lately; and where independent
 * assessments disagree with the self-reported level. Pure: records in, figures out.
 */
import type { Commitment, Milestone } from '../../schemas/commitment.ts';
import { completionLevels, milestoneStages, ogpValues } from '../../schemas/vocabularies.ts';
import { daysBetween, today as buildDate } from '../dates.ts';
import { en } from '../i18n/dictionaries/en/index.ts';
import type { Words } from '../i18n/words.ts';
import { milestoneStage, milestoneState, type Stage } from './status.ts';

/** A commitment as the dashboard needs it (a content entry fits). */
export interface CommitmentInput {
  id: string;
  data: Commitment;
}

/** A completion level's key. */
export type Level = keyof typeof completionLevels;

/** The stages, in the order charts stack them and tables list them. */
export const stageOrder = Object.keys(milestoneStages) as Stage[];

/** The stages a plan can show: a closed plan's milestones are complete or not finished, an open plan's never "not finished". */
export function stagesFor(closed: boolean): Stage[] {
  return closed ? ['complete', 'unfinished'] : ['complete', 'on-time', 'overdue', 'not-started'];
}

/** Counts for a set of commitments. */
export interface Tally {
  commitments: number;
  /** Commitments by their self-reported completion level. */
  levels: Record<Level, number>;
  milestones: number;
  /** Milestones by stage. */
  stages: Record<Stage, number>;
}

/** One row of a breakdown: a theme, value, organization or district, and its counts. */
export interface BreakdownRow {
  key: string;
  label: string;
  tally: Tally;
}

/** The ways a plan is broken down, with the English name of each (the open data's headings; pages take theirs from `t.words.progress.breakdowns`). */
export const breakdownKinds = en.progress.breakdowns;

/** A breakdown's key. */
export type BreakdownKind = keyof typeof breakdownKinds;

/** A milestone in a list, with its commitment. */
export interface MilestoneItem {
  commitment: string;
  code: string;
  commitmentTitle: string;
  /** 1-based position in its commitment, which names its anchor on the commitment's page. */
  number: number;
  title: string;
  start: string;
  end: string;
  completed?: string;
  stage: Stage;
  /** Its tag's words, for example "Limited, overdue by 3 months", in the language of the dashboard's words. */
  label: string;
}

/** A commitment where an independent assessment says something else than the self-reported level. */
export interface Disagreement {
  commitment: string;
  code: string;
  title: string;
  selfReported: Level;
  assessed: string;
}

/** How the IRM's or civil society's assessments compare with the self-reported levels. */
export interface AssessmentComparison {
  assessed: number;
  disagree: Disagreement[];
}

/** Everything the dashboard shows. */
export interface Dashboard {
  plan: string;
  /** The day the figures are judged on, `YYYY-MM-DD`. */
  on: string;
  closed: boolean;
  /** The stages this plan shows. */
  stages: Stage[];
  overall: Tally;
  breakdowns: Record<BreakdownKind, BreakdownRow[]>;
  overdue: MilestoneItem[];
  /** Not complete and due within the window. */
  dueSoon: MilestoneItem[];
  /** Completed within the window before the day. */
  completedLately: MilestoneItem[];
  /** Not finished when a closed plan ended. */
  unfinished: MilestoneItem[];
  /** How many days "soon" and "lately" cover. */
  window: number;
  irm: AssessmentComparison;
  civilSociety: AssessmentComparison;
}

/** Names the dashboard cannot know from the commitments alone. */
export interface Names {
  organization(id: string): string;
  district(id: string): string;
  /** Districts in the order pages list them (north to south). */
  districtOrder: string[];
}

/** What the dashboard is worked out from. */
export interface DashboardInput {
  plan: { id: string; closed: boolean };
  /** The plan's commitments. */
  commitments: CommitmentInput[];
  names: Names;
  /** The day to judge on; the build date by default. */
  on?: string;
  /** Days that "due soon" and "completed lately" cover. */
  window?: number;
  /** The words of its labels (themes, values, "Nationwide", milestones' tags). */
  t: Words;
}

/** The key breakdown rows use for commitments without districts. */
export const nationwide = 'nationwide';

/** An empty tally. */
export function emptyTally(): Tally {
  return {
    commitments: 0,
    levels: Object.fromEntries(Object.keys(completionLevels).map((level) => [level, 0])) as Record<Level, number>,
    milestones: 0,
    stages: Object.fromEntries(stageOrder.map((stage) => [stage, 0])) as Record<Stage, number>,
  };
}

/** Counts commitments by level and their milestones by stage. */
export function tally(commitments: CommitmentInput[], judging: { on: string; planClosed: boolean }): Tally {
  const sum = emptyTally();
  for (const { data } of commitments) {
    sum.commitments++;
    sum.levels[data.status]++;
    for (const milestone of data.milestones) {
      sum.milestones++;
      sum.stages[milestoneStage(milestone, judging)]++;
    }
  }
  return sum;
}

/** The dashboard of one plan. */
export function planDashboard({ plan, commitments, names, on = buildDate, window = 90, t }: DashboardInput): Dashboard {
  const judging = { on, planClosed: plan.closed };
  const group = (keysOf: (c: CommitmentInput) => string[], labelOf: (key: string) => string, order: (a: BreakdownRow, b: BreakdownRow) => number): BreakdownRow[] => {
    const groups = new Map<string, CommitmentInput[]>();
    for (const commitment of commitments) for (const key of keysOf(commitment)) groups.set(key, [...(groups.get(key) ?? []), commitment]);
    return [...groups].map(([key, list]) => ({ key, label: labelOf(key), tally: tally(list, judging) })).sort(order);
  };
  const byLabel = (a: BreakdownRow, b: BreakdownRow) => a.label.localeCompare(b.label, t.intl);
  const byVocabulary = (keys: string[]) => (a: BreakdownRow, b: BreakdownRow) => keys.indexOf(a.key) - keys.indexOf(b.key);

  const items = commitments.flatMap(({ id, data }) => data.milestones.map((milestone, index) => item(id, data, milestone, index, judging, t)));
  const byEnd = (a: MilestoneItem, b: MilestoneItem) => a.end.localeCompare(b.end) || a.code.localeCompare(b.code) || a.number - b.number;
  const daysTo = (date: string) => daysBetween(on, date);

  return {
    plan: plan.id,
    on,
    closed: plan.closed,
    stages: stagesFor(plan.closed),
    overall: tally(commitments, judging),
    breakdowns: {
      theme: group((c) => [c.data.theme], (key) => t.words.vocabularies.themes[key as Commitment['theme']], byLabel),
      value: group((c) => c.data.values, (key) => t.words.vocabularies.ogpValues[key as keyof typeof ogpValues], byVocabulary(Object.keys(ogpValues))),
      lead: group((c) => [c.data.lead], names.organization, byLabel),
      district: group(
        (c) => (c.data.districts.length ? c.data.districts : [nationwide]),
        (key) => (key === nationwide ? t.words.common.nationwide : names.district(key)),
        byVocabulary([...names.districtOrder, nationwide]),
      ),
    },
    overdue: items.filter((i) => i.stage === 'overdue').sort(byEnd),
    dueSoon: items.filter((i) => i.stage !== 'complete' && i.stage !== 'unfinished' && daysTo(i.end) >= 0 && daysTo(i.end) <= window).sort(byEnd),
    completedLately: items
      .filter((i) => i.completed && daysTo(i.completed) <= 0 && daysTo(i.completed) >= -window)
      .sort((a, b) => b.completed!.localeCompare(a.completed!) || a.code.localeCompare(b.code)),
    unfinished: items.filter((i) => i.stage === 'unfinished').sort(byEnd),
    window,
    irm: compare(commitments, (data) => data.assessment?.completion),
    civilSociety: compare(commitments, (data) => data.civilSocietyAssessment?.completion),
  };
}

function item(id: string, data: Commitment, milestone: Milestone, index: number, judging: { on: string; planClosed: boolean }, t: Words): MilestoneItem {
  return {
    commitment: id,
    code: data.code,
    commitmentTitle: data.title,
    number: index + 1,
    title: milestone.title,
    start: milestone.start,
    end: milestone.end,
    ...(milestone.completed && { completed: milestone.completed }),
    stage: milestoneStage(milestone, judging),
    label: milestoneState(milestone, judging, t).label,
  };
}

/** The commitments an assessment covers, and those where its level is not the self-reported one. */
function compare(commitments: CommitmentInput[], assessedOf: (data: Commitment) => string | undefined): AssessmentComparison {
  const assessed = commitments.filter((c) => assessedOf(c.data) !== undefined);
  return {
    assessed: assessed.length,
    disagree: assessed
      .filter((c) => assessedOf(c.data) !== c.data.status)
      .map((c) => ({ commitment: c.id, code: c.data.code, title: c.data.title, selfReported: c.data.status, assessed: assessedOf(c.data)! })),
  };
}
