/** The filters offered on the search page, in the order shown, with their labels (shared by the pages and the browser script). */
export const searchFilters = {
  type: 'Type',
  district: 'District',
  status: 'Status',
  milestones: 'Milestones',
  organization: 'Organization',
  year: 'Year',
} as const;

/** One filter's name. */
export type SearchFilter = keyof typeof searchFilters;

