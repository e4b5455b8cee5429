/**
 * Search over the Pagefind index (its JavaScript API, run in a web worker), with our own accessible
 * markup: native form controls, a live status line and plain links. The state lives in the URL
 * (/search/?q=…&outcome=…&sort=newest), so a shared link reproduces a search and Back/Forward work.
 *
 * The index is in shards of decision dates (scripts/integrations/pagefind.ts): the newest is the
 * primary index, the others are merged. The filters' values come with the page; how many results
 * each would have is asked of Pagefind only after the first results are shown, because that means
 * fetching every shard's filter files.
 */
import { FILTER_NAMES as FILTERS, filterOrder, type FilterName } from '../contracts/search-filters';
import { SHARDS_FILE, SearchIndexFileSchema } from '../contracts/search-index';
import { searchWords, shardsToKeep, sumFilters, type FilterCounts } from '../utils/search-merge';
import { formatDate } from '../utils/format';
import { outcomeFromName } from '../utils/labels';
import { holdsWholeIndex, isOffline, isSavedOffline } from './offline';
import { withTrailingSlash } from '../utils/base-path';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
  /** Which shard answered (set by scripts/integrations/pagefind.ts). */
  shard: number;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  unfilteredResultCount: number;
  /** Each shard's filter counts (set by scripts/integrations/pagefind.ts). */
  shardFilters: FilterCounts[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, o: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse | null>;
}

const SORTS: Record<string, Record<string, 'asc' | 'desc'>> = { newest: { date: 'desc' }, oldest: { date: 'asc' } };
const PAGE = 20;
const TYPING_DELAY = 250;

/** "20 006 390", "20006390", "20-006-390" (and a joint case's letter: "17 002 402b"). */
const REFERENCE = /^\s*(\d{2})[\s-]?(\d{3})[\s-]?(\d{3})([a-z]?)\s*$/i;

export function parseReference(term: string): string | null {
  const m = REFERENCE.exec(term);
  return m ? `${m[1]} ${m[2]} ${m[3]}${m[4]!.toLowerCase()}` : null;
}

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort: '' | 'newest' | 'oldest';
}

export function stateFromQuery(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const sort = params.get('sort');
  return { q: params.get('q')?.trim() ?? '', filters, sort: sort === 'newest' || sort === 'oldest' ? sort : '' };
}

