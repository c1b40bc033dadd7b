/** The search page, its filters, the words its script writes, and the facts the search index keeps of each record. */
export const search = {
  title: 'Search',
  description: 'Search commitments, milestones, meeting minutes, datasets, organizations and districts, and narrow the results by district, status, organization and year.',
  label: 'Search for',
  button: 'Search',
  /** `Also search the archive: 12 commitments, meetings, datasets and action plans from before 27 November 2021`. */
  archive: (records: string, since: string) => `Also search the archive: ${records} from before ${since}`,
  archived: { one: 'commitment, meeting, dataset or action plan', other: 'commitments, meetings, datasets and action plans' },
  refine: 'Filter the results',
  noJs: 'Searching runs in your browser and needs JavaScript. Without it, every record can still be reached from these pages:',
  allCommitments: 'All commitments in one table',
  more: 'More results',
  /** The filters, in the order shown, by the names the index and the address use. */
  filters: { type: 'Type', district: 'District', status: 'Status', milestones: 'Milestones', organization: 'Organization', year: 'Year' },
  /** What the script says in the status line. */
  prompt: 'Type a word or choose a filter to search.',
  searching: 'Searching…',
  result: { one: 'result', other: 'results' },
  /** After the count of results (`3 results for “ventanilla” in Toledo since 27 November 2021.`), each when it applies. */
  forQuery: (query: string) => ` for “${query}”`,
  inFilters: (filters: string) => ` in ${filters}`,
  since: (date: string) => ` since ${date}`,
  /** Facts and filter values of the records, as the index keeps them. */
  milestoneStates: { complete: 'Complete', overdue: 'Overdue', unfinished: 'Not finished', upcoming: 'Not started yet', 'in-progress': 'In progress' },
  online: 'Online',
  published: (date: string) => `Published ${date}`,
  received: (date: string) => `Received ${date}`,
  by: (name: string) => `By ${name}`,
  district: (name: string) => `${name} District`,
};
