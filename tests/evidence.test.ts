/**
 * The OGP evidence page's rules (src/lib/co-creation/evidence.ts), each shown giving every state
 * it can give, on hand-made records: a plan that runs through 2026 and 2027, its meetings,
 * its forum, its consultations and their input, and the days the repository changed.
 */
import { describe, expect, it } from 'vitest';
import { ActionPlanSchema } from '../src/schemas/action-plan.ts';
import { ConsultationSchema } from '../src/schemas/consultation.ts';
import { MeetingSchema } from '../src/schemas/meeting.ts';
import { OrganizationSchema } from '../src/schemas/organization.ts';
import { PublicInputSchema } from '../src/schemas/public-input.ts';
import {
  consultationAnnouncedRule,
  evidenceRows,
  forumMeetsRule,
  forumRulesRule,
  implementationMeetingsRule,
  inputOpenRule,
  reasonedResponseRule,
  repositoryUpdatedRule,
  type EvidenceRecords,
} from '../src/lib/co-creation/evidence.ts';
import { ogpRequirements } from '../src/schemas/vocabularies.ts';

const plan = { id: 'plan-2026', data: ActionPlanSchema.parse({ title: 'Plan', summary: 'A plan.', status: 'implementation', start: '2026-01-01', end: '2027-12-31' }) };

type Sector = 'government' | 'civil-society' | 'other';
function meeting(date: string, { kind = 'ordinary', status = 'held', sectors = ['government', 'civil-society'] }: { kind?: string; status?: string; sectors?: Sector[] } = {}) {
  return { id: `${date}-${kind}`, data: MeetingSchema.parse({ title: `Meeting of ${date}`, summary: 'A meeting.', kind, status, date, district: 'cayo', attendees: sectors.map((sector, i) => ({ name: `Person ${i}`, sector })) }) };
}

function forum({ members = [{ from: '2026-02-01' }], rules = 'Meets every six months.' }: { members?: { from: string; to?: string }[]; rules?: string } = {}) {
  return {
    id: 'forum',
    data: OrganizationSchema.parse({ name: 'The forum', sector: 'multi-stakeholder', kind: 'forum', rules, members: members.map((m, i) => ({ seat: `Seat ${i}`, organization: 'someone', ...m })) }),
  };
}

function consultation(id: string, fields: Record<string, unknown> = {}) {
  return {
    id,
    data: ConsultationSchema.parse({
      title: id, summary: 'A consultation.', kind: 'co-creation', plan: plan.id,
      announced: '2025-09-01', opens: '2025-09-15', closes: '2025-10-31', responsePublished: '2025-11-30',
      channels: ['web-form', 'letter'], contact: { address: 'Belmopan' },
      ...fields,
    }),
  };
}

let inputNumber = 0;
function input(consultationId: string, fields: Record<string, unknown> = {}) {
  inputNumber++;
  return {
    id: `${consultationId}-${inputNumber}`,
    data: PublicInputSchema.parse({
      consultation: consultationId, number: inputNumber, received: '2025-10-01', channel: 'web-form', moderation: 'published',
      summary: 'An idea.', text: 'An idea.',
      response: { outcome: 'adopted', reason: 'Because.', date: '2025-11-20', by: 'ministry' },
      ...fields,
    }),
  };
}

function records(fields: Partial<EvidenceRecords> = {}): EvidenceRecords {
  return { today: '2026-11-27', plan, meetings: [], organizations: [], consultations: [], inputs: [], commitments: [], history: { available: true, updates: [] }, ...fields };
}

describe('the forum meets at least every six months', () => {
  it('is met when no six months pass without a held meeting, counting from the plan\'s start to today', () => {
    const row = forumMeetsRule(records({ meetings: [meeting('2026-02-12'), meeting('2026-06-18'), meeting('2026-10-22')] }));
    expect(row).toMatchObject({ state: 'met', meetings: ['2026-02-12-ordinary', '2026-06-18-ordinary', '2026-10-22-ordinary'] });
    // 12 February to 18 June, and 18 June to 22 October: 126 days each, the longest.
    expect(row).toMatchObject({ longestGap: { from: '2026-02-12', to: '2026-06-18', days: 126 } });
  });

  it('is not met when more than six months pass between two meetings', () => {
    const row = forumMeetsRule(records({ meetings: [meeting('2026-02-12'), meeting('2026-09-01'), meeting('2026-11-01')] }));
    expect(row).toMatchObject({ state: 'not-met', longestGap: { from: '2026-02-12', to: '2026-09-01', days: 201 } });
  });

  it('is not met when more than six months have passed since the last meeting', () => {
    expect(forumMeetsRule(records({ meetings: [meeting('2026-02-12')] }))).toMatchObject({ state: 'not-met', longestGap: { from: '2026-02-12', to: '2026-11-27' } });
  });

  it('counts six calendar months exactly as in time, a day more as late', () => {
    expect(forumMeetsRule(records({ today: '2026-08-01', meetings: [meeting('2026-07-01')] })).state).toBe('met');
    expect(forumMeetsRule(records({ today: '2026-08-01', meetings: [meeting('2026-07-02')] })).state).toBe('not-met');
  });

  it('counts only held ordinary and extraordinary meetings, not working groups or postponed ones', () => {
    const row = forumMeetsRule(records({ today: '2026-04-01', meetings: [meeting('2026-02-01', { kind: 'working-group' }), meeting('2026-03-01', { status: 'postponed' })] }));
    expect(row).toMatchObject({ state: 'not-yet-due', meetings: [] });
    expect(forumMeetsRule(records({ meetings: [meeting('2026-02-01', { kind: 'working-group' }), meeting('2026-03-01', { kind: 'extraordinary' })] })).state).toBe('not-met');
  });

  it('is not yet due in the plan\'s first six months without a meeting, or before the plan starts', () => {
    expect(forumMeetsRule(records({ today: '2026-05-31' })).state).toBe('not-yet-due');
    expect(forumMeetsRule(records({ today: '2025-12-01' })).state).toBe('not-yet-due');
  });
});

