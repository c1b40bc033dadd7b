/** Where a commitment stands, derived from its milestones and the build date. */
import type { z } from 'astro/zod';
import type { ProgressSchema } from '../../schemas/api.ts';
import type { Milestone } from '../../schemas/commitment.ts';
import { completionLevels, milestoneStages } from '../../schemas/vocabularies.ts';
import { daysBetween, formatDuration, today } from '../dates.ts';
import { plural, type Tag } from '../words.ts';

/** How to judge milestones: on which day, and whether their plan has closed. */
export interface Judging {
  /** The day to judge on, `YYYY-MM-DD`; the build date by default. */
  on?: string;
  /** The plan has ended: what is not complete is unfinished, no longer "overdue by 5 years". */
  planClosed?: boolean;
}

/** The state of one milestone as its tag shows it: the OGP level, plus overdue or unfinished in words ("Limited, overdue by 3 months"). */
export function milestoneState(milestone: Milestone, { on = today, planClosed = false }: Judging = {}): Tag {
  const level = completionLevels[milestone.status];
  if (milestone.status === 'complete') return { tone: 'complete', label: level };
  if (planClosed) return { tone: 'unfinished', label: `${level}, not finished when the plan ended` };
  const late = daysBetween(milestone.end, on);
  if (late > 0) return { tone: 'overdue', label: `${level}, overdue by ${formatDuration(late)}` };
  if (milestone.status === 'not-started' && milestone.start > on) return { tone: 'upcoming', label: `${level}, starts later` };
  return { tone: 'in-progress', label: level };
}

/** Counts of a set of milestones, as the API publishes them. */
export type Progress = z.output<typeof ProgressSchema>;

/** Progress over milestones: how many complete, overdue, or left unfinished by a closed plan. */
export function progressOf(milestones: Milestone[], judging: Judging = {}): Progress {
  const tones = milestones.map((milestone) => milestoneState(milestone, judging).tone);
  const count = (tone: Tag['tone']) => tones.filter((t) => t === tone).length;
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
  return `${progress.complete} of ${progress.total} ${plural(progress.total, 'milestone', 'milestones')} complete${extra.length ? `, ${extra.join(', ')}` : ''}`;
}

/** Where a milestone stands on a dashboard: complete, on time, overdue, not started, or not finished when its plan ended. */
export type Stage = keyof typeof milestoneStages;

/** A milestone's stage: the same judgement as its tag (`milestoneState`), with "not started" apart from "on time". */
export function milestoneStage(milestone: Pick<Milestone, 'status' | 'start' | 'end'>, judging: Judging = {}): Stage {
  const tone = milestoneState(milestone as Milestone, judging).tone;
  if (tone === 'complete' || tone === 'overdue' || tone === 'unfinished') return tone;
  return milestone.status === 'not-started' ? 'not-started' : 'on-time';
}
