/** El diccionario en español: las mismas claves que el inglés (el tipo lo exige), por área. */
import type { Dictionary } from '../en/index.ts';
import { calendar } from './calendar.ts';
import { challenges } from './challenges.ts';
import { changes } from './changes.ts';
import { collections } from './collections.ts';
import { commitments } from './commitments.ts';
import { common } from './common.ts';
import { consultations } from './consultations.ts';
import { dataFiles } from './dataFiles.ts';
import { dataRequests } from './dataRequests.ts';
import { datasets } from './datasets.ts';
import { developers } from './developers.ts';
import { fields } from './fields.ts';
import { forms } from './forms.ts';
import { history } from './history.ts';
import { home } from './home.ts';
import { meetings } from './meetings.ts';
import { plans } from './plans.ts';
import { progress } from './progress.ts';
import { reuses } from './reuses.ts';
import { search } from './search.ts';
import { notFound, site } from './site.ts';
import { pagination } from './pagination.ts';
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
  calendar,
  challenges,
  changes,
  commitments,
  dataFiles,
  dataRequests,
  datasets,
  developers,
  fields,
  history,
  home,
  plans,
  pagination,
  progress,
  reuses,
  search,
};
