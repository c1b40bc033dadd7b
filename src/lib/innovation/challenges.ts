/** Where a challenge stands on a given day, and its winners. */
import type { ChallengeEntry, Records, ReuseEntry } from '../content/records.ts';
import type { Challenge } from '../../schemas/challenge.ts';
import { today } from '../dates.ts';
import type { Words } from '../i18n/words.ts';

/** A challenge's stage, with the words and the tag's tone a page shows. */
export interface ChallengeStage {
  stage: 'upcoming' | 'open' | 'judging' | 'judged';
  label: string;
  /** A sentence about what comes next: "Entries close on 30 April 2027". */
  next: string;
  /** The colour of its tag, one of the status tones of the stylesheet. */
  tone: 'upcoming' | 'in-progress' | 'complete';
}

/** The stage of a challenge on a day, in the language of `t`: before entries open, open, being judged, or judged. */
export function challengeStage(challenge: Pick<Challenge, 'opens' | 'closes' | 'results' | 'prizes'>, t: Words, on = today): ChallengeStage {
  const { stages, next } = t.words.challenges;
  const judged = challenge.prizes.some((prize) => prize.winner) && (!challenge.results || challenge.results <= on);
  if (judged) return { stage: 'judged', label: stages.judged, next: challenge.results ? next.announcedOn(t.date(challenge.results)) : next.announced, tone: 'complete' };
  if (on < challenge.opens) return { stage: 'upcoming', label: stages.upcoming, next: next.opensOn(t.date(challenge.opens)), tone: 'upcoming' };
  if (on <= challenge.closes) return { stage: 'open', label: stages.open, next: next.closesOn(t.date(challenge.closes)), tone: 'in-progress' };
  return { stage: 'judging', label: stages.judging, next: challenge.results ? next.toBeAnnouncedOn(t.date(challenge.results)) : next.toBeAnnounced, tone: 'in-progress' };
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
