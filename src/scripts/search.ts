/**
 * Search over the Pagefind index (its JavaScript API, run in a web worker), with our own accessible
 * markup: native form controls, a live status line and plain links. The state lives in the URL
 * (/search/?q=…&outcome=…&sort=newest), so a shared link reproduces a search and Back/Forward work.
 */
import { holdsWholeIndex, isOffline, isSavedOffline } from './offline';

type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  unfilteredResultCount: number;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, o: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse | null>;
}

export const FILTERS = ['council', 'outcome', 'category', 'subcategory', 'year'] as const;
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
  filters: Partial<Record<(typeof FILTERS)[number], string>>;
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
  const base = (form.dataset.base ?? '/').replace(/\/?$/, '/');
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
  let allFilters: FilterCounts;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // metaCacheTag: pagefind-entry.json is fetched as ?ts=<build>, cacheable by the service worker.
    await pagefind.options({ baseUrl: base, excerptLength: 32, metaCacheTag: form.dataset.build ?? 'archive' });
    await pagefind.init();
    allFilters = await pagefind.filters();
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

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    sort.value = state.sort;
    for (const [name, select] of selects) fillSelect(select, allFilters[name] ?? {}, allFilters[name] ?? {}, state.filters[name] ?? '');
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
      for (const [name, select] of selects) fillSelect(select, allFilters[name] ?? {}, allFilters[name] ?? {}, select.value);
      setStatus('Type words or a reference, choose a council, outcome, category or year, or sort to list every decision.');
      return;
    }
    setStatus('Searching…', true);
    const reference = parseReference(state.q);
    // A reference is searched as the exact phrase it is printed as: its decision, then any that cite it.
    const term = reference ? `"${reference}"` : state.q || null;
    let response: PagefindResponse | null;
    try {
      response = await pagefind.search(term, { filters: state.filters, ...(state.sort ? { sort: SORTS[state.sort] } : {}) });
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
    for (const [name, select] of selects) fillSelect(select, allFilters[name] ?? {}, response.filters[name] ?? {}, select.value);

    list.replaceChildren();
    if (pinned) list.append(await resultItem(pinned, true));
    await showMore(results, 0);
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
  };

  const showMore = async (results: PagefindResult[], from: number) => {
    const next = results.slice(from, from + PAGE);
    const items = await Promise.all(next.map(async (r) => resultItem(await r.data(), false)));
    list.append(...items);
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

/** Every value of a filter, with how many results it would have within the current search. */
function fillSelect(select: HTMLSelectElement, all: Record<string, number>, counts: Record<string, number>, selected: string): void {
  const values = Object.keys(all);
  if (selected && !values.includes(selected)) values.push(selected);
  values.sort((a, b) => (select.name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'en-GB')));
  const any = new Option('Any', '');
  select.replaceChildren(any, ...values.map((value) => new Option(`${value} (${(counts[value] ?? 0).toLocaleString('en-GB')})`, value)));
  select.value = selected;
}

async function resultItem(data: PagefindResultData, pinned: boolean): Promise<HTMLLIElement> {
  const li = document.createElement('li');
  li.className = pinned ? 'result result--pinned' : 'result';
  const authority = data.filters.council?.[0] ?? data.meta.title ?? data.url;
  const outcome = data.filters.outcome?.[0] ?? '';

  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'result-authority';
  link.textContent = authority;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const reference = document.createElement('span');
  reference.className = 'result-reference';
  reference.textContent = `Decision ${data.meta.reference ?? ''}`;
  const badge = document.createElement('span');
  badge.className = `badge badge--${outcomeSlug(outcome)} result-outcome`;
  badge.textContent = data.meta.outcome?.trim() || outcome;
  const time = document.createElement('time');
  time.className = 'result-date';
  const date = data.meta.date ?? '';
  time.dateTime = date;
  time.textContent = date ? new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';
  meta.append(reference, ' · ', badge, ' · ', time);
  if (pinned) meta.prepend(Object.assign(document.createElement('strong'), { textContent: 'Reference match · ', className: 'result-pin' }));

  const text = document.createElement('p');
  text.className = 'result-excerpt';
  text.append(excerpt(data.excerpt));
  li.append(heading, meta, text);

  if (isOffline() && !(await isSavedOffline(data.url))) {
    const note = document.createElement('p');
    note.className = 'result-offline muted';
    note.textContent = 'Not saved on this device: needs a connection to open.';
    li.append(note);
  }
  return li;
}

function outcomeSlug(label: string): string {
  const l = label.toLowerCase();
  return l.startsWith('not upheld') ? 'not-upheld' : l.startsWith('upheld') ? 'upheld' : 'closed-after-initial-enquiries';
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
