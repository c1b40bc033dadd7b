/**
 * A small content repository with a known history, committed with fixed dates and authors:
 * a status change, a moved deadline, an added and a removed milestone, a new lead, a rename,
 * a deletion, and an edit merged from a CMS review branch (Decap's editorial workflow).
 */
import { TempRepo } from './git-repo.ts';
import { recordFile } from '../../src/lib/content/record-files.ts';

/** A commitment's file, with the fields the history test changes. */
export function commitmentFile(options: { status: string; lead: string; milestones: { title: string; end: string }[]; body?: string }): string {
  const milestones = options.milestones
    .map((m) => `  - title: ${m.title}\n    start: 2026-01-01\n    end: ${m.end}\n    status: not-started`)
    .join('\n');
  return `---
code: BZ90
title: Public contract registry
summary: Publish every public contract.
plan: 2026-2028
theme: fiscal-openness
start: 2026-01-01
end: 2028-06-30
lead: ${options.lead}
contact:
  name: Ana Pérez
status: ${options.status}
problem: Contracts are not public.
contribution: Everyone can read them.
values:
  - access-to-information
milestones:
${milestones}
---

${options.body ?? 'The government publishes its contracts.\n\nEvery quarter, a report.'}
`;
}

const organization = (name: string) => `name: ${name}\nsector: government\nkind: agency\n`;
const page = (title: string) => `---\ntitle: ${title}\nsummary: A page.\n---\n\nText.\n`;

const draftBill = { title: 'Publish the draft bill', end: '2027-03-31' };
const portal = { title: 'Open the contracts portal', end: '2027-06-30' };
const training = { title: 'Train procurement officers', end: '2027-12-31' };

/** The commits' ids, by what they did. */
export interface FixtureCommits {
  added: string;
  status: string;
  deadline: string;
  milestones: string;
  lead: string;
  rename: string;
  deletion: string;
  merge: string;
}

/** Commits this history under `content/` of `repo` (on top of what is there) and returns the commits' ids. */
export function historyFixture(repo = new TempRepo()): { repo: TempRepo; commits: FixtureCommits } {
  const file = recordFile('commitments', 'contract-registry');
  const renamed = recordFile('commitments', 'public-contract-registry');
  const oldNews = recordFile('pages', 'old-news');
  const finance = recordFile('organizations', 'ministry-of-finance');
  const first = { status: 'limited', lead: 'ministry-of-finance', milestones: [draftBill, portal] };
  repo
    .write(file, commitmentFile(first))
    .write(finance, organization('Ministry of Finance'))
    .write(recordFile('organizations', 'office-of-the-contractor-general'), organization('Office of the Contractor General'))
    .write(oldNews, page('Old news'));
  const added = repo.commit('Add the contract registry commitment', { author: 'Ana Pérez', date: '2026-01-05T15:00:00Z' });
  repo.write(file, commitmentFile({ ...first, status: 'substantial' }));
  const status = repo.commit('Contract registry: progress is substantial', { author: 'Ben Young', date: '2026-02-10T15:00:00Z' });
  const moved = { ...first, status: 'substantial', milestones: [{ ...draftBill, end: '2027-09-30' }, portal] };
  repo.write(file, commitmentFile(moved));
  const deadline = repo.commit('The draft bill is late', { author: 'Ana Pérez', date: '2026-03-15T15:00:00Z' });
  const replanned = { ...moved, milestones: [moved.milestones[0], training] };
  repo.write(file, commitmentFile(replanned));
  const milestones = repo.commit('Replace the portal milestone with training', { author: 'Ben Young', date: '2026-04-20T15:00:00Z' });
  const newLead = { ...replanned, lead: 'office-of-the-contractor-general' };
  repo.write(file, commitmentFile({ ...newLead, body: 'The government publishes its contracts.\n\nEvery month, a report.' }));
  const lead = repo.commit('The Contractor General leads now', { author: 'Ana Pérez', date: '2026-05-05T15:00:00Z' });
  repo.git('mv', file, renamed);
  const rename = repo.commit('Rename contract-registry to public-contract-registry', { author: 'Ben Young', date: '2026-06-01T15:00:00Z' });
  repo.git('rm', '-q', oldNews);
  const deletion = repo.commit('Remove the old news page', { author: 'Ana Pérez', date: '2026-07-01T15:00:00Z' });

  // The CMS's review flow: a draft on a cms/ branch, published later by merging it.
  repo.git('checkout', '-q', '-b', 'cms/commitments/public-contract-registry');
  repo.write(renamed, commitmentFile({ ...newLead, status: 'complete', body: 'The government publishes its contracts.\n\nEvery month, a report.' }));
  repo.commit('Update Commitments “public-contract-registry”', { author: 'Carla Editor', date: '2026-08-01T15:00:00Z' });
  repo.git('checkout', '-q', 'main');
  repo.write(finance, organization('Ministry of Finance, Economic Development and Investment'));
  repo.commit('The Ministry of Finance has a new name', { author: 'Ana Pérez', date: '2026-08-05T15:00:00Z' });
  repo.gitAs({ author: 'Dan Publisher', date: '2026-08-10T15:00:00Z' }, 'merge', '-q', '--no-ff', '-m', 'Automatically generated. Merged on Decap CMS.', 'cms/commitments/public-contract-registry');
  const merge = repo.git('rev-parse', 'HEAD').trim();
  return { repo, commits: { added, status, deadline, milestones, lead, rename, deletion, merge } };
}
