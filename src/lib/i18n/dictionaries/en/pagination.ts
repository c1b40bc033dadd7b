/** The words of a list's pages (src/components/Pagination.astro, src/lib/pagination/). */
export const pagination = {
  /** `Meetings and minutes, page 2 of 5`. */
  title: (title: string, n: string, count: string) => `${title}, page ${n} of ${count}`,
  /** `21 to 40 of 312 meetings`. */
  range: (first: string, last: string, total: string) => `${first} to ${last} of ${total}`,
  /** `No meetings`. */
  none: (things: string) => `No ${things}`,
  previous: 'Previous',
  next: 'Next',
  /** Read after "Previous" and "Next" by screen readers. */
  page: ' page',
  /** Read before a page's number by screen readers. */
  pageNumber: 'Page ',
};
