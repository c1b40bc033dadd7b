/** Where a commitment stands, derived from its milestones and the build date. */
import type { z } from 'astro/zod';
import type { ProgressSchema } from '../../schemas/api.ts';
import type { Milestone } from '../../schemas/commitment.ts';
import { completionLevels, milestoneStages } from '../../schemas/vocabularies.ts';
import { daysBetween, today } from '../dates.ts';
import type { Tag, Tone } from '../words.ts';
import type { Words } from '../i18n/words.ts';

/** How to judge milestones: on which day, and whether their plan has closed. */
export interface Judging {
  /** The day to judge on, `YYYY-MM-DD`; the build date by default. */
  on?: string;
  /** The plan has ended: what is not complete is unfinished, no longer "overdue by 5 years". */
  planClosed?: boolean;
}

/** Where a milestone stands, before it is put in words: its tone, its OGP level, and how many days late it is. */
export interface Standing {
  tone: Tone;
  level: keyof typeof completionLevels;
  /** Days past its end date, when overdue. */
  late?: number;
}

/** Where one milestone stands on a day: complete, unfinished (closed plan), overdue, not started yet, or in progress. */
export function milestoneStanding(milestone: Pick<Milestone, 'status' | 'start' | 'end'>, { on = today, planClosed = false }: Judging = {}): Standing {
  const level = milestone.status;
  if (level === 'complete') return { tone: 'complete', level };
  if (planClosed) return { tone: 'unfinished', level };
  const late = daysBetween(milestone.end, on);
  if (late > 0) return { tone: 'overdue', level, late };
  if (level === 'not-started' && milestone.start > on) return { tone: 'upcoming', level };
  return { tone: 'in-progress', level };
}

/** A standing as its tag shows it: the OGP level, plus overdue or unfinished in words ("Limited, overdue by 3 months"). */
export function standingTag({ tone, level, late }: Standing, t: Words): Tag {
  const label = t.words.vocabularies.completionLevels[level];
  const say = t.words.progress.state;
  if (tone === 'unfinished') return { tone, label: say.unfinished(label) };
  if (tone === 'overdue') return { tone, label: say.overdue(label, t.duration(late ?? 0)) };
  if (tone === 'upcoming') return { tone, label: say.startsLater(label) };
  return { tone, label };
}

/** The state of one milestone as its tag shows it, in the words of `t`. */
export function milestoneState(milestone: Pick<Milestone, 'status' | 'start' | 'end'>, judging: Judging, t: Words): Tag {
  return standingTag(milestoneStanding(milestone, judging), t);
}

/** Counts of a set of milestones, as the API publishes them. */
export type Progress = z.output<typeof ProgressSchema>;

/** Progress over milestones: how many complete, overdue, or left unfinished by a closed plan. */
export function progressOf(milestones: Milestone[], judging: Judging = {}): Progress {
  const tones = milestones.map((milestone) => milestoneStanding(milestone, judging).tone);
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

/** `, 2 overdue, 1 not finished`: what is behind, after the figure of what is complete. */
function behind(progress: Progress, t: Words): string {
  const w = t.words.progress;
  const extra = [progress.overdue && w.overdue(t.number(progress.overdue)), progress.unfinished && w.unfinished(t.number(progress.unfinished))].filter(Boolean);
  return extra.length ? `, ${extra.join(', ')}` : '';
}

/** "5 of 14 milestones complete, 2 overdue": the figure readers look for first. */
export function progressSentence(progress: Progress, t: Words): string {
  return `${t.words.progress.complete(t.number(progress.complete), t.count(progress.total, t.words.common.nouns.milestone), progress.total)}${behind(progress, t)}`;
}

/** "5 of 14, 2 overdue": the same figures in a table whose column says what they count. */
export function progressFigures(progress: Progress, t: Words): string {
  return `${t.words.progress.ofTotal(t.number(progress.complete), t.number(progress.total))}${behind(progress, t)}`;
}

/** Where a milestone stands on a dashboard: complete, on time, overdue, not started, or not finished when its plan ended. */
export type Stage = keyof typeof milestoneStages;

/** A milestone's stage: the same judgement as its tag (`milestoneState`), with "not started" apart from "on time". */
export function milestoneStage(milestone: Pick<Milestone, 'status' | 'start' | 'end'>, judging: Judging = {}): Stage {
  const { tone } = milestoneStanding(milestone, judging);
  if (tone === 'complete' || tone === 'overdue' || tone === 'unfinished') return tone;
  return milestone.status === 'not-started' ? 'not-started' : 'on-time';
}
