/**
 * A challenge: an apps challenge or hackathon, with its dates, rules, districts, prizes, the
 * datasets it offers, and its entries, which are reuses. Its body (Markdown) describes it.
 */
import { z } from 'astro/zod';
import { field, isoDate, link, ref, text } from './fields.ts';
import { withRules } from './rules.ts';

/** A prize, and once judged, the entry that won it. */
export const PrizeSchema = field(z.strictObject({
  /** The prize's name, for example "Toledo District prize". */
  title: field(text(), { title: 'Prize' }),
  /** What the winner receives. */
  award: field(text(), { title: 'What the winner receives', description: 'For example: BZ$3,000 and six months of mentoring.' }),
  /** The entry that won it, once judged. */
  winner: field(ref('reuses').optional(), { title: 'Winner', description: 'Once judged: the winning entry (one of the entries below).' }),
}), { title: 'Prize' });

/** A challenge. */
export const ChallengeSchema = withRules(
  z.strictObject({
    /** Its name. */
    title: field(text(), { title: 'Title' }),
    /** One sentence for lists and search results. */
    summary: field(text().max(240, { error: 'keep the summary to one sentence (240 characters at most)' }), { title: 'Summary', widget: 'text' }),
    /** Who runs it. */
    organizers: field(z.array(ref('organizations')).min(1, { error: 'name at least one organization that runs the challenge' }), { title: 'Organized by' }),
    /** When entries open. */
    opens: field(isoDate(), { title: 'Entries open on' }),
    /** The last day for entries. */
    closes: field(isoDate(), { title: 'Entries close on' }),
    /** When the winners are (or were) announced. */
    results: field(isoDate().optional(), { title: 'Winners announced on' }),
    /** The rules, as a document. */
    rules: field(link(), { title: 'Rules', description: 'The rules document: upload it, or give its web address.', widget: 'file' }),
    /** The districts it is open to; none means the whole country. */
    districts: field(z.array(ref('districts')).default([]), { title: 'Districts', description: 'Leave empty when it is open to the whole country.' }),
    /** The datasets offered to the teams. */
    datasets: field(z.array(ref('datasets')).min(1, { error: 'name at least one dataset the challenge offers' }), { title: 'Datasets offered' }),
    /** The prizes, with their winners once judged. */
    prizes: field(z.array(PrizeSchema).default([]), { title: 'Prizes' }),
    /** The entries, each described as a reuse. */
    entries: field(z.array(ref('reuses')).default([]), { title: 'Entries', description: 'Each entry is a reuse: add it under Reuses first.' }),
  })
  // A winner must be one of the entries: reported at the prize, inside the list.
  .superRefine((challenge, ctx) => {
    challenge.prizes.forEach((prize, index) => {
      if (prize.winner && !challenge.entries.includes(prize.winner)) {
        ctx.addIssue({ code: 'custom', path: ['prizes', index, 'winner'], message: `"${prize.winner}" is not one of the entries: add it to the entries, or choose an entry` });
      }
    });
  }),
  [
    {
      name: 'closes-not-before-opens',
      fields: ['closes', 'opens'],
      check: ({ opens, closes }) => (closes < opens ? `entries close on ${closes}, before they open (${opens})` : undefined),
      hints: { closes: 'On or after the day entries open.' },
      brokenBy: { opens: '2027-03-01', closes: '2027-02-28' },
    },
    {
      name: 'results-after-closing',
      fields: ['results', 'closes'],
      check: ({ results, closes }) => (results && results < closes ? `the winners are announced on ${results}, before entries close (${closes})` : undefined),
      hints: { results: 'On or after the day entries close.' },
      brokenBy: { closes: '2027-05-31', results: '2027-05-30' },
    },
  ],
);

/** A challenge as pages see it. */
export type Challenge = z.output<typeof ChallengeSchema>;
