/** Build provenance for auditors and tools: the commit, its date, the branch, and how many records of each kind were published. */
import type { APIRoute } from 'astro';
import { loadRecords } from '../lib/content/records.ts';
import { siteHistory } from '../lib/history/record-history.ts';
import { siteSettings } from '../lib/settings.ts';
import { today } from '../lib/dates.ts';
import { gitHostUrls } from '../lib/urls.ts';
import { publishedInput } from '../lib/co-creation/counts.ts';

export const GET: APIRoute = async () => {
  const { head, available, reason } = siteHistory();
  const records = await loadRecords();
  const counts = {
    'action-plans': records.plans.length,
    commitments: records.commitments.length,
    meetings: records.meetings.length,
    datasets: records.datasets.length,
    organizations: records.organizations.length,
    districts: records.districts.length,
    pages: records.pages.length,
    reuses: records.reuses.length,
    // Published requests only: those awaiting moderation or withheld are not on the site.
    'data-requests': records.dataRequests.length,
    challenges: records.challenges.length,
    consultations: records.consultations.length,
    // What readers see: input awaiting moderation or withheld is not published.
    'public-input': publishedInput(records.publicInput).length,
  };
  const info = {
    commit: head?.sha ?? null,
    shortCommit: head?.sha.slice(0, 7) ?? null,
    /** The commit's date (when it reached the branch). */
    date: head?.timestamp ?? null,
    branch: head?.branch ?? null,
    commitUrl: head ? (gitHostUrls(siteSettings().repository)?.commit(head.sha) ?? null) : null,
    uncommittedChanges: head?.dirty ?? null,
    built: today,
    history: available ? { available } : { available, reason },
    records: { ...counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) },
  };
  return new Response(`${JSON.stringify(info, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
