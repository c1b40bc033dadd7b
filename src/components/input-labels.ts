/** What readers see for each filter of the table of input and for each of its values, in the page's language. */
import type { InputFacet } from '../lib/co-creation/counts.ts';
import { notGiven } from '../lib/co-creation/counts.ts';
import type { Records } from '../lib/content/records.ts';
import type { Words } from '../lib/i18n/words.ts';

/** Each filter's name: `Outcome`, `District`. */
export function facetTitle(t: Words, facet: InputFacet): string {
  return t.words.consultations.facets[facet];
}

/** A value of a filter in words: a vocabulary's label, a district's name, or "Not given". */
export function facetValueLabel(t: Words, records: Records, facet: InputFacet, value: string): string {
  const v = t.words.vocabularies;
  if (value === notGiven) return t.words.consultations.notGiven;
  if (facet === 'outcome') return v.inputOutcomes[value as keyof typeof v.inputOutcomes];
  if (facet === 'channel') return v.inputChannels[value as keyof typeof v.inputChannels];
  if (facet === 'sector') return v.inputSectors[value as keyof typeof v.inputSectors];
  return records.district(value).data.name;
}
