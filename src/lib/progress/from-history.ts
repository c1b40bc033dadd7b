/**
 * What slipped and how progress moved, read from a commitment's versions in the site's one
 * history (`history/record-history.ts`): every change of a milestone's or the commitment's end
 * date ("rescheduled", with its original and current dates), and every return from complete to
 * not complete ("reopened"). No field records these: Git does. Milestones keep their identity
 * across versions by the history pages' own rule (`pairItems`), so both always agree.
 */
import { MilestoneSchema } from '../../schemas/commitment.ts';
import { pairItems } from '../history/record-diff.ts';
import type { Commit, RecordVersion } from '../history/record-history.ts';

/** One state of a commitment: a committed version, or the working copy when it differs (no commit). */
export interface State {
  data: Record<string, unknown>;
  /** The commit that made it; none for edits not committed yet. */
  commit?: Commit;
}

/** A milestone as versions hold it: loosely, since an old version may not pass today's schema. */
interface LooseMilestone {
  title?: unknown;
  end?: unknown;
  status?: unknown;
}

/** A commitment's states, oldest first: its committed versions, then the current data when it says something else. */
export function statesOf(versions: RecordVersion[], current?: Record<string, unknown>): State[] {
  const states: State[] = [...versions].reverse().map((version) => ({ data: version.data, commit: version.commit }));
  if (current && JSON.stringify(pick(current)) !== JSON.stringify(pick(states.at(-1)?.data ?? {}))) states.push({ data: current });
  return states;
}

/** The fields these readings compare, so an unrelated edit not yet committed adds no state. */
function pick(data: Record<string, unknown>) {
  return { end: data.end, status: data.status, plan: data.plan, milestones: milestonesOf(data).map((m) => [m.title, m.end, m.status]) };
}

function milestonesOf(data: Record<string, unknown>): LooseMilestone[] {
  return Array.isArray(data.milestones) ? (data.milestones as LooseMilestone[]) : [];
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** One move of an end date. */
export interface DateChange {
  from: string;
  to: string;
  /** The commit that moved it; none when the move is not committed yet. */
  commit?: Commit;
}

/** A commitment or milestone whose end date moved. */
export interface Rescheduling {
  kind: 'commitment' | 'milestone';
  /** For a milestone: its 1-based position and title now. */
  milestone?: { number: number; title: string };
  /** The end date it was first given. */
  original: string;
  /** The end date it has now. */
  current: string;
  /** Every move, oldest first. */
  changes: DateChange[];
}

/** A thing followed through versions: its end dates and statuses as they changed. */
interface Track {
  lastEnd?: string;
  original?: string;
  changes: DateChange[];
  lastStatus?: string;
}

/** A return from complete to not complete. */
export interface Reopening {
  kind: 'commitment' | 'milestone';
  milestone?: { number: number; title: string };
  /** The level it went back to. */
  status: string;
  /** The commit that reopened it; none when not committed yet. */
  commit?: Commit;
}

/** What a commitment's history says: every rescheduling and every reopening, milestones after the commitment, in their order. */
export interface CommitmentSlips {
  rescheduled: Rescheduling[];
  reopened: Reopening[];
}

function follow(track: Track, end: unknown, status: unknown, commit: Commit | undefined, what: Pick<Reopening, 'kind' | 'milestone'>, reopened: Reopening[]) {
  const date = text(end);
  if (date) {
    if (track.original === undefined) track.original = date;
    else if (track.lastEnd !== undefined && date !== track.lastEnd) track.changes.push({ from: track.lastEnd, to: date, commit });
    track.lastEnd = date;
  }
  const level = text(status);
  if (level) {
    if (track.lastStatus === 'complete' && level !== 'complete') reopened.push({ ...what, status: level, commit });
    track.lastStatus = level;
  }
}

/** Reads a commitment's reschedulings and reopenings from its states, oldest first. */
export function slipsOf(states: State[]): CommitmentSlips {
  const commitment: Track = { changes: [] };
  // Every reopening found, also of milestones removed later: they are history too.
  const reopened: Reopening[] = [];
  let tracks: Track[] = [];
  let previous: LooseMilestone[] = [];
  for (const { data, commit } of states) {
    follow(commitment, data.end, data.status, commit, { kind: 'commitment' }, reopened);
    const milestones = milestonesOf(data);
    const pairs = pairItems(MilestoneSchema, previous, milestones);
    tracks = milestones.map((milestone, index) => {
      const before = pairs.get(index);
      const track: Track = before === undefined ? { changes: [] } : tracks[before];
      follow(track, milestone.end, milestone.status, commit, { kind: 'milestone', milestone: { number: index + 1, title: String(milestone.title ?? '') } }, reopened);
      return track;
    });
    previous = milestones;
  }
  const last = milestonesOf(states.at(-1)?.data ?? {});
  const rescheduled: Rescheduling[] = [];
  if (commitment.changes.length) rescheduled.push({ kind: 'commitment', original: commitment.original!, current: commitment.lastEnd!, changes: commitment.changes });
  tracks.forEach((track, index) => {
    if (track.changes.length) rescheduled.push({ kind: 'milestone', milestone: { number: index + 1, title: String(last[index].title ?? '') }, original: track.original!, current: track.lastEnd!, changes: track.changes });
  });
  return { rescheduled, reopened };
}
