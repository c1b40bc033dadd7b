/** El diccionario en español: las mismas claves que el inglés (el tipo lo exige), por área. */
import type { Dictionary } from '../en/index.ts';
import { calendar } from './calendar.ts';
import { collections } from './collections.ts';
import { common } from './common.ts';
import { commitments } from './commitments.ts';
import { home } from './home.ts';
import { plans } from './plans.ts';
import { progress } from './progress.ts';
import { notFound, site } from './site.ts';
import { vocabularies } from './vocabularies.ts';

export const es: Dictionary = {
  site,
  notFound,
  common,
  collections,
  vocabularies,
  calendar,
  commitments,
  home,
  plans,
  progress,
};
