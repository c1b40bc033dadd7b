/** Each collection's name for readers: plural, singular, and "this …" for sentences about one record. */
import type { CollectionName } from '../../../../schemas/index.ts';

export interface CollectionWords {
  label: string;
  singular: string;
  /** `this commitment`: a phrase, so that languages with gender can agree it. */
  this: string;
}

export const collections: Record<CollectionName, CollectionWords> = {
  'action-plans': { label: 'Action plans', singular: 'Action plan', this: 'this action plan' },
  commitments: { label: 'Commitments', singular: 'Commitment', this: 'this commitment' },
  meetings: { label: 'Meetings', singular: 'Meeting', this: 'this meeting' },
  datasets: { label: 'Datasets', singular: 'Dataset', this: 'this dataset' },
  organizations: { label: 'Organizations', singular: 'Organization', this: 'this organization' },
  districts: { label: 'Districts', singular: 'District', this: 'this district' },
  pages: { label: 'Pages', singular: 'Page', this: 'this page' },
  reuses: { label: 'Reuses', singular: 'Reuse', this: 'this reuse' },
  'data-requests': { label: 'Data requests', singular: 'Data request', this: 'this data request' },
  challenges: { label: 'Challenges', singular: 'Challenge', this: 'this challenge' },
  consultations: { label: 'Consultations', singular: 'Consultation', this: 'this consultation' },
  'public-input': { label: 'Public input', singular: 'Public input', this: 'this input' },
};
