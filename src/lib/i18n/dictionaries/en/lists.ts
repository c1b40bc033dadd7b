/** The words around a list shown page by page: its pager's name for screen readers, and what its later pages keep of its first. */
export const lists = {
  /** A section's pager (src/components/Pagination.astro's `label`). */
  pages: {
    plans: 'Pages of action plans',
    commitments: 'Pages of commitments',
    consultations: 'Pages of consultations',
    meetings: 'Pages of meetings',
    catalogue: 'Pages of the catalogue',
    organizations: 'Pages of organizations',
    challenges: 'Pages of apps challenges',
    dataRequests: 'Pages of data requests',
  },
  /** A filtered or related list's pager, after the list's title: `Pages of reuses serving Cayo District`. */
  pagesOf: (title: string) => `Pages of ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  /** The catalogue's later pages, back to its facets on the first. */
  browseDatasets: 'Browse the datasets by publisher, theme, format or district',
  /** The whole of a list a district's or organization's page shows the first few of. */
  related: {
    description: (title: string, name: string) => `${title}: the whole list, from the Open Government site's page on ${name}.`,
    /** After the record's name: `Cayo District: 12 in all.` */
    inAll: (n: string) => `: ${n} in all.`,
    inAllOfPlan: (n: string) => `: ${n} in all, of the current action plan.`,
  },
};
