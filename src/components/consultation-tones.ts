/** The colour of each consultation state's tag (the words come from the vocabulary). */
import type { ConsultationState } from '../lib/co-creation/states.ts';
import type { EvidenceState } from '../lib/co-creation/evidence.ts';

/** A state's tag tone: the classes of `.og-tag--*` in the stylesheet. */
export const stateTones: Record<ConsultationState, string> = { upcoming: 'upcoming', open: 'in-progress', closed: 'unfinished', 'response-published': 'complete' };

/** An evidence row's tag tone. */
export const evidenceTones: Record<EvidenceState, string> = { met: 'complete', 'not-met': 'overdue', 'not-yet-due': 'upcoming', unavailable: 'upcoming' };

/** An outcome's tag tone. */
export const outcomeTones: Record<string, string> = { adopted: 'complete', 'partly-adopted': 'substantial', merged: 'limited', 'not-adopted': 'not-started', 'out-of-scope': 'not-started', pending: 'unfinished' };
