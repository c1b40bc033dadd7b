/**
 * The English dictionary: every word of the interface, by area. It is the source of the
 * `Dictionary` type, so a dictionary of another language that misses a key fails the type check.
 * An area's words sit in their own file (one owner each); this file only gathers them.
 */
import { collections } from './collections.ts';
import { common } from './common.ts';
import { consultations } from './consultations.ts';
import { forms } from './forms.ts';
import { meetings } from './meetings.ts';
import { notFound, site } from './site.ts';
import { ogpStandards } from './ogpStandards.ts';
import { posters } from './posters.ts';
import { share } from './share.ts';
import { vocabularies } from './vocabularies.ts';

export const en = {
  site,
  notFound,
  common,
  collections,
  consultations,
  forms,
  meetings,
  ogpStandards,
  posters,
  share,
  vocabularies,
};

/** The shape every language's dictionary has. */
export type Dictionary = typeof en;
