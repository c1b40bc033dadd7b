/**
 * Enhances the search page's form: runs Pagefind in the browser, in place (the page is never
 * reloaded, whichever search box on it the reader uses), and keeps the query and filters in the
 * URL through the history API, so a search can be shared, reloaded and followed back, and the
 * same address works without JavaScript. Nothing of Pagefind is downloaded until the reader
 * searches, and the filters' lists (tens of KB at ten thousand records) only when the reader
 * opens them or the address asks for a filter (issue #15). Its words come from the page
 * (`data-words`, in the page's language), so no dictionary is bundled for the browser.
 */
import { searchFilters, type SearchFilter } from '../lib/search/filters.ts';
import { searchArchiveUrl } from '../lib/urls.ts';

/** The words the page gives the script (src/pages/[...lang]/search.astro): `{…}` in a template is filled in. */
interface SearchWords {
  intl: string;
  filters: Record<SearchFilter, string>;
  prompt: string;
  searching: string;
  result: { one: string; other: string };
  forQuery: string;
  inFilters: string;
  since: string;
}

interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }
interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
}

// Each result costs its own fragment file (1 to 3 KB): 8 fill a phone screen or two.
const pageSize = 8;
const form = document.querySelector<HTMLFormElement>('[data-module="search"]');
if (form) enhance(form);

