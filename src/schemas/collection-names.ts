/** The names of the content collections, one per folder of `content/`. */
export const collectionNames = [
  'action-plans',
  'commitments',
  'meetings',
  'datasets',
  'organizations',
  'districts',
  'pages',
  'reuses',
  'data-requests',
  'challenges',
  'consultations',
  'public-input',
] as const;

/** One content collection's name. */
export type CollectionName = (typeof collectionNames)[number];
