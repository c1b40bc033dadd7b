/**
 * The vocabularies' words in English, read from the vocabularies themselves (src/schemas/
 * vocabularies.ts), so English has one source; another language writes its own, and the type
 * makes it name every value.
 */
import * as v from '../../../../schemas/vocabularies.ts';

/** A vocabulary's labels: `{ limited: 'Limited', … }`. */
function labels<V extends Record<string, string | { label: string }>>(vocabulary: V): Record<keyof V, string> {
  return Object.fromEntries(Object.keys(vocabulary).map((key) => [key, v.labelOf(vocabulary, key)])) as Record<keyof V, string>;
}

/** Some text properties of a vocabulary of objects: `texts(reuseTypes, ['label', 'plural'])`. */
function texts<V extends Record<string, Record<F, string>>, F extends string>(vocabulary: V, fields: readonly F[]): Record<keyof V, Record<F, string>> {
  return Object.fromEntries(Object.entries(vocabulary).map(([key, entry]) => [key, Object.fromEntries(fields.map((field) => [field, entry[field]]))])) as Record<keyof V, Record<F, string>>;
}

export const vocabularies = {
  completionLevels: labels(v.completionLevels),
  irmCompletionLevels: labels(v.irmCompletionLevels),
  openedGovernmentLevels: labels(v.openedGovernmentLevels),
  potentialLevels: labels(v.potentialLevels),
  milestoneStages: labels(v.milestoneStages),
  ogpValues: labels(v.ogpValues),
  themes: labels(v.themes),
  planStatuses: labels(v.planStatuses),
  organizationSectors: labels(v.organizationSectors),
  organizationKinds: labels(v.organizationKinds),
  attendeeSectors: labels(v.attendeeSectors),
  meetingKinds: labels(v.meetingKinds),
  meetingStatuses: labels(v.meetingStatuses),
  decisionOutcomes: labels(v.decisionOutcomes),
  evidenceKinds: labels(v.evidenceKinds),
  licences: labels(v.licences),
  accessLevels: labels(v.accessLevels),
  updateFrequencies: labels(v.updateFrequencies),
  locationKinds: labels(v.locationKinds),
  reuseTypes: texts(v.reuseTypes, ['label', 'plural', 'action']),
  dataRequestStatuses: labels(v.dataRequestStatuses),
  consultationKinds: labels(v.consultationKinds),
  consultationStates: labels(v.consultationStates),
  inputChannels: labels(v.inputChannels),
  inputSectors: labels(v.inputSectors),
  moderationStates: labels(v.moderationStates),
  inputOutcomes: labels(v.inputOutcomes),
  evidenceStates: labels(v.evidenceStates),
  ogpRequirements: texts(v.ogpRequirements, ['label', 'standard']),
};
