/** Where a commitment stands, derived from its milestones and the build date. */
import type { Milestone } from '../../schemas/commitment.ts';
import { completionLevels, milestoneStages } from '../../schemas/vocabularies.ts';
import { daysBetween, formatDuration, today } from '../dates.ts';

/** A milestone's state as a reader needs it: the OGP level, plus overdue or unfinished in words. */
export interface MilestoneState {
  /** The tag's colour: `complete`, `overdue`, `unfinished`, `upcoming` or `in-progress`. */
  tone: 'complete' | 'overdue' | 'unfinished' | 'upcoming' | 'in-progress';
  /** The words on the tag, for example "Limited, overdue by 3 months". */
  label: string;
}

/** How to judge milestones: on which day, and whether their plan has closed. */
export interface Judging {
  /** The day to judge on, `YYYY-MM-DD`; the build date by default. */
  on?: string;
  /** The plan has ended: what is not complete is unfinished, no longer "overdue by 5 years". */
  planClosed?: boolean;
}

/** The state of one milestone. */
export function milestoneState(milestone: Milestone, { on = today, planClosed = false }: Judging = {}): MilestoneState {
  const level = completionLevels[milestone.status];
  if (milestone.status === 'complete') return { tone: 'complete', label: level };
  if (planClosed) return { tone: 'unfinished', label: `${level}, not finished when the plan ended` };
  const late = daysBetween(milestone.end, on);
  if (late > 0) return { tone: 'overdue', label: `${level}, overdue by ${formatDuration(late)}` };
  if (milestone.status === 'not-started' && milestone.start > on) return { tone: 'upcoming', label: `${level}, starts later` };
  return { tone: 'in-progress', label: level };
}

/** Counts of a set of milestones. */
export interface Progress {
  total: number;
  complete: number;
  overdue: number;
  unfinished: number;
  /** Whole percent complete. */
  percent: number;
}

/** Progress over milestones: how many complete, overdue, or left unfinished by a closed plan. */
export function progressOf(milestones: Milestone[], judging: Judging = {}): Progress {
  const tones = milestones.map((milestone) => milestoneState(milestone, judging).tone);
  const count = (tone: MilestoneState['tone']) => tones.filter((t) => t === tone).length;
  const complete = count('complete');
  return {
    total: milestones.length,
    complete,
    overdue: count('overdue'),
    unfinished: count('unfinished'),
    percent: milestones.length ? Math.round((complete / milestones.length) * 100) : 0,
  };
}

/** "5 of 14 milestones complete, 2 overdue": the figure readers look for first. */
export function progressSentence(progress: Progress): string {
  const extra = [progress.overdue && `${progress.overdue} overdue`, progress.unfinished && `${progress.unfinished} not finished`].filter(Boolean);
  return `${progress.complete} of ${progress.total} milestones complete${extra.length ? `, ${extra.join(', ')}` : ''}`;
}

/** Where a milestone stands on a dashboard: complete, on time, overdue, not started, or not finished when its plan ended. */
export type Stage = keyof typeof milestoneStages;

/** A milestone's stage: the same judgement as its tag (`milestoneState`), with "not started" apart from "on time". */
export function milestoneStage(milestone: Pick<Milestone, 'status' | 'start' | 'end'>, judging: Judging = {}): Stage {
  const tone = milestoneState(milestone as Milestone, judging).tone;
  if (tone === 'complete' || tone === 'overdue' || tone === 'unfinished') return tone;
  return milestone.status === 'not-started' ? 'not-started' : 'on-time';
}
