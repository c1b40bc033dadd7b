/** Where a challenge stands on a given day, and its winners. */
import type { ChallengeEntry, Records, ReuseEntry } from '../content/records.ts';
import type { Challenge } from '../../schemas/challenge.ts';
import { formatDate, today } from '../dates.ts';

/** A challenge's stage, with the words and the tag's tone a page shows. */
export interface ChallengeStage {
  stage: 'upcoming' | 'open' | 'judging' | 'judged';
  label: string;
  /** A sentence about what comes next: "Entries close on 30 April 2027". */
  next: string;
  /** The colour of its tag, one of the status tones of the stylesheet. */
  tone: 'upcoming' | 'in-progress' | 'complete';
}

/** The stage of a challenge on a day: before entries open, open, being judged, or judged. */
export function challengeStage(challenge: Pick<Challenge, 'opens' | 'closes' | 'results' | 'prizes'>, on = today): ChallengeStage {
  const judged = challenge.prizes.some((prize) => prize.winner) && (!challenge.results || challenge.results <= on);
  if (judged) return { stage: 'judged', label: 'Winners announced', next: challenge.results ? `Winners announced on ${formatDate(challenge.results)}` : 'Winners announced', tone: 'complete' };
  if (on < challenge.opens) return { stage: 'upcoming', label: 'Opens soon', next: `Entries open on ${formatDate(challenge.opens)}`, tone: 'upcoming' };
  if (on <= challenge.closes) return { stage: 'open', label: 'Open for entries', next: `Entries close on ${formatDate(challenge.closes)}`, tone: 'in-progress' };
  return { stage: 'judging', label: 'Being judged', next: challenge.results ? `Winners to be announced on ${formatDate(challenge.results)}` : 'Winners to be announced', tone: 'in-progress' };
}

/** The challenges a reuse was entered in, with the prize it won in each, if any. */
export function challengesOf(records: Pick<Records, 'challenges'>, reuse: string): { challenge: ChallengeEntry; prize?: string }[] {
  return records.challenges
    .filter((challenge) => challenge.data.entries.includes(reuse))
    .map((challenge) => ({ challenge, prize: challenge.data.prizes.find((prize) => prize.winner === reuse)?.title }));
}

/** A challenge's entries, winners first in the order of the prizes, then the others newest first. */
export function entriesOf(records: Pick<Records, 'reuse'>, challenge: ChallengeEntry): { reuse: ReuseEntry; prize?: string }[] {
  const prizeOf = new Map(challenge.data.prizes.filter((prize) => prize.winner).map((prize, index) => [prize.winner!, { title: prize.title, index }]));
  return challenge.data.entries
    .map((id) => ({ reuse: records.reuse(id), prize: prizeOf.get(id) }))
    .sort((a, b) => (a.prize?.index ?? Infinity) - (b.prize?.index ?? Infinity) || b.reuse.data.date.localeCompare(a.reuse.data.date))
    .map(({ reuse, prize }) => ({ reuse, prize: prize?.title }));
}
