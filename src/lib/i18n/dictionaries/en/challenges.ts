/** Apps challenges: their list, a challenge's page, and where each stands. */
import type { Noun } from './common.ts';

export const challenges = {
  entry: { one: 'entry', other: 'entries' } as Noun,
  /** The list. */
  title: 'Apps challenges',
  description: 'Apps challenges and hackathons where people in Belize build on the open data: dates, rules, prizes, entries and winners.',
  /** "… build apps and tools on the [open data]. Every entry is listed with the [reuses]." */
  lede: 'Challenges and hackathons where teams from the districts build apps and tools on the',
  ledeData: 'open data',
  ledeEntries: '. Every entry is listed with the',
  ledeReuses: 'reuses',
  entriesPeriod: (period: string) => `Entries ${period}`,
  allDistricts: 'All districts',

  /** Where a challenge stands, and what comes next. */
  stages: {
    judged: 'Winners announced',
    upcoming: 'Opens soon',
    open: 'Open for entries',
    judging: 'Being judged',
  },
  next: {
    announcedOn: (date: string) => `Winners announced on ${date}`,
    announced: 'Winners announced',
    opensOn: (date: string) => `Entries open on ${date}`,
    closesOn: (date: string) => `Entries close on ${date}`,
    toBeAnnouncedOn: (date: string) => `Winners to be announced on ${date}`,
    toBeAnnounced: 'Winners to be announced',
  },

  /** A challenge's page. */
  withNext: (summary: string, next: string) => `${summary} ${next}.`,
  stage: 'Stage',
  entries: 'Entries',
  /** "From [date] to [date]; 3 entries so far". */
  from: 'From',
  to: 'to',
  soFar: (entries: string) => `; ${entries} so far`,
  winners: 'Winners',
  announcedOn: 'Announced on',
  toBeAnnouncedOn: 'To be announced on',
  openTo: 'Open to',
  allSixDistricts: 'All six districts',
  organizedBy: 'Organized by',
  rules: 'Rules',
  theRules: 'The rules',
  prizes: 'Prizes',
  prize: 'Prize',
  award: 'The winner receives',
  winner: 'Winner',
  notAwarded: 'Not awarded',
  notJudged: 'Not yet judged',
  entriesHeading: (n: string) => `Entries (${n})`,
  noEntry: 'No entry yet.',
  dataOffered: 'The data offered',
};
