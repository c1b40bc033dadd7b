/**
 * The English dictionary: every word of the interface, by area. It is the source of the
 * `Dictionary` type, so a dictionary of another language that misses a key fails the type check.
 * An area's words sit in their own file (one owner each); this file only gathers them.
 */
import { calendar } from './calendar.ts';
import { challenges } from './challenges.ts';
import { collections } from './collections.ts';
import { commitments } from './commitments.ts';
import { common } from './common.ts';
import { consultations } from './consultations.ts';
import { dataFiles } from './dataFiles.ts';
import { dataRequests } from './dataRequests.ts';
import { datasets } from './datasets.ts';
import { districts } from './districts.ts';
import { forms } from './forms.ts';
import { home } from './home.ts';
import { lists } from './lists.ts';
import { maps } from './maps.ts';
import { meetings } from './meetings.ts';
import { organizations } from './organizations.ts';
import { plans } from './plans.ts';
import { progress } from './progress.ts';
import { reuses } from './reuses.ts';
import { notFound, site } from './site.ts';
import { pagination } from './pagination.ts';
import { ogpStandards } from './ogpStandards.ts';
import { posters } from './posters.ts';
import { share } from './share.ts';
import { translations } from './translations.ts';
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
  calendar,
  challenges,
  commitments,
  dataFiles,
  dataRequests,
  datasets,
  districts,
  home,
  lists,
  maps,
  organizations,
  plans,
  pagination,
  progress,
  reuses,
  translations,
};

/** The shape every language's dictionary has. */
export type Dictionary = typeof en;
