/**
 * The English dictionary: every word of the interface, by area. It is the source of the
 * `Dictionary` type, so a dictionary of another language that misses a key fails the type check.
 * An area's words sit in their own file (one owner each); this file only gathers them.
 */
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

export const en = {
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

/** The shape every language's dictionary has. */
export type Dictionary = typeof en;
