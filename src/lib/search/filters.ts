/** The filters offered on the search page, in the order shown (shared by the page and the browser script; their labels are in the dictionary's `search.filters`). */
export const searchFilters = ['type', 'district', 'status', 'milestones', 'organization', 'year'] as const;

/** One filter's name. */
export type SearchFilter = (typeof searchFilters)[number];