describe('the forum\'s membership and rules are public', () => {
  it('is met when the forum lists current members and its rules', () => {
    expect(forumRulesRule(records({ organizations: [forum()] }))).toMatchObject({ state: 'met', forum: 'forum', members: 1, rules: true });
  });

  it('is not met without written rules', () => {
    expect(forumRulesRule(records({ organizations: [forum({ rules: ' ' })] }))).toMatchObject({ state: 'not-met', rules: false });
  });

  it('is not met when every member\'s term has ended, or none has begun', () => {
    expect(forumRulesRule(records({ organizations: [forum({ members: [{ from: '2026-02-01', to: '2026-10-31' }, { from: '2027-01-01' }] })] }))).toMatchObject({ state: 'not-met', members: 0 });
  });

  it('is not met when no forum is listed (it is never "not yet due": the forum comes first)', () => {
    expect(forumRulesRule(records())).toMatchObject({ state: 'not-met', members: 0 });
  });
});

describe('the repository is updated at least twice a year', () => {
  it('is met when the content never goes six months without a change', () => {
    const row = repositoryUpdatedRule(records({ history: { available: true, updates: ['2025-11-03', '2026-01-10', '2026-04-10', '2026-04-10', '2026-07-10', '2026-10-10'] } }));
    expect(row).toMatchObject({ state: 'met', updates: 4, period: { start: '2026-01-01', end: '2026-11-27' } });
  });

  it('is not met when six months pass without a change', () => {
    expect(repositoryUpdatedRule(records({ history: { available: true, updates: ['2025-12-01', '2026-01-10', '2026-09-01', '2026-11-01'] } }))).toMatchObject({ state: 'not-met', longestGap: { from: '2026-01-10', to: '2026-09-01' } });
  });

  it('is not met when the last change is more than six months old', () => {
    expect(repositoryUpdatedRule(records({ history: { available: true, updates: ['2025-12-01', '2026-03-01'] } }))).toMatchObject({ state: 'not-met', longestGap: { from: '2026-03-01', to: '2026-11-27' } });
  });

  it('is not yet due when the repository\'s history began less than six months ago, and says when it began', () => {
    expect(repositoryUpdatedRule(records({ history: { available: true, updates: ['2026-11-20', '2026-11-24'] } }))).toMatchObject({ state: 'not-yet-due', historyStarts: '2026-11-20', updates: 2 });
  });

  it('ignores changes after the day it judges on', () => {
    expect(repositoryUpdatedRule(records({ today: '2026-08-01', history: { available: true, updates: ['2025-12-01', '2026-01-15', '2026-09-01'] } }))).toMatchObject({ state: 'not-met', updates: 1 });
  });

  it('cannot be checked without the Git history (a shallow copy)', () => {
    expect(repositoryUpdatedRule(records({ history: { available: false, updates: [] } })).state).toBe('unavailable');
  });
});

describe('each co-creation consultation is announced two weeks before it opens', () => {
  it('is met at fourteen days\' notice', () => {
    expect(consultationAnnouncedRule(records({ consultations: [consultation('round', { announced: '2025-09-01', opens: '2025-09-15' })] }))).toMatchObject({ state: 'met', consultations: [{ id: 'round', days: 14, ok: true }] });
  });

  it('is not met at thirteen', () => {
    const row = consultationAnnouncedRule(records({ consultations: [consultation('early', { announced: '2025-08-01' }), consultation('late', { announced: '2025-09-02', opens: '2025-09-15' })] }));
    expect(row).toMatchObject({ state: 'not-met', consultations: [{ id: 'early', ok: true }, { id: 'late', days: 13, ok: false }] });
  });

  it('is not yet due while the plan has no co-creation consultation: reviews and other plans\' rounds do not count', () => {
    const row = consultationAnnouncedRule(records({ consultations: [consultation('review', { kind: 'review', announced: '2026-09-10', opens: '2026-09-12', closes: '2026-10-01', responsePublished: undefined }), consultation('other-plan', { plan: 'plan-2020', announced: '2019-09-10' })] }));
    expect(row).toMatchObject({ state: 'not-yet-due', consultations: [] });
  });
});

