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
import { districts } from './districts.ts';
import { fields } from './fields.ts';
import { forms } from './forms.ts';
import { history } from './history.ts';
import { home } from './home.ts';
import { lists } from './lists.ts';
import { maps } from './maps.ts';
import { meetings } from './meetings.ts';
import { ogpStandards } from './ogpStandards.ts';
import { organizations } from './organizations.ts';
import { pagination } from './pagination.ts';
import { plans } from './plans.ts';
import { posters } from './posters.ts';
import { progress } from './progress.ts';
import { reuses } from './reuses.ts';
import { search } from './search.ts';
import { share } from './share.ts';
import { notFound, site } from './site.ts';
import { translations } from './translations.ts';
import { vocabularies } from './vocabularies.ts';

export const es: Dictionary = {
  site,
  notFound,
  common,
  collections,
  vocabularies,
  calendar,
  challenges,
  changes,
  commitments,
  consultations,
  dataFiles,
  dataRequests,
  datasets,
  developers,
  districts,
  fields,
  forms,
  history,
  home,
  lists,
  maps,
  meetings,
  ogpStandards,
  organizations,
  pagination,
  plans,
  posters,
  progress,
  reuses,
  search,
  share,
  translations,
};
