/**
 * The OGP evidence page's rules: for each Participation and Co-Creation requirement this site can
 * evidence, whether it is Met, Not met or Not yet due, worked out from the records and the dates
 * of the Git history, with the facts a researcher would check by hand. Each rule is a pure
 * function of the records, so each can be shown to give every state it can give.
 */
import type { ActionPlan } from '../../schemas/action-plan.ts';
import type { Consultation } from '../../schemas/consultation.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { PublicInput } from '../../schemas/public-input.ts';
import { inputChannels, type evidenceStates, type OgpRequirement } from '../../schemas/vocabularies.ts';
import { addMonths, daysBetween } from '../dates.ts';

/** One of the states in `evidenceStates`. */
export type EvidenceState = keyof typeof evidenceStates;

/** A record as the rules read it: its id and its data. */
interface Rec<T> {
  id: string;
  data: T;
}

/** Everything the rules read. */
export interface EvidenceRecords {
  /** The day to judge on, `YYYY-MM-DD`. */
  today: string;
  /** The current action plan. */
  plan: Rec<ActionPlan>;
  meetings: Rec<Meeting>[];
  organizations: Rec<Organization>[];
  consultations: Rec<Consultation>[];
  inputs: Rec<PublicInput>[];
  /** Each commitment's plan, to know which consultations on a commitment belong to the plan. */
  commitments: Rec<{ plan: string }>[];
  /** The days content changed in Git (`YYYY-MM-DD`, any order), or unavailable in a shallow copy. */
  history: { available: boolean; updates: string[] };
}

/** The time between two dated events. */
export interface Gap {
  from: string;
  to: string;
  days: number;
}

/** A period of the plan, first and last day. */
export interface Period {
  start: string;
  end: string;
}

/** Each row of the evidence page: its requirement, its state, and the facts behind it. */
export type EvidenceRow =
  | { requirement: 'forum-meets'; state: EvidenceState; period: Period; meetings: string[]; longestGap?: Gap }
  | { requirement: 'forum-rules'; state: EvidenceState; forum?: string; members: number; rules: boolean }
  | { requirement: 'repository-updated'; state: EvidenceState; period?: Period; updates: number; historyStarts?: string; longestGap?: Gap }
  | { requirement: 'consultation-announced'; state: EvidenceState; consultations: { id: string; announced: string; opens: string; days: number; ok: boolean }[] }
  | { requirement: 'input-open'; state: EvidenceState; consultations: { id: string; openToAll: boolean; online: string[]; offline: string[]; ok: boolean }[] }
  | { requirement: 'reasoned-response'; state: EvidenceState; consultations: { id: string; responsePublished?: string; awaitingModeration: number; unanswered: number; ok: boolean }[] }
  | { requirement: 'implementation-meetings'; state: EvidenceState; period: Period; meetings: string[]; needed: number };

/** How often the forum must meet and the repository be updated: "at least every six months". */
export const maxGapMonths = 6;
/** How long before it opens a co-creation consultation is announced: "about two weeks". */
export const noticeDays = 14;
/** Meetings with civil society during implementation. */
export const implementationMeetingsNeeded = 2;

/** The gaps between consecutive dates, in order; the longest first when asked. */
export function gapsBetween(dates: string[]): Gap[] {
  const sorted = [...new Set(dates)].sort();
  return sorted.slice(1).map((to, index) => ({ from: sorted[index], to, days: daysBetween(sorted[index], to) }));
}

/** A gap longer than six calendar months. */
export const tooLong = (gap: Gap) => gap.to > addMonths(gap.from, maxGapMonths);

const longest = (gaps: Gap[]) => gaps.reduce<Gap | undefined>((best, gap) => (!best || gap.days > best.days ? gap : best), undefined);

/** The plan so far: from its start to today, or to its end once it has ended. */
function planSoFar({ plan, today }: EvidenceRecords): Period {
  return { start: plan.data.start, end: today < plan.data.end ? today : plan.data.end };
}