export function queryFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS) if (state.filters[name]) params.set(name, state.filters[name]!);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const base = withTrailingSlash(form.dataset.base ?? '/');
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const moreWrap = document.getElementById('search-more-wrap')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const clear = document.getElementById('search-clear') as HTMLButtonElement;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const selects = new Map(FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[name="${f}"]`)!]));

  // Keyboard: "/" from anywhere on the page puts the cursor in the search box.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !target.closest('input, select, textarea, [contenteditable]')) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  const setStatus = (text: string, busy = false) => {
    status.textContent = text;
    list.setAttribute('aria-busy', String(busy));
  };

  setStatus('Loading search…', true);
  let pagefind: Pagefind;
  const values = new Map([...selects].map(([name, select]) => [name, [...select.options].filter((o) => o.value).map((o) => ({ value: o.value, total: Number(o.dataset.count ?? 0) }))]));
  /** Pagefind counts results per filter value only over the filter files it holds: all, once this settles. */
  let loadingFilters: Promise<void> | null = null;
  let filtersLoaded = false;
  try {
    // metaCacheTag: pagefind-entry.json is fetched as ?ts=<build>, cacheable by the service worker.
    const options = { baseUrl: base, excerptLength: 32, metaCacheTag: form.dataset.build ?? 'archive' };
    const [module, shards] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
      fetch(`${base}${SHARDS_FILE}`).then(async (r) => (r.ok ? SearchIndexFileSchema.parse(await r.json()) : Promise.reject(new Error(`${r.status}`)))),
    ]);
    pagefind = module;
    await pagefind.options(options);
    await pagefind.init();
    // In this order (newest first): a search sorted by date lists the shards' results in it.
    await Promise.all(shards.shards.map((shard) => pagefind.mergeIndex(`${base}${shard.path}`, options)));
  } catch {
    setStatus(
      isOffline()
        ? 'Search is not available offline yet: open this page once while online, and it will be.'
        : 'Search could not load. Reload the page to try again.',
    );
    return;
  }

  let run = 0;
  let typingTimer: number | undefined;
  /** Typing replaces the history entry it started; a submitted or filtered search adds one. */
  let typing = false;

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const [name, select] of selects) if (select.value) filters[name] = select.value;
    return { q: input.value.trim(), filters, sort: sort.value === 'newest' || sort.value === 'oldest' ? sort.value : '' };
  };

  /** Each filter's values, with the number of results each would have, when known. */
  const fillSelects = (counts: FilterCounts | 'totals' | null) => {
    for (const [name, select] of selects) {
      const known = values.get(name)!;
      const shown = counts === 'totals' ? Object.fromEntries(known.map((v) => [v.value, v.total])) : counts ? (counts[name] ?? {}) : null;
      fillSelect(select, name, known.map((v) => v.value), shown, select.value);
    }
  };

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    sort.value = state.sort;
    // A value from a shared URL that this archive does not have stays chosen (and finds nothing).
    for (const [name, select] of selects) fillSelect(select, name, values.get(name)!.map((v) => v.value), null, state.filters[name] ?? '');
  };

  const updateUrl = (mode: 'push' | 'replace') => {
    const url = `${location.pathname}${queryFromState(readForm())}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  /** Each finished search is counted on the form (data-searched), for tests and tools to wait on. */
  const search = async () => {
    const current = ++run;
    await runSearch(current);
    if (current === run) form.dataset.searched = String(current);
  };

  const runSearch = async (current: number) => {
    const state = readForm();
    clear.hidden = Object.keys(state.filters).length === 0 && !state.sort;
    if (state.q === '' && Object.keys(state.filters).length === 0 && !state.sort) {
      list.replaceChildren();
      moreWrap.hidden = true;
      fillSelects('totals');
      form.dataset.counted = String(current);
      setStatus('Type words or a reference, choose a council, outcome, category or year, or sort to list every decision.');
      return;
    }
    setStatus('Searching…', true);
    const reference = parseReference(state.q);
    let response: PagefindResponse | null;
    try {
      response = await searchArchive(pagefind, state);
    } catch {
      if (current !== run) return;
      list.replaceChildren();
      moreWrap.hidden = true;
      setStatus(
        isOffline()
          ? 'You are offline, and this search needs part of the index that is not saved on this device. Connect to the internet, or use “Save for offline” below when you are online.'
          : 'Search failed. Check your connection and try again.',
      );
      return;
    }
    if (current !== run || !response) return;
    let results = response.results;
    let pinned: PagefindResultData | null = null;
    if (reference) {
      const head = await Promise.all(results.slice(0, 50).map((r) => r.data()));
      const at = head.findIndex((d) => normaliseReference(d.meta.reference ?? '') === normaliseReference(reference));
      if (at >= 0) {
        pinned = head[at]!;
        results = results.filter((_, i) => i !== at);
      }
    }
    if (current !== run) return;
    // Until Pagefind holds the filter files, the values without counts; after, the last counts stay
    // until this search's arrive (showCounts).
    if (!filtersLoaded) fillSelects(null);

    list.replaceChildren();
    if (pinned) list.append(await resultItem(pinned, true));
    await showMore(results, 0, current);
    if (current !== run) return;
    const count = results.length + (pinned ? 1 : 0);
    const what = describe(state, reference);
    // Offline, Pagefind searches the parts of its index that this device holds, and says nothing
    // of the parts it could not fetch: say it for Pagefind.
    const partial = isOffline() && !(await holdsWholeIndex());
    if (current !== run) return;
    if (count === 0) {
      const hints = [
        reference ? `There is no decision ${reference} in this archive, and none cites it.` : 'Check the spelling, or try fewer or other words.',
        Object.keys(state.filters).length ? 'Remove a filter to widen the search.' : '',
      ].filter(Boolean);
      setStatus(
        partial
          ? `No decisions found${what} in the parts of the index saved on this device. You are offline, and this search may need a part that is not saved on this device: connect to the internet, or when you are online use “Save for offline” below.`
          : `No decisions found${what}. ${hints.join(' ')}`,
      );
    } else {
      const found = `${count.toLocaleString('en-GB')} ${count === 1 ? 'decision' : 'decisions'} found${what}.`;
      setStatus(partial ? `${found} You are offline: these come from the parts of the index saved on this device, and there may be more.` : found);
    }
    void showCounts(current, state, response);
  };

  /** After the results: every filter file, then the counts for this search (the results stay as they are). */
  const showCounts = async (current: number, state: SearchState, response: PagefindResponse) => {
    try {
      if (!filtersLoaded) {
        loadingFilters ??= pagefind.filters().then(() => void (filtersLoaded = true));
        await loadingFilters;
        response = (await searchArchive(pagefind, state)) ?? response;
      }
      const counts = await facetCounts(state, response);
      if (current !== run) return;
      fillSelects(counts);
      // For tests and tools: the counts shown are those of search number `current`.
      form.dataset.counted = String(current);
    } catch {
      // Offline without the filter files: the values stay, without counts.
    }
  };

  /**
   * Each filter's counts as choosing one of its values would give: within the words and every other
   * filter, not its own (with one council chosen, the other councils keep their counts).
   */
  const facetCounts = async (state: SearchState, response: PagefindResponse): Promise<FilterCounts> => {
    const counts: FilterCounts = { ...response.filters };
    for (const name of FILTERS) {
      if (!state.filters[name]) continue;
      const others = { ...state.filters };
      delete others[name];
      const without = await searchArchive(pagefind, { ...state, filters: others, sort: '' });
      counts[name] = without?.filters[name] ?? {};
    }
    return counts;
  };

  const showMore = async (results: PagefindResult[], from: number, current = run) => {
    const next = results.slice(from, from + PAGE);
    // Each result as soon as it and those above it have arrived: the first does not wait for the
    // twentieth (Pagefind fetches each result's text on its own).
    const items = next.map(async (r) => resultItem(await r.data(), false));
    for (const item of items) item.catch(() => undefined);
    for (const item of items) {
      const li = await item;
      if (current !== run) return;
      list.append(li);
    }
    const shown = from + next.length;
    moreWrap.hidden = shown >= results.length;
    more.textContent = `Show ${Math.min(PAGE, results.length - shown)} more of ${(results.length - shown).toLocaleString('en-GB')} remaining`;
    more.onclick = async () => {
      const first = list.children.length;
      await showMore(results, shown);
      list.children[first]?.querySelector('a')?.focus();
    };
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    updateUrl(typing ? 'replace' : 'push');
    typing = false;
    void search();
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      updateUrl(typing ? 'replace' : 'push');
      typing = true;
      void search();
    }, TYPING_DELAY);
  });
  for (const select of [...selects.values(), sort]) {
    select.addEventListener('change', () => {
      typing = false;
      updateUrl('push');
      void search();
    });
  }
  clear.addEventListener('click', () => {
    for (const select of selects.values()) select.value = '';
    sort.value = '';
    typing = false;
    updateUrl('push');
    void search();
    input.focus();
  });
  window.addEventListener('popstate', () => {
    typing = false;
    writeForm(stateFromQuery(location.search));
    void search();
  });

  writeForm(stateFromQuery(location.search));
  form.dataset.ready = 'true';
  await search();
}

