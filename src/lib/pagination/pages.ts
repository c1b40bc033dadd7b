/**
 * Splits any list into numbered pages with stable addresses, for static routes: the first page
 * at the list's own address (`/meetings/`), the others at `page/<n>/` under it
 * (`/meetings/page/2/`, from `pageUrl` in src/lib/urls.ts). A filter is part of the list's
 * address (`/changes/commitments/`, `/datasets/theme/health/`), so every page of a filtered
 * list stays filtered. A list adopts it in its route's `getStaticPaths` with `pagePaths` and
 * shows `<Pagination page={page} />` under its items.
 */
import type { Words } from '../i18n/words.ts';
import { pageUrl } from '../urls.ts';

/**
 * Items on one page of a list: 20. Measured on generated content (`npm run bench:scale`), 20
 * records of any type make a page of about 5 to 9 KB compressed with the site's header and
 * footer: it fits in the first round trip of a new connection (TCP's initial window, 10
 * segments, about 14 KB), and arrives in about a second over 2G (EDGE, 100 kbit/s
 * effective), where 50 would take two or three round trips more. Twenty items are also a few
 * screens of a phone: enough to scan, short enough to reach the page links.
 */
export const pageSize = 20;

/** How many items a record's page shows of a long related list before linking to the whole list. */
export const previewSize = 5;

/** One page of a list. */
export interface ListPage<T> {
  /** The items on this page. */
  items: T[];
  /** This page's number, from 1. */
  number: number;
  /** The list's pages: 1 for a short list, and for an empty one. */
  count: number;
  /** Items in the whole list. */
  total: number;
  /** The position in the whole list of this page's first and last items, from 1 (0 and 0 when empty). */
  first: number;
  last: number;
  /** This page's address. */
  url: string;
  /** The address of every page, the first first. */
  urls: string[];
  /** The pages before and after this one, absent at the ends: rel="prev" and rel="next". */
  prev?: string;
  next?: string;
}

/** The pages of a list whose first page is at `base`, `size` items each; an empty list has one, empty, page. */
export function paginate<T>(items: readonly T[], base: string, size = pageSize): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number above 0, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  const urls = Array.from({ length: count }, (_, index) => pageUrl(base, index + 1));
  return urls.map((url, index) => {
    const slice = items.slice(index * size, (index + 1) * size);
    return {
      items: slice,
      number: index + 1,
      count,
      total: items.length,
      first: slice.length ? index * size + 1 : 0,
      last: index * size + slice.length,
      url,
      urls,
      prev: urls[index - 1],
      next: urls[index + 1],
    };
  });
}

/**
 * The `getStaticPaths` entries of a `[...page].astro` route serving a list's pages: its rest
 * parameter `page` is the address below `root` (the route's folder; by default the list's own
 * address), so `undefined` for `/meetings/` and `page/2` for `/meetings/page/2/`. `params` and
 * `props` are added to every entry (a facet's value, a record).
 */
export function pagePaths<T, P extends object = object, Q extends object = object>(
  items: readonly T[],
  base: string,
  options: { root?: string; params?: Q; props?: P; size?: number } = {},
) {
  const root = options.root ?? base;
  if (!base.startsWith(root)) throw new Error(`the list at ${base} is not under its route's folder ${root}`);
  return paginate(items, base, options.size).map((page) => ({
    params: { ...(options.params as Q), page: page.url.slice(root.length, -1) || undefined },
    props: { ...(options.props as P), page },
  }));
}

/** A page's title: the list's own on its first page, `Meetings, page 2 of 14` on the others. */
export function pageTitle(title: string, page: Pick<ListPage<unknown>, 'number' | 'count'>, t: Words): string {
  return page.number > 1 ? t.words.pagination.title(title, t.number(page.number), t.number(page.count)) : title;
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one,
 * with `undefined` for a gap (`1 … 5 6 7 8 9 … 40`), so that a phone's line holds them.
 */
export function pageNumbers(current: number, count: number, around = 2): (number | undefined)[] {
  const wanted = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  // A gap of one page shows that page rather than an ellipsis standing for it.
  return sorted.flatMap((n, index) => (index > 0 && n - sorted[index - 1] === 2 ? [n - 1, n] : index > 0 && n - sorted[index - 1] > 2 ? [undefined, n] : [n]));
}

/** Groups a page's items under headings, in the order they first appear: a page of meetings by year. */
export function groupItems<T, K extends string = string>(items: readonly T[], heading: (item: T) => K): Array<[K, T[]]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = heading(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups];
}
