/** El diccionario en español: las mismas claves que el inglés (el tipo lo exige), por área. */
import type { Dictionary } from '../en/index.ts';
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

export const es: Dictionary = {
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