/** Consultations that feed the current plan, or concern one of its commitments. */
function planConsultations(records: EvidenceRecords): Rec<Consultation>[] {
  const planOf = new Map(records.commitments.map((commitment) => [commitment.id, commitment.data.plan]));
  return records.consultations.filter(({ data }) => data.plan === records.plan.id || (data.commitment && planOf.get(data.commitment) === records.plan.id));
}

const forumKinds: Meeting['kind'][] = ['ordinary', 'extraordinary'];

/** The forum met at least every six months since the plan began: the longest gap between held meetings (and since the last one) is six months or less. */
export function forumMeetsRule(records: EvidenceRecords): EvidenceRow {
  const period = planSoFar(records);
  if (records.today < records.plan.data.start) return { requirement: 'forum-meets', state: 'not-yet-due', period, meetings: [] };
  const meetings = records.meetings
    .filter(({ data }) => forumKinds.includes(data.kind) && data.status === 'held' && data.date >= period.start && data.date <= period.end)
    .sort((a, b) => a.data.date.localeCompare(b.data.date));
  const gaps = gapsBetween([period.start, ...meetings.map((meeting) => meeting.data.date), period.end]);
  const state: EvidenceState = gaps.some(tooLong) ? 'not-met' : meetings.length ? 'met' : 'not-yet-due';
  return { requirement: 'forum-meets', state, period, meetings: meetings.map((meeting) => meeting.id), longestGap: longest(gaps) };
}

/** The forum's membership and its rules on participation are published: it has current members and written rules. */
export function forumRulesRule({ organizations, today }: EvidenceRecords): EvidenceRow {
  const forums = organizations.filter((organization) => organization.data.kind === 'forum');
  const forum = forums.find((organization) => organization.data.members.length > 0) ?? forums[0];
  if (!forum) return { requirement: 'forum-rules', state: 'not-met', members: 0, rules: false };
  const members = forum.data.members.filter((member) => member.from <= today && (!member.to || member.to >= today)).length;
  const rules = Boolean(forum.data.rules?.trim());
  return { requirement: 'forum-rules', state: members > 0 && rules ? 'met' : 'not-met', forum: forum.id, members, rules };
}

/**
 * The repository was updated at least twice a year: no six months without a change to the
 * content, counted from the plan's start (or from the repository's first change, when it began
 * later: before it, this site cannot tell) to today. Not yet due while that is under six months.
 */
export function repositoryUpdatedRule(records: EvidenceRecords): EvidenceRow {
  const { history, plan, today } = records;
  if (!history.available) return { requirement: 'repository-updated', state: 'unavailable', updates: 0 };
  if (today < plan.data.start) return { requirement: 'repository-updated', state: 'not-yet-due', updates: 0 };
  const { end } = planSoFar(records);
  const updates = [...new Set(history.updates)].filter((date) => date <= end).sort();
  if (!updates.length) return { requirement: 'repository-updated', state: 'unavailable', updates: 0 };
  const start = updates[0] > plan.data.start ? updates[0] : plan.data.start;
  const inPeriod = updates.filter((date) => date >= start);
  const gaps = gapsBetween([start, ...inPeriod, end]);
  const state: EvidenceState = gaps.some(tooLong) ? 'not-met' : end < addMonths(start, maxGapMonths) ? 'not-yet-due' : 'met';
  return {
    requirement: 'repository-updated',
    state,
    period: { start, end },
    updates: inPeriod.length,
    ...(updates[0] > plan.data.start && { historyStarts: updates[0] }),
    longestGap: longest(gaps),
  };
}

/** Each co-creation consultation of the plan was announced at least two weeks before it opened. */
export function consultationAnnouncedRule(records: EvidenceRecords): EvidenceRow {
  const consultations = planConsultations(records)
    .filter(({ data }) => data.kind === 'co-creation' && data.announced <= records.today)
    .map(({ id, data }) => {
      const days = daysBetween(data.announced, data.opens);
      return { id, announced: data.announced, opens: data.opens, days, ok: days >= noticeDays };
    });
  const state: EvidenceState = !consultations.length ? 'not-yet-due' : consultations.every((c) => c.ok) ? 'met' : 'not-met';
  return { requirement: 'consultation-announced', state, consultations };
}