describe('anyone can give input to co-creation, online and offline', () => {
  it('is met when a co-creation consultation is open to everyone by a web channel and a channel that needs no internet', () => {
    expect(inputOpenRule(records({ consultations: [consultation('round')] }))).toMatchObject({ state: 'met', consultations: [{ id: 'round', online: ['web-form'], offline: ['letter'], ok: true }] });
  });

  it('is not met when input is taken only online', () => {
    expect(inputOpenRule(records({ consultations: [consultation('round', { channels: ['web-form', 'email'], contact: { email: 'a@example.org' } })] }))).toMatchObject({ state: 'not-met', consultations: [{ offline: [], ok: false }] });
  });

  it('is not met when input is by invitation only', () => {
    expect(inputOpenRule(records({ consultations: [consultation('round', { openToAll: false })] }))).toMatchObject({ state: 'not-met', consultations: [{ openToAll: false }] });
  });

  it('is not yet due before the plan\'s co-creation consultation opens', () => {
    expect(inputOpenRule(records({ today: '2025-09-14', consultations: [consultation('round')] })).state).toBe('not-yet-due');
  });
});

describe('every closed consultation has its reasoned response, with no input left pending', () => {
  it('is met when the response is published and every published input answered; withheld input needs no answer', () => {
    const row = reasonedResponseRule(records({ consultations: [consultation('round')], inputs: [input('round'), input('round', { moderation: 'withheld', withheldReason: 'Abusive.', response: { outcome: 'pending' } })] }));
    expect(row).toMatchObject({ state: 'met', consultations: [{ id: 'round', responsePublished: '2025-11-30', unanswered: 0, awaitingModeration: 0, ok: true }] });
  });

  it('is not met when a closed consultation has no response published', () => {
    expect(reasonedResponseRule(records({ consultations: [consultation('round', { responsePublished: undefined })], inputs: [input('round')] }))).toMatchObject({ state: 'not-met', consultations: [{ ok: false }] });
  });

  it('is not met when published input has no answer yet', () => {
    expect(reasonedResponseRule(records({ consultations: [consultation('round')], inputs: [input('round'), input('round', { response: { outcome: 'pending' } })] }))).toMatchObject({ state: 'not-met', consultations: [{ unanswered: 1 }] });
  });

  it('is not met when input still awaits moderation', () => {
    expect(reasonedResponseRule(records({ consultations: [consultation('round')], inputs: [input('round', { moderation: 'pending', response: { outcome: 'pending' } })] }))).toMatchObject({ state: 'not-met', consultations: [{ awaitingModeration: 1, unanswered: 0 }] });
  });

  it('counts consultations on one of the plan\'s commitments', () => {
    const row = reasonedResponseRule(records({ commitments: [{ id: 'open-data', data: { plan: plan.id } }], consultations: [consultation('on-commitment', { kind: 'commitment', plan: undefined, commitment: 'open-data', responsePublished: undefined })] }));
    expect(row).toMatchObject({ state: 'not-met', consultations: [{ id: 'on-commitment' }] });
  });

  it('is not yet due while no consultation has closed, and a response dated after today does not count', () => {
    expect(reasonedResponseRule(records({ today: '2025-10-31', consultations: [consultation('round')] })).state).toBe('not-yet-due');
    expect(reasonedResponseRule(records({ today: '2025-11-15', consultations: [consultation('round')] })).state).toBe('not-met');
  });
});

describe('at least two forum meetings with civil society during implementation', () => {
  it('is met with two held meetings with civil society present, working groups included', () => {
    const row = implementationMeetingsRule(records({ meetings: [meeting('2026-02-12'), meeting('2026-04-23', { kind: 'working-group' })] }));
    expect(row).toMatchObject({ state: 'met', meetings: ['2026-02-12-ordinary', '2026-04-23-working-group'], needed: 2 });
  });

  it('is not yet due with fewer while the plan runs', () => {
    expect(implementationMeetingsRule(records({ meetings: [meeting('2026-02-12')] }))).toMatchObject({ state: 'not-yet-due', meetings: ['2026-02-12-ordinary'] });
  });

  it('is not met with fewer once the plan has ended', () => {
    expect(implementationMeetingsRule(records({ today: '2028-03-01', meetings: [meeting('2026-02-12')] })).state).toBe('not-met');
  });

  it('does not count meetings without civil society, before the plan, or public consultations', () => {
    const row = implementationMeetingsRule(records({ today: '2028-03-01', meetings: [meeting('2026-02-12', { sectors: ['government', 'other'] }), meeting('2025-10-16'), meeting('2026-05-01', { kind: 'public-consultation' }), meeting('2026-06-01', { status: 'cancelled' })] }));
    expect(row).toMatchObject({ state: 'not-met', meetings: [] });
  });
});

it('gives one row per requirement, in the order of the evidence page', () => {
  expect(evidenceRows(records()).map((row) => row.requirement)).toEqual(Object.keys(ogpRequirements));
});
