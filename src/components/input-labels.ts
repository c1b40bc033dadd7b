/** What readers see for each filter of the table of input and for each of its values. */
import type { InputFacet } from '../lib/co-creation/counts.ts';
import { notGiven } from '../lib/co-creation/counts.ts';
import type { Records } from '../lib/content/records.ts';
import { inputChannels, inputOutcomes, inputSectors, labelOf } from '../schemas/vocabularies.ts';

/** Each filter's name. */
export const facetTitles: Record<InputFacet, string> = { outcome: 'Outcome', channel: 'Channel', district: 'District', sector: 'Sector' };

/** A value of a filter in words: a vocabulary's label, a district's name, or "Not given". */
export function facetValueLabel(records: Records, facet: InputFacet, value: string): string {
  if (value === notGiven) return 'Not given';
  if (facet === 'outcome') return inputOutcomes[value as keyof typeof inputOutcomes];
  if (facet === 'channel') return labelOf(inputChannels, value as keyof typeof inputChannels);
  if (facet === 'sector') return inputSectors[value as keyof typeof inputSectors];
  return records.district(value).data.name;
}