function describe(state: SearchState, reference: string | null): string {
  const parts: string[] = [];
  if (state.q) parts.push(reference ? ` for reference ${reference}` : ` for “${state.q}”`);
  const filters = Object.values(state.filters);
  if (filters.length) parts.push(` in ${filters.join(', ')}`);
  if (state.sort) parts.push(`, ${state.sort} first`);
  return parts.join('');
}

function normaliseReference(text: string): string {
  return text.replace(/[^0-9a-z]/gi, '').toLowerCase();
}

/**
 * One search over every shard, answered as one index would (src/utils/search-merge.ts). A reference
 * is searched as the exact phrase it is printed as: its decision, then any that cite it.
 */
async function searchArchive(pagefind: Pagefind, state: SearchState): Promise<PagefindResponse | null> {
  const reference = parseReference(state.q);
  const term = reference ? `"${reference}"` : state.q || null;
  const response = await pagefind.search(term, { filters: state.filters, ...(state.sort ? { sort: SORTS[state.sort] } : {}) });
  const words = searchWords(term);
  if (!response || response.shardFilters.length < 2 || words.length === 0) return response;
  const exact = await Promise.all(words.map((w) => pagefind.search(`"${w}"`, { filters: {} })));
  const keep = shardsToKeep(
    response.shardFilters.length,
    exact.map((r) => new Set(r?.results.map((x) => x.shard))),
  );
  return { ...response, results: response.results.filter((r) => keep.has(r.shard)), filters: sumFilters(response.shardFilters, keep) };
}

/** Every value of a filter, with how many results it would have within the current search when known. */
function fillSelect(select: HTMLSelectElement, filter: FilterName, values: string[], counts: Record<string, number> | null, selected: string): void {
  const list = [...new Set(selected ? [...values, selected] : values)].sort(filterOrder(filter));
  const any = new Option('Any', '');
  select.replaceChildren(any, ...list.map((value) => new Option(counts ? `${value} (${(counts[value] ?? 0).toLocaleString('en-GB')})` : value, value)));
  select.value = selected;
}

/** A result from the page's template (src/components/SearchResult.astro), filled with Pagefind's data. */
async function resultItem(data: PagefindResultData, pinned: boolean): Promise<HTMLLIElement> {
  const template = document.getElementById('search-result') as HTMLTemplateElement;
  const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
  const part = <T extends HTMLElement>(name: string) => li.querySelector<T>(`[data-result="${name}"]`)!;
  li.classList.toggle('result--pinned', pinned);

  const link = part<HTMLAnchorElement>('link');
  link.href = data.url;
  link.textContent = data.filters.council?.[0] ?? data.meta.title ?? data.url;
  if (!pinned) part('pin').remove();
  part('reference').textContent = data.meta.reference ?? '';
  // The outcome filter holds the archive's name of the outcome; the badge shows the label as printed.
  const outcome = data.filters.outcome?.[0] ?? '';
  const badge = part('outcome');
  const known = outcomeFromName(outcome);
  if (known) badge.classList.add(`badge--${known}`);
  badge.textContent = data.meta.outcome?.trim() || outcome;
  const time = part<HTMLTimeElement>('date');
  const date = data.meta.date ?? '';
  time.dateTime = date;
  time.textContent = date ? formatDate(date) : '';
  // The decision page gives its remedies at a glance (remedySummary) as Pagefind metadata.
  const remedies = data.meta.remedies?.trim();
  if (remedies) part('remedy-summary').textContent = remedies;
  else part('remedies').remove();
  part('excerpt').append(excerpt(data.excerpt));

  if (!isOffline() || (await isSavedOffline(data.url))) part('offline').remove();
  return li;
}

/** Pagefind's excerpt is escaped text with <mark> around matches: rebuild it as text and marks only. */
function excerpt(html: string): Node {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}
