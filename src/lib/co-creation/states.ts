/** Where a consultation stands on a given day (the build date by default), from its dates alone. */
import type { Consultation } from '../../schemas/consultation.ts';
import type { consultationStates } from '../../schemas/vocabularies.ts';
import { today } from '../dates.ts';

/** One of the states in `consultationStates`. */
export type ConsultationState = keyof typeof consultationStates;

/** Upcoming before it opens, open until the end of its closing day, then closed until its response is published. */
export function consultationState(consultation: Pick<Consultation, 'opens' | 'closes' | 'responsePublished'>, on: string = today): ConsultationState {
  if (on < consultation.opens) return 'upcoming';
  if (on <= consultation.closes) return 'open';
  if (consultation.responsePublished && consultation.responsePublished <= on) return 'response-published';
  return 'closed';
}

/** Whether a consultation is open for input or still to open: it then has a poster and a calendar event. */
export function openOrUpcoming(consultation: Pick<Consultation, 'opens' | 'closes' | 'responsePublished'>, on: string = today): boolean {
  const state = consultationState(consultation, on);
  return state === 'open' || state === 'upcoming';
}

/** The order lists show consultations in: open ones first, then upcoming, then closed, then answered. */
export const stateOrder: ConsultationState[] = ['open', 'upcoming', 'closed', 'response-published'];

/** Consultations sorted for readers: by state as above, then the most recent first. */
export function sortConsultations<T extends { id: string; data: Pick<Consultation, 'opens' | 'closes' | 'responsePublished'> }>(list: T[], on: string = today): T[] {
  return [...list].sort(
    (a, b) => stateOrder.indexOf(consultationState(a.data, on)) - stateOrder.indexOf(consultationState(b.data, on)) || b.data.opens.localeCompare(a.data.opens) || a.id.localeCompare(b.id),
  );
}
