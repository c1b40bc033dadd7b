/** El diccionario en español: las mismas claves que el inglés (el tipo lo exige), por área. */
import type { Dictionary } from '../en/index.ts';
import { challenges } from './challenges.ts';
import { collections } from './collections.ts';
import { common } from './common.ts';
import { dataFiles } from './dataFiles.ts';
import { dataRequests } from './dataRequests.ts';
import { datasets } from './datasets.ts';
import { reuses } from './reuses.ts';
import { notFound, site } from './site.ts';
import { vocabularies } from './vocabularies.ts';

export const es: Dictionary = {
  site,
  notFound,
  common,
  collections,
  vocabularies,
  challenges,
  dataFiles,
  dataRequests,
  datasets,
  reuses,
};