/** Every co-creation consultation of the plan that has opened took input from anyone, online and offline. */
export function inputOpenRule(records: EvidenceRecords): EvidenceRow {
  const consultations = planConsultations(records)
    .filter(({ data }) => data.kind === 'co-creation' && data.opens <= records.today)
    .map(({ id, data }) => {
      const online = data.channels.filter((channel) => inputChannels[channel].online);
      const offline = data.channels.filter((channel) => !inputChannels[channel].online);
      return { id, openToAll: data.openToAll, online, offline, ok: data.openToAll && online.length > 0 && offline.length > 0 };
    });
  const state: EvidenceState = !consultations.length ? 'not-yet-due' : consultations.every((c) => c.ok) ? 'met' : 'not-met';
  return { requirement: 'input-open', state, consultations };
}

/** Every consultation of the plan that has closed has its reasoned response published, with no input awaiting moderation or an answer. */
export function reasonedResponseRule(records: EvidenceRecords): EvidenceRow {
  const consultations = planConsultations(records)
    .filter(({ data }) => data.closes < records.today)
    .map(({ id, data }) => {
      const inputs = records.inputs.filter((input) => input.data.consultation === id).map((input) => input.data);
      const awaitingModeration = inputs.filter((input) => input.moderation === 'pending').length;
      const unanswered = inputs.filter((input) => input.moderation === 'published' && input.response.outcome === 'pending').length;
      const published = data.responsePublished && data.responsePublished <= records.today ? data.responsePublished : undefined;
      return { id, ...(published ? { responsePublished: published } : {}), awaitingModeration, unanswered, ok: Boolean(published) && awaitingModeration === 0 && unanswered === 0 };
    });
  const state: EvidenceState = !consultations.length ? 'not-yet-due' : consultations.every((c) => c.ok) ? 'met' : 'not-met';
  return { requirement: 'reasoned-response', state, consultations };
}

const implementationKinds: Meeting['kind'][] = ['ordinary', 'extraordinary', 'working-group'];

/** The forum met civil society at least twice during implementation: held meetings of the forum, since the plan began, with civil society present. */
export function implementationMeetingsRule(records: EvidenceRecords): EvidenceRow {
  const period = planSoFar(records);
  const meetings = records.meetings
    .filter(({ data }) => implementationKinds.includes(data.kind) && data.status === 'held' && data.date >= period.start && data.date <= period.end)
    .filter(({ data }) => data.attendees.some((attendee) => attendee.sector === 'civil-society'))
    .sort((a, b) => a.data.date.localeCompare(b.data.date));
  const enough = meetings.length >= implementationMeetingsNeeded;
  const state: EvidenceState = enough ? 'met' : records.today > records.plan.data.end ? 'not-met' : 'not-yet-due';
  return { requirement: 'implementation-meetings', state, period, meetings: meetings.map((meeting) => meeting.id), needed: implementationMeetingsNeeded };
}

/** Every rule, in the order of the evidence page. */
export const evidenceRules: Record<OgpRequirement, (records: EvidenceRecords) => EvidenceRow> = {
  'forum-meets': forumMeetsRule,
  'forum-rules': forumRulesRule,
  'repository-updated': repositoryUpdatedRule,
  'consultation-announced': consultationAnnouncedRule,
  'input-open': inputOpenRule,
  'reasoned-response': reasonedResponseRule,
  'implementation-meetings': implementationMeetingsRule,
};

/** The rows of the evidence page. */
export function evidenceRows(records: EvidenceRecords): EvidenceRow[] {
  return Object.values(evidenceRules).map((rule) => rule(records));
}