function enhance(form: HTMLFormElement) {
  const words = JSON.parse(form.dataset.words ?? '{}') as SearchWords;
  const plurals = new Intl.PluralRules(words.intl);
  const numbers = new Intl.NumberFormat(words.intl);
  const fill = (template: string, name: string, value: string) => template.replace(`{${name}}`, () => value);
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const controls = form.querySelector<HTMLDetailsElement>('[data-search-controls]')!;
  const filterBox = form.querySelector<HTMLElement>('[data-search-filters]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  // Offered when the build wrote an archive (src/lib/search/archive.ts).
  const archiveBox = form.querySelector<HTMLInputElement>('input[name="archive"]');
  document.querySelector('[data-search-nojs]')?.setAttribute('hidden', '');
  controls.hidden = false;
  archiveBox?.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  const filtered = (params: URLSearchParams) => searchFilters.some((name) => params.has(name));
  // Filters stay folded until the reader opens them or the URL already narrows the search:
  // their lists cost every first query otherwise.
  controls.open = filtered(new URLSearchParams(location.search));

  let pagefind: Promise<Pagefind> | undefined;
  let filtersBuilt = false;
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const load = () =>
    (pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`)) as Pagefind;
      await module.options({ excerptLength: 24 });
      return module;
    })());

  /** Query and filters as they stand in the form. */
  const state = () => {
    const data = new FormData(form);
    const filters: Partial<Record<SearchFilter, string[]>> = {};
    for (const name of searchFilters) {
      const values = data.getAll(name).map(String);
      if (values.length) filters[name] = values;
    }
    return { query: String(data.get('q') ?? '').trim(), filters, archive: data.has('archive') };
  };

  /** Adds the archive's index to the search, once; the filters' lists are built again to hold its values. */
  let merging: Promise<void> | undefined;
  const withArchive = () =>
    (merging ??= (async () => {
      await (await load()).mergeIndex(searchArchiveUrl);
      if (filtersBuilt) {
        filterBox.replaceChildren();
        filtersBuilt = false;
        building = undefined;
        await withFilters();
      }
    })());

  /** Filters as Pagefind takes them: a result matches any of a filter's values. */
  const anyOf = (filters: Partial<Record<SearchFilter, string[]>>) => Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));

  /** Puts the URL's query and filters into the form. */
  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    if (archiveBox) archiveBox.checked = params.get('archive') === '1';
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = params.getAll(box.name).includes(box.value);
    return params;
  };

  const toUrl = (push: boolean) => {
    const params = new URLSearchParams();
    const { query, filters, archive } = state();
    if (query) params.set('q', query);
    for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
    if (archive) params.set('archive', '1');
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  /** Builds one fieldset of checkboxes per filter, from the index's own values. */
  const buildFilters = (all: Record<string, Record<string, number>>, wanted: URLSearchParams) => {
    for (const name of searchFilters) {
      const values = Object.keys(all[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
      if (!values.length) continue;
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'og-filter';
      const legend = document.createElement('legend');
      legend.textContent = words.filters[name];
      fieldset.append(legend);
      values.forEach((value, index) => {
        const id = `filter-${name}-${index}`;
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value, id, checked: wanted.getAll(name).includes(value) });
        const text = document.createElement('label');
        text.htmlFor = id;
        text.append(value, ' ');
        const count = document.createElement('span');
        count.className = 'og-filter__count';
        count.dataset.filterCount = '';
        text.append(count);
        const row = document.createElement('div');
        row.className = 'og-filter__option';
        row.append(box, text);
        fieldset.append(row);
      });
      filterBox.append(fieldset);
    }
    filtersBuilt = true;
  };

  /** Shows how many results each filter value would leave, in words for screen readers too. */
  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const n = counts[box.name]?.[box.value] ?? 0;
      box.labels![0].querySelector('[data-filter-count]')!.textContent = `(${n})`;
    }
  };

  const showMore = async () => {
    const batch = await Promise.all(results.slice(shown, shown + pageSize).map((result) => result.data()));
    for (const item of batch) list.append(renderResult(item));
    shown += batch.length;
    more.hidden = shown >= results.length;
  };

  /** Loads every filter's values and builds their checkboxes, ticked as the URL says. */
  let building: Promise<void> | undefined;
  const withFilters = () =>
    (building ??= (async () => {
      buildFilters(await (await load()).filters(), new URLSearchParams(location.search));
    })());

  const search = async (push: boolean) => {
    const current = ++run;
    // Filters named in the URL need their checkboxes before the form can say what is asked.
    if (!filtersBuilt && filtered(new URLSearchParams(location.search))) await withFilters();
    const { query, filters, archive } = state();
    toUrl(push);
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = words.prompt;
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    status.textContent = words.searching;
    const pf = await load();
    if (archive) await withArchive();
    const found = await pf.search(query || null, { filters: anyOf(filters) });
    if (!found || current !== run) return; // a newer search has started
    results = found.results;
    shown = 0;
    list.replaceChildren();
    if (filtersBuilt) updateCounts(found.filters);
    await showMore();
    // Announced by the status region once the results are on the page.
    const filterWords = Object.values(filters).flat();
    const since = archiveBox && !archive ? fill(words.since, 'since', archiveBox.dataset.since ?? '') : '';
    const counted = `${numbers.format(results.length)} ${plurals.select(results.length) === 'one' ? words.result.one : words.result.other}`;
    status.textContent = `${counted}${query ? fill(words.forQuery, 'query', query) : ''}${filterWords.length ? fill(words.inFilters, 'filters', filterWords.join(', ')) : ''}${since}.`;
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => search(false), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    search(true);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) search(true);
  });
  // Opening the filters loads their lists, then counts them for the search shown: the same
  // search again, whose index chunks Pagefind holds, without fetching its results again.
  controls.addEventListener('toggle', async () => {
    if (!controls.open || filtersBuilt) return;
    await withFilters();
    const { query, filters } = state();
    if (!query && !Object.keys(filters).length) return;
    const found = await (await load()).search(query || null, { filters: anyOf(filters) });
    if (found) updateCounts(found.filters);
  });
  // The search box in the page's header searches here too, in place, rather than reloading the page.
  const header = document.querySelector<HTMLFormElement>('form[role="search"]:not([data-module="search"])');
  header?.addEventListener('submit', (event) => {
    event.preventDefault();
    const box = header.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.value = box.value;
    box.value = '';
    clearTimeout(typing);
    search(true);
    input.focus();
  });
  more.addEventListener('click', showMore);
  addEventListener('popstate', () => {
    fromUrl();
    search(false);
  });

  if (fromUrl().size) search(false);
}

/** One result: its type, title as a link, the excerpt with the matched words marked, its key facts. */
function renderResult(item: { url: string; excerpt: string; meta: Record<string, string> }): HTMLLIElement {
  const li = document.createElement('li');
  const type = Object.assign(document.createElement('p'), { className: 'og-meta', textContent: item.meta.type ?? '' });
  const heading = document.createElement('h2');
  const link = Object.assign(document.createElement('a'), { href: item.url, textContent: item.meta.title ?? item.url });
  heading.append(link);
  // Pagefind escapes the page text and adds only <mark> around matches.
  const excerpt = document.createElement('p');
  excerpt.innerHTML = item.excerpt;
  li.append(type, heading, excerpt);
  if (item.meta.facts) li.append(Object.assign(document.createElement('p'), { className: 'og-meta', textContent: item.meta.facts }));
  return li;
}
