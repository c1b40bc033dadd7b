/**
 * Which share card each page gets: one per record, per list (the collections' indexes, the
 * catalogue's facets, the changes) and the home page; any other page takes the card of the
 * nearest page above it (a history page its record's, a poster its meeting's, the search page
 * the home page's). The words come from the same helpers and vocabularies as the pages.
 */
import { loadRecords, type Records } from '../content/records.ts';
import { organizationRelations } from '../content/related.ts';
import { catalogFacetNames, catalogFacets } from '../open-data/facets.ts';
import { districtCounts } from '../geo/district-counts.ts';
import { progressOf, progressSentence, type Progress } from '../progress/status.ts';
import { formatDate, formatPeriod } from '../dates.ts';
import { count, countsInWords, listInWords, tags } from '../words.ts';
import { defaultLanguage } from '../i18n/languages.ts';
import { wordsIn } from '../i18n/words.ts';
import { siteSettings } from '../settings.ts';
import { changesUrl, facetUrl, recordUrl, sectionUrl, shareCardUrl } from '../urls.ts';
import { completionLevels, consultationKinds, meetingKinds, meetingStatuses, organizationKinds, planStatuses, resourceFormats, reuseTypes, themes, updateFrequencies } from '../../schemas/vocabularies.ts';
import { challengeStage } from '../innovation/challenges.ts';
import { isOpen, waitInWords, waitOf } from '../innovation/data-requests.ts';
import { cardAlt, cardSvg, type CardSite, type CardTone, type ShareCard } from './card-svg.ts';
import { cardHash } from './render.ts';
import { isUpcoming } from './posters.ts';
import { consultationState } from '../co-creation/states.ts';
import { publishedInput } from '../co-creation/counts.ts';

const settings = siteSettings();

/** A card ready for a page's head and for the image route. */
export interface CardEntry {
  card: ShareCard;
  svg: string;
  /** The image's path: `/cards/commitments/open-contracting.1a2b3c4d5e.png`. */
  url: string;
  /** The card in words (og:image:alt). */
  alt: string;
}

/** What every card shows of the site, from the site settings. */
export const cardSite: CardSite = { name: settings.title, host: new URL(settings.url).host, illustrative: settings.illustrative };

const completionTones: Record<keyof typeof completionLevels, CardTone> = { complete: 'complete', substantial: 'in-progress', limited: 'in-progress', 'not-started': 'upcoming' };
// The same tones as the meeting page's status tag.
const meetingTones: Record<keyof typeof meetingStatuses, CardTone> = { held: 'complete', scheduled: 'upcoming', cancelled: 'overdue', postponed: 'overdue' };
const guide = 'Open Government Partnership in Belize';

const progressLine = (progress: Progress) => ({ complete: progress.complete, total: progress.total, sentence: progressSentence(progress, wordsIn(defaultLanguage)) });

/** The small map of some districts, or none when the record names none (nationwide or online). */
function districtsMap(records: Records, districts: string[]): ShareCard['map'] {
  if (!districts.length) return undefined;
  const names = districts.map((id) => records.district(id).data.name);
  return { districts, label: `${listInWords(names)} ${districts.length === 1 ? 'District' : 'Districts'}` };
}

