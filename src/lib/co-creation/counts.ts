/**
 * The reasoned response in figures: how much input came in, how much is published, withheld or
 * awaiting moderation, how much is answered, and the published input counted by outcome, channel,
 * district and sector. The same facets drive the filters of the table of input.
 */
import type { PublicInput } from '../../schemas/public-input.ts';
import { inputChannels, inputOutcomes, inputSectors } from '../../schemas/vocabularies.ts';

/** The ways the table of input can be filtered and counted. */
export const inputFacets = ['outcome', 'channel', 'district', 'sector'] as const;

/** One of `inputFacets`. */
export type InputFacet = (typeof inputFacets)[number];

/** The value of a facet when the person did not say (no district or sector given). */
export const notGiven = 'not-given';

/** The value of one facet for one piece of input. */
export function facetValue(input: PublicInput, facet: InputFacet): string {
  if (facet === 'outcome') return input.response.outcome;
  if (facet === 'channel') return input.channel;
  return input[facet] ?? notGiven;
}

/** How many pieces of input have one value of a facet. */
export interface FacetCount {
  value: string;
  count: number;
}

/** The values of each facet in the order readers expect: the vocabulary's, districts north to south. */
function facetOrder(facet: InputFacet, districts: string[]): string[] {
  if (facet === 'outcome') return Object.keys(inputOutcomes);
  if (facet === 'channel') return Object.keys(inputChannels);
  if (facet === 'sector') return [...Object.keys(inputSectors), notGiven];
  return [...districts, notGiven];
}

/** Counts of one facet over some input: only the values that occur, in reading order. */
export function facetCounts(inputs: PublicInput[], facet: InputFacet, districts: string[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const input of inputs) counts.set(facetValue(input, facet), (counts.get(facetValue(input, facet)) ?? 0) + 1);
  return facetOrder(facet, districts).filter((value) => counts.has(value)).map((value) => ({ value, count: counts.get(value)! }));
}

/** What readers may see: published input, by number. */
export function publishedInput<T extends { data: PublicInput }>(inputs: T[]): T[] {
  return inputs.filter((input) => input.data.moderation === 'published').sort((a, b) => a.data.number - b.data.number);
}

/** The figures of a consultation's reasoned response. */
export interface ResponseCounts {
  /** Every piece of input received, whatever its moderation. */
  received: number;
  published: number;
  /** Not yet read by a moderator: counted, never shown. */
  awaitingModeration: number;
  /** Withheld by a moderator (abusive, personal details…): counted, never shown. */
  withheld: number;
  /** Published input with an outcome other than pending. */
  answered: number;
  /** `answered` as a whole percentage of `published`. */
  answeredPercent: number;
  /** Published input counted by each facet. */
  by: Record<InputFacet, FacetCount[]>;
}

/** The figures of the reasoned response, from a consultation's input; `districts` gives their order. */
export function responseCounts(inputs: PublicInput[], districts: string[]): ResponseCounts {
  const published = inputs.filter((input) => input.moderation === 'published');
  const answered = published.filter((input) => input.response.outcome !== 'pending').length;
  return {
    received: inputs.length,
    published: published.length,
    awaitingModeration: inputs.filter((input) => input.moderation === 'pending').length,
    withheld: inputs.filter((input) => input.moderation === 'withheld').length,
    answered,
    answeredPercent: published.length ? Math.round((answered / published.length) * 100) : 0,
    by: Object.fromEntries(inputFacets.map((facet) => [facet, facetCounts(published, facet, districts)])) as Record<InputFacet, FacetCount[]>,
  };
}