/** Every card of the site, page by page. */
export function cardsOf(records: Records): ShareCard[] {
  const cards: ShareCard[] = [];
  const plan = records.currentPlan;
  const planCommitments = (id: string) => records.commitments.filter((c) => c.data.plan === id);

  cards.push({
    page: '/',
    caption: guide,
    title: 'Open Government in Belize',
    status: { label: planStatuses[plan.data.status], tone: plan.data.status === 'completed' ? 'complete' : 'in-progress' },
    progress: progressLine(records.progress(planCommitments(plan.id))),
    lines: [plan.data.title, countsInWords({ commitments: planCommitments(plan.id).length, meetings: records.meetings.length, datasets: records.datasets.length })],
  });

  for (const entry of records.plans) {
    const commitments = planCommitments(entry.id);
    cards.push({
      page: recordUrl('action-plans', entry.id),
      caption: 'Action plan',
      title: entry.data.title,
      status: { label: planStatuses[entry.data.status], tone: entry.data.status === 'completed' ? 'complete' : 'in-progress' },
      progress: progressLine(records.progress(commitments)),
      lines: [`${count(commitments.length, 'commitment', 'commitments')}, ${formatPeriod(entry.data.start, entry.data.end)}`],
    });
  }

  for (const entry of records.commitments) {
    const { data } = entry;
    cards.push({
      page: recordUrl('commitments', entry.id),
      caption: `Commitment ${data.code} · ${themes[data.theme]}`,
      title: data.title,
      status: { label: `Completion: ${completionLevels[data.status]}`, tone: completionTones[data.status] },
      progress: progressLine(progressOf(data.milestones, { planClosed: records.planClosed(data.plan) })),
      map: districtsMap(records, data.districts),
    });
  }

  for (const entry of records.meetings) {
    const { data } = entry;
    const district = data.district && records.district(data.district).data.name;
    const where = [data.venue?.name, district && `${district} District`].filter(Boolean).join(', ');
    cards.push({
      page: recordUrl('meetings', entry.id),
      caption: meetingKinds[data.kind],
      title: data.title,
      status: { label: meetingStatuses[data.status], tone: meetingTones[data.status] },
      lines: [`${formatDate(data.date)}${data.time ? `, ${data.time}` : ''}`, data.online ? (where ? `${where}, and online` : 'Online') : where],
      map: districtsMap(records, data.district ? [data.district] : []),
    });
  }

  for (const entry of records.datasets) {
    const { data } = entry;
    const formats = [...new Set(data.resources.map((resource) => resourceFormats[resource.format].label))];
    cards.push({
      page: recordUrl('datasets', entry.id),
      caption: `Dataset · ${records.organization(data.publisher).data.name}`,
      title: data.title,
      summary: data.summary,
      lines: [`${count(data.resources.length, 'file', 'files')}: ${listInWords(formats)} · updates: ${updateFrequencies[data.frequency].label.toLowerCase()}`],
      map: districtsMap(records, data.districts),
    });
  }

  for (const entry of records.organizations) {
    const { data } = entry;
    const related = organizationRelations(records, entry.id);
    const commitments = related.leads.length + related.supports.length;
    const meetings = related.meetings.length;
    const datasets = related.datasets.length;
    cards.push({
      page: recordUrl('organizations', entry.id),
      caption: `Organization · ${organizationKinds[data.kind]}`,
      title: data.name,
      lines: [countsInWords({ commitments, meetings, datasets })],
      map: districtsMap(records, data.district ? [data.district] : []),
    });
  }

  for (const count of districtCounts(records)) {
    cards.push({
      page: recordUrl('districts', count.id),
      caption: `District · capital ${count.capital}`,
      title: `${count.name} District`,
      lines: [countsInWords(count)],
      map: districtsMap(records, [count.id]),
    });
  }

  for (const entry of records.consultations) {
    const { data } = entry;
    const inputs = publishedInput(records.inputOf(entry.id)).length;
    cards.push({
      page: recordUrl('consultations', entry.id),
      caption: `Consultation · ${consultationKinds[data.kind]}`,
      title: data.title,
      summary: data.summary,
      status: tags.consultation(consultationState(data)),
      lines: [`Input from ${formatPeriod(data.opens, data.closes)}${inputs ? ` · ${count(inputs, 'input', 'inputs')} published` : ''}`],
    });
  }

  for (const entry of records.pages) {
    cards.push({ page: recordUrl('pages', entry.id), caption: guide, title: entry.data.title, summary: entry.data.summary });
  }

  for (const entry of records.reuses) {
    const { data } = entry;
    const organization = data.author.organization ? records.organization(data.author.organization).data.name : undefined;
    cards.push({
      page: recordUrl('reuses', entry.id),
      caption: `Reuse · ${reuseTypes[data.type].label}`,
      title: data.title,
      summary: data.summary,
      lines: [`By ${data.author.name}${organization && organization !== data.author.name ? `, ${organization}` : ''} · uses ${count(data.datasets.length, 'dataset', 'datasets')}`],
      map: districtsMap(records, data.districts),
    });
  }

  // Only the published requests: the others have no page to share.
  for (const entry of records.dataRequests) {
    const { data } = entry;
    const wait = waitInWords(waitOf(data), wordsIn(defaultLanguage));
    cards.push({
      page: recordUrl('data-requests', entry.id),
      caption: `Data request${data.organization ? ` · ${records.organization(data.organization).data.name}` : ''}`,
      title: data.title,
      status: tags.dataRequest(data.status),
      lines: [`${wait[0].toUpperCase()}${wait.slice(1)}`],
      map: districtsMap(records, data.districts),
    });
  }

  for (const entry of records.challenges) {
    const { data } = entry;
    const stage = challengeStage(data, wordsIn(defaultLanguage));
    cards.push({
      page: recordUrl('challenges', entry.id),
      caption: 'Apps challenge',
      title: data.title,
      summary: data.summary,
      status: { label: stage.label, tone: stage.tone },
      lines: [`${stage.next} · ${count(data.entries.length, 'entry', 'entries')}`],
      map: districtsMap(records, data.districts),
    });
  }

  // The lists.
  const upcoming = records.meetings.filter((m) => isUpcoming(m)).sort((a, b) => a.data.date.localeCompare(b.data.date));
  const next = upcoming[0]?.data;
  const lists: Array<[string, string, string[], Partial<ShareCard>?]> = [
    [sectionUrl('action-plans'), 'Action plans', [count(records.plans.length, 'action plan', 'action plans')]],
    [sectionUrl('commitments'), 'All commitments', [count(records.commitments.length, 'commitment', 'commitments')], { progress: progressLine(records.progress(records.commitments)) }],
    [sectionUrl('meetings'), 'Meetings and minutes', [`${count(records.meetings.length, 'meeting', 'meetings')}, ${upcoming.length} upcoming`, ...(next ? [`Next: ${formatDate(next.date)}, ${next.district ? `${records.district(next.district).data.name} District` : 'online'}`] : [])]],
    [sectionUrl('datasets'), 'Open data', [`${count(records.datasets.length, 'dataset', 'datasets')} to download and reuse`]],
    [sectionUrl('organizations'), 'Organizations', [count(records.organizations.length, 'organization', 'organizations')]],
    [sectionUrl('districts'), 'Districts', [count(records.districts.length, 'district', 'districts')], { map: districtsMap(records, records.districts.map((d) => d.id)) }],
    [sectionUrl('reuses'), 'Built on the open data', [count(records.reuses.length, 'reuse', 'reuses')]],
    [sectionUrl('data-requests'), 'Data requests', [`${count(records.dataRequests.length, 'request', 'requests')}, ${records.dataRequests.filter((r) => isOpen(r.data)).length} still open`]],
    [sectionUrl('challenges'), 'Apps challenges', [count(records.challenges.length, 'challenge', 'challenges')]],
    [sectionUrl('consultations'), 'Consultations', [count(records.consultations.length, 'consultation', 'consultations'), `${records.consultations.filter((c) => consultationState(c.data) === 'open').length} open for input`]],
    [changesUrl(), 'Changes to the site', ['Every saved change, newest first']],
  ];
  for (const [page, title, lines, extra] of lists) cards.push({ page, caption: `${settings.title} · list`, title, lines, ...extra });

  for (const values of Object.values(catalogFacets(records))) {
    for (const value of values) {
      cards.push({
        page: facetUrl(value.facet, value.id),
        caption: `Open data · ${catalogFacetNames[value.facet]}`,
        title: value.facet === 'district' ? `${value.label} District` : value.label,
        lines: [count(value.datasets.length, 'dataset', 'datasets')],
        map: value.facet === 'district' ? districtsMap(records, [value.id]) : undefined,
      });
    }
  }
  return cards;
}

/** A card's entry: its SVG, the hash-named address of its image, its words. */
export function cardEntry(card: ShareCard, site: CardSite = cardSite): CardEntry {
  const svg = cardSvg(card, site);
  return { card, svg, url: shareCardUrl(card.page, cardHash(svg).slice(0, 10)), alt: cardAlt(card, site) };
}

let entries: Promise<Map<string, CardEntry>> | undefined;

/** Every card of the site by the page it stands for, worked out once per build. */
export function shareCards(): Promise<Map<string, CardEntry>> {
  entries ??= loadRecords().then((records) => new Map(cardsOf(records).map((card) => [card.page, cardEntry(card)])));
  return entries;
}

/** The card a page shows when shared: its own, or that of the nearest page above it. */
export async function cardFor(path: string): Promise<CardEntry> {
  const cards = await shareCards();
  const parts = path.replace(/index\.html$/, '').split('/').filter(Boolean);
  for (let n = parts.length; n >= 0; n--) {
    const found = cards.get(`/${parts.slice(0, n).map((part) => `${part}/`).join('')}`);
    if (found) return found;
  }
  throw new Error('The home page has no share card');
}
