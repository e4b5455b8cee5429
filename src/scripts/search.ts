/**
 * The search page: the URL state (search/url-state.ts), the index (search/engine.ts, one Pagefind
 * instance per shard) and the view (search/view.ts), wired to the form. Native form controls, a
 * live status line and plain links; the state lives in the URL, so a shared link reproduces a search
 * and Back/Forward work.
 *
 * A search of words alone (no phrase, filter or date order) shows its first page as the build ranked
 * it for the whole archive (src/contracts/first-page.ts), before the index has loaded; the index's results
 * follow it, and never move it. Any other search asks the shards newest first (oldest first for
 * that order): the first shard's results show as soon as it answers, and the others follow. Each
 * filter's counts are asked for after the results.
 */
import { bucketOf, CARDS_PER_FILE, CardsFileSchema, cardsFile, DecisionTextSchema, FirstPageBucketSchema, FirstPageOthersSchema, firstPageFile, ofStem, othersFile } from '../contracts/first-page';
import { filterOrder, type FilterName } from '../contracts/search-filters';
import { SHARDS_FILE, SearchIndexFileSchema } from '../contracts/search-index';
import { withTrailingSlash } from '../utils/base-path';
import { formatCount } from '../utils/format';
import { mergeHits, onEveryWord, remainingResults, sumFilters, type FilterCounts, type Order, type WordDecisions } from '../utils/search-merge';
import { sameReference } from '../utils/reference';
import { stemOf } from '../utils/search-match';
import { describeQuery, parseQuery, withoutPart, type Query } from '../utils/search-query';
import { decisionTitle, pageIds } from '../presenters/decision-page';
import { cardOfFragment, landing, type ResultCard, type ResultLanding } from '../utils/search-result';
import { searchText, stemLanding } from '../utils/search-text';
import { otherWords } from '../utils/search-suggestions';
import { isOffline, isSavedOffline, networkAnswers } from './connection';
import { holdsWholeIndex } from './offline';
import { SearchEngine, type Hit, type PagefindModule, type ShardAnswer, type ShardSearch } from './search/engine';
import { activeFilters, describeState, isEmpty, pagefindFilters, queryFromState, stateFromQuery, VALUE_FILTERS, type SearchState } from './search/url-state';
import { openPage, referencePage, searchStart } from './search/reference-page';
import { fillSelect, resultItem } from './search/view';

const PAGE = 10;
const TYPING_DELAY = 250;
const noop = () => undefined;
/** How long a first page may keep the index waiting before it starts anyway. */
const FIRST_PAGE_WAIT = 1000;
/** The most words a first page is drawn for from the words' lists. */
const FIRST_PAGE_WORDS = 4;
/** How long a first page's file may take before the index answers the search instead. */
const FIRST_PAGE_TIMEOUT = 5000;
/** Wide enough for the filters beside the results, open; narrower, they fold away under "Filters (n)". */
const WIDE = '(min-width: 48em)';

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const base = withTrailingSlash(form.dataset.base ?? '/');
  // A reference in the address has opened its decision, or has none, or this is any other search.
  const start = await searchStart();
  /** A reference opens its decision when asked for on purpose: submitted, or a link followed here, never Back. */
  let mayOpen = start.mayOpen;
  /** Whether the page of the reference the search is about to run is known not to exist. */
  let pageChecked = start.pageChecked;
  const loadEngine = async () => {
    // The newest shard is searched while the list of the others arrives: its folder is always pagefind/.
    const listOthers = async () => {
      const r = await fetch(`${base}${SHARDS_FILE}`);
      if (!r.ok) throw new Error(`${SHARDS_FILE}: ${r.status}`);
      return SearchIndexFileSchema.parse(await r.json()).shards.map((s) => `${base}${s.path}`);
    };
    // The list is asked for alongside Pagefind's script, and again only if that first answer failed.
    let first: Promise<string[]> | null = listOthers();
    first.catch(() => undefined);
    const others = () => {
      const list = first ?? listOthers();
      first = null;
      return list;
    };
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    // metaCacheTag: each shard's pagefind-entry.json is fetched as ?ts=<build>, cacheable by the service worker.
    return new SearchEngine(pagefind, `${base}pagefind/`, others, { baseUrl: base, excerptLength: 30, metaCacheTag: form.dataset.build ?? 'archive' });
  };
  /** How many files the first pages' stems are in; 0 where the archive has none. */
  const firstPageBuckets = Number(form.dataset.firstPage ?? 0);
  /**
   * The stems of a search of words alone (no phrase, filter or date order) whose first page the
   * build ranked; null for any other search.
   */
  const firstPageStems = (query: Query, state: SearchState): string[] | null => {
    if (!firstPageBuckets || query.kind !== 'text' || !query.words.length || query.words.length > FIRST_PAGE_WORDS || query.phrases.length || activeFilters(state) || state.sort) return null;
    const stems = [...new Set(query.words.map(stemOf))];
    return stems.every(Boolean) ? stems : null;
  };
  const initial = stateFromQuery(location.search);
  // The index starts loading before the form is set up, its worker starting meanwhile. Not for a
  // first page, which shows without it: the index would compete with it, and starts once its first
  // result is shown.
  const loading = firstPageStems(parseQuery(initial.q), initial) ? null : loadEngine();
  // Awaited below; a failure is reported there.
  loading?.catch(() => undefined);
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const status = $('search-status');
  const list = $<HTMLOListElement>('search-results');
  const moreWrap = $('search-more-wrap');
  const more = $<HTMLButtonElement>('search-more');
  const clear = $<HTMLButtonElement>('search-clear');
  const help = $('search-help');
  const disclosure = $<HTMLDetailsElement>('search-filters');
  const filtersCount = $('search-filters-count');
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const from = form.querySelector<HTMLSelectElement>('select[name="from"]')!;
  const to = form.querySelector<HTMLSelectElement>('select[name="to"]')!;
  const selects = new Map(VALUE_FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[name="${f}"]`)!]));
  const optionValues = (select: HTMLSelectElement) => [...select.options].filter((o) => o.value).map((o) => ({ value: o.value, total: Number(o.dataset.count ?? 0) }));
  const values = new Map<FilterName, { value: string; total: number }[]>([...[...selects].map(([name, s]) => [name, optionValues(s)] as const), ['year', optionValues(from)]]);
  const years = values.get('year')!.map((v) => v.value);

  // Without JavaScript the page offers browsing instead (search.astro); with it, the form.
  form.hidden = false;
  disclosure.open = matchMedia(WIDE).matches;

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

  /** Set when a reference opens its decision: Back to this page, kept whole, then searches again. */
  let leftForDecision = false;
  const open = (url: string) => {
    leftForDecision = true;
    // Stopped by the reader: the search, this time, without opening it.
    openPage(url, () => {
      leftForDecision = false;
      mayOpen = false;
      void search();
    });
  };
  setStatus('Loading search…', true);
  // The index, awaited by each search once it needs it: a first page ranked at build time shows
  // without it (firstPageOf). A failure is reported there, at every search.
  let engineLoading = loading;
  const engineStarted = () => {
    if (!engineLoading) {
      engineLoading = loadEngine();
      engineLoading.catch(() => undefined);
    }
    return engineLoading;
  };
  let engine!: SearchEngine;
  const engineFailed = () =>
    setStatus(
      isOffline()
        ? 'Search is not available offline yet: open this page once while online, and it will be.'
        : 'Search could not load. Reload the page to try again.',
    );

  let run = 0;
  let typingTimer: number | undefined;
  /** Typing replaces the history entry it started; a submitted or filtered search adds one. */
  let typing = false;

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const [name, select] of selects) if (select.value) filters[name] = select.value;
    return { q: input.value.trim(), filters, from: from.value, to: to.value, sort: sort.value === 'newest' || sort.value === 'oldest' ? sort.value : '' };
  };

  const fillSelects = (counts: FilterCounts | 'totals' | null, state: SearchState) => {
    const shown = (name: FilterName) =>
      counts === 'totals' ? Object.fromEntries(values.get(name)!.map((v) => [v.value, v.total])) : counts ? (counts[name] ?? {}) : null;
    for (const [name, select] of selects) fillSelect(select, values.get(name)!.map((v) => v.value), shown(name), state.filters[name] ?? '', filterOrder(name));
    for (const [select, chosen] of [[from, state.from], [to, state.to]] as const) fillSelect(select, years, shown('year'), chosen, filterOrder('year'));
  };

  const showFiltersCount = (state: SearchState) => {
    const n = activeFilters(state);
    filtersCount.textContent = n ? ` (${n})` : '';
    clear.hidden = n === 0 && !state.sort;
  };

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    sort.value = state.sort;
    fillSelects(null, state);
    showFiltersCount(state);
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
    try {
      await runSearch(current);
    } catch {
      // A result's text that would not load, say: the page must not keep saying "Searching…".
      if (current === run) setStatus(isOffline() ? 'You are offline, and part of this search is not saved on this device.' : 'Search failed. Check your connection and try again.');
    }
    if (current === run) form.dataset.searched = String(current);
  };

  /**
   * A search's first page ranked at build time (firstPageOf), shown above the index's results: its
   * decisions, and those of them the index's results have reached so far, each shown once. `whole`
   * once every shard has answered: the index's results then hold every decision of the first page
   * (they answer the same word the same way), which the counts rely on.
   */
  interface FirstPage {
    shown: Set<string>;
    met: Set<string>;
    whole: boolean;
  }
  const noFirstPage = (): FirstPage => ({ shown: new Set(), met: new Set(), whole: false });
  /** A result of a first page: its decision's card, and where the search lands in it. */
  interface FirstResult {
    card: ResultCard;
    landing: ResultLanding;
  }

  /** A result's item; null for a decision the first page shows already. */
  const item = async (hit: Hit, query: Query, first: FirstPage, pinned = false) => {
    const fragment = await hit.load();
    if (first.shown.has(fragment.url)) {
      first.met.add(fragment.url);
      return null;
    }
    const unsaved = isOffline() && !(await isSavedOffline(fragment.url));
    return resultItem({ card: cardOfFragment(fragment), landing: landing(fragment, query), pinned, unsaved });
  };

  /** A first page's file (from the site's base) or a decision's JSON, checked against its contract. */
  const firstPageJson = async <T>(url: string, schema: { parse: (data: unknown) => T }): Promise<T> => {
    const response = await fetch(url, { signal: AbortSignal.timeout(FIRST_PAGE_TIMEOUT) });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return schema.parse(await response.json());
  };

  /**
   * The decisions of a search's first page as the build ranked them for the whole archive, each
   * card to be had when asked for: one word's ten best, in its file; for several words, the ten
   * best of the decisions that use every word, in files of cards by decision, each fetched once,
   * when the first of its decisions is asked for. Null where there is none.
   */
  const firstPageCards = async (stems: readonly string[]): Promise<(() => Promise<ResultCard>)[] | null> => {
    const numbers = [...new Set(stems.map((s) => bucketOf(s, firstPageBuckets)))];
    // For several words, each bucket's others beside it, at the same time.
    const [buckets, others] = await Promise.all([
      Promise.all(numbers.map((b) => firstPageJson(`${base}${firstPageFile(b)}`, FirstPageBucketSchema))),
      stems.length > 1 ? Promise.all(numbers.map((b) => firstPageJson(`${base}${othersFile(b)}`, FirstPageOthersSchema))) : [],
    ]);
    const at = (stem: string) => numbers.indexOf(bucketOf(stem, firstPageBuckets));
    if (stems.length === 1) {
      const { stems: pages, cards } = buckets[0]!;
      return ofStem(pages, stems[0]!)?.map((card) => () => Promise.resolve(cards[card]!)) ?? null;
    }
    const words: WordDecisions[] = [];
    for (const stem of stems) {
      const list = ofStem(buckets[at(stem)]!.lists, stem);
      if (!list) return null;
      words.push({ list, others: ofStem(others[at(stem)]!, stem) });
    }
    const files = new Map<number, Promise<ResultCard[]>>();
    const file = (k: number) => files.get(k) ?? files.set(k, firstPageJson(`${base}${cardsFile(k)}`, CardsFileSchema)).get(k)!;
    return onEveryWord(words, PAGE).map((d) => async () => (await file(Math.floor(d / CARDS_PER_FILE)))[d % CARDS_PER_FILE]!);
  };

  /**
   * A search's first page as the build ranked it for the whole archive, without the index: each
   * decision's card, and where the words are in it, found in its JSON; a result whose card or JSON
   * would not load fails alone. Null where there is none: another search, words no decision's title
   * and summary use together, offline, or a word's file that would not load, which the index then
   * answers as for any search.
   */
  const firstPageOf = async (query: Query, state: SearchState): Promise<Promise<FirstResult>[] | null> => {
    const stems = firstPageStems(query, state);
    // Offline, the index saved on this device answers: the first pages are not saved with it.
    if (!stems || isOffline()) return null;
    try {
      const page = await firstPageCards(stems);
      if (!page?.length) return null;
      const result = async (card: () => Promise<ResultCard>) => {
        const found = await card();
        return { card: found, landing: await landingIn(found, stems) };
      };
      // The first decision's card and JSON alone, then the others': together, they would share the
      // connection and the first would wait.
      const head = result(page[0]!);
      const rest = head.then(noop, noop).then(() => page.slice(1).map(result));
      const results = page.map((_, i) => (i === 0 ? head : rest.then((r) => r[i - 1]!)));
      // Each awaited in turn, or not at all once a newer search has begun: none fails unheard.
      for (const r of results) r.catch(noop);
      return results;
    } catch {
      return null;
    }
  };

  /** Where a search lands in a decision of its first page: found in the decision's JSON. */
  const landingIn = async (card: ResultCard, stems: readonly string[]): Promise<ResultLanding> => {
    // Its JSON is beside its page: /decisions/<slug>/ and /decisions/<slug>.json (routes.decisionJson).
    const decision = await firstPageJson(card.url.replace(/\/$/, '.json'), DecisionTextSchema);
    const text = searchText(decision, { title: decisionTitle({ authority: card.council, reference: card.reference }), summaryId: pageIds(decision.sections).summary });
    return stemLanding(text, card.url, stems);
  };

  /** Results from `start` on, each as soon as it and those above it have arrived. */
  const showMore = async (hits: Hit[], start: number, query: Query, current: number, first: FirstPage, count = PAGE) => {
    // A result whose text would not load is left out; the others are shown. Each is caught as it is
    // asked for, so that one a newer search leaves unawaited fails quietly.
    const ask = (h: Hit) => item(h, query, first).catch(() => null);
    let shown = 0;
    const show = async (items: Promise<HTMLLIElement | null>[]) => {
      for (const i of items) {
        const li = await i;
        if (current !== run) return false;
        if (li) list.append(li), shown++;
      }
      return true;
    };
    let at = start;
    // Until `count` are shown: a decision the first page shows already is passed over.
    while (shown < count && at < hits.length) {
      const next = hits.slice(at, at + count - shown);
      at += next.length;
      // While the list is empty, the first result's text is asked for alone and the others' once it
      // is shown: asked for together, their fragments share the connection and the main thread, and
      // the first waits. Below results already shown ("Show more", the other shards'), all at once.
      const [head, ...rest] = list.children.length === 0 ? next : [];
      if (head && !(await show([ask(head)]))) return;
      if (!(await show((head ? rest : next).map(ask)))) return;
    }
    offerMore(hits, at, query, current, first);
  };

  /** The "Show more" button, for the results after the first `shown`. */
  const offerMore = (hits: Hit[], shown: number, query: Query, current: number, first: FirstPage) => {
    const remaining = remainingResults(hits.length, shown, { shown: first.shown.size, met: first.met.size, whole: first.whole });
    moreWrap.hidden = remaining === 0;
    more.textContent = `Show ${Math.min(PAGE, remaining)} more of ${formatCount(remaining)} remaining`;
    more.onclick = async () => {
      const from = list.children.length;
      await showMore(hits, shown, query, current, first);
      list.children[from]?.querySelector('a')?.focus();
    };
  };

  const runSearch = async (current: number) => {
    const state = readForm();
    // Submitted (or followed here as a link) now; a reference then opens its decision.
    const mayOpenNow = mayOpen;
    const checked = pageChecked;
    mayOpen = false;
    pageChecked = false;
    showFiltersCount(state);
    help.replaceChildren();
    const query = parseQuery(state.q);
    // An opening quote, or punctuation alone, is no search yet: not the whole archive.
    if (isEmpty(state) || (query.kind === 'none' && isEmpty({ ...state, q: '' }))) {
      list.replaceChildren();
      moreWrap.hidden = true;
      fillSelects('totals', state);
      form.dataset.counted = String(current);
      setStatus('Type words or a reference, or choose a council, outcome, remedy, category or years, to list decisions.');
      return;
    }
    setStatus('Searching…', true);
    if (mayOpenNow && !checked) {
      const page = await referencePage(query);
      if (current !== run) return;
      if (page) return open(page);
    }
    const filters = pagefindFilters(state, years);
    const order: Order = state.sort || (query.kind === 'none' ? 'newest' : 'relevance');
    const shardSearch = { query, filters, sort: state.sort };
    const what = describeState(state, query.kind === 'reference' ? `reference ${query.reference}` : query.kind === 'text' ? `“${describeQuery(query)}”` : '');

    // A search's first page, ranked for the whole archive: it stays, and the index's
    // results follow it.
    const firstPage = noFirstPage();
    // The index once the first result is on the page, or after FIRST_PAGE_WAIT whatever the first
    // page is doing (a network that answers slowly or not at all).
    const waited = window.setTimeout(() => void engineStarted(), FIRST_PAGE_WAIT);
    const first = await firstPageOf(query, state);
    if (current !== run) return window.clearTimeout(waited);
    if (first) {
      list.replaceChildren();
      // Each as soon as it and those above it have arrived; one that would not load is left out.
      for (const result of first) {
        const found = await result.catch(() => null);
        if (current !== run) return window.clearTimeout(waited);
        if (!found) continue;
        const { card, landing: at } = found;
        const unsaved = isOffline() && !(await isSavedOffline(card.url));
        if (current !== run) return window.clearTimeout(waited);
        list.append(resultItem({ card, landing: at, pinned: false, unsaved }));
        firstPage.shown.add(card.url);
        void engineStarted();
      }
      moreWrap.hidden = true;
      setStatus(`Searching the rest of the archive${what}…`, true);
    }
    window.clearTimeout(waited);
    try {
      engine = await engineStarted();
    } catch {
      if (current !== run) return;
      if (firstPage.shown.size) setStatus(`The rest of the archive could not be searched${what}: reload the page to try again.`);
      else engineFailed();
      return;
    }
    if (current !== run) return;
    // Newest shard first (oldest first for that order): the first results come from one shard alone.
    // The newest is asked at once; the others once their list has arrived.
    const listed = engine.shards();
    const visit = order === 'oldest' ? (await listed).shards.reverse() : [0];
    const answers: ShardAnswer[] = [];
    let failed = false;
    const ask = (k: number) =>
      engine.search(k, shardSearch).then(
        (a) => void (answers[k] = a),
        () => void ((failed = true), (answers[k] = { shard: k, hits: [], filters: null, missing: [] })),
      );
    await ask(visit[0]!);
    if (current !== run) return;

    /** The results on the page while the other shards answer. */
    let early: Hit[] = [];
    if (!firstPage.shown.size && answers[visit[0]!]!.hits.length && query.kind !== 'reference' && engine.knownShardCount() !== 1) {
      // The first shard's results while the others (or their list) arrive: they stay unless the
      // order changes them.
      list.replaceChildren();
      early = answers[visit[0]!]!.hits.slice(0, PAGE);
      await showMore(early, 0, query, current, firstPage);
      if (current !== run) return;
      moreWrap.hidden = true;
      setStatus(`Searching the rest of the archive${what}…`, true);
    }
    const { shards, complete } = await listed;
    if (current !== run) return;
    if (!complete) failed = true;
    if (order !== 'oldest') visit.push(...shards.slice(1));
    // The other shards once the first results are on the page, not competing with them.
    await Promise.all(visit.slice(1).map(ask));
    if (current !== run) return;

    let hits = mergeHits(answers.map((a) => a.hits), order);
    let pinned: Hit | null = null;
    if (query.kind === 'reference') {
      const head = hits.slice(0, 20);
      const fragments = await Promise.all(head.map((h) => h.load().catch(() => null)));
      if (current !== run) return;
      const at = fragments.findIndex((f) => f !== null && sameReference(f.meta.reference ?? '', query.reference));
      if (at >= 0) {
        pinned = head[at]!;
        // Straight to the decision, the search left behind it in the history; offline, only to a
        // decision saved on this device (otherwise it shows here, marked as not saved).
        const url = fragments[at]!.url;
        if (mayOpenNow && (!isOffline() || (await isSavedOffline(url)))) return open(url);
        if (current !== run) return;
        hits = hits.filter((h) => h !== pinned);
      }
    }

    firstPage.whole = !failed && complete;
    if (firstPage.shown.size) {
      // Below the first page, up to a page: the index's results it does not show already.
      await showMore(hits, 0, query, current, firstPage, PAGE - firstPage.shown.size);
      if (current !== run) return;
    } else if (!pinned && early.length && early.every((h, i) => hits[i] === h)) {
      // The first shard's results are still the first (a date order, or the best by relevance):
      // they stay as they are, and the reader's place in them too; the page fills up below them.
      await showMore(hits, early.length, query, current, firstPage, PAGE - early.length);
      if (current !== run) return;
    } else {
      list.replaceChildren();
      if (pinned) {
        const li = await item(pinned, query, firstPage, true);
        if (current !== run) return;
        if (li) list.append(li);
      }
      await showMore(hits, 0, query, current, firstPage);
      if (current !== run) return;
    }
    // The first page's decisions are among the index's results when every shard answered (FirstPage);
    // where the index answered in part, this is the least there are, and the status says so.
    const count = Math.max(hits.length + (pinned ? 1 : 0), firstPage.shown.size);
    // Offline, a shard whose files are not on this device cannot answer: say so rather than "none".
    // (Pagefind answers a chunk it could not load with no results, so the network is asked.)
    const wholeIndex = await holdsWholeIndex();
    const offline = isOffline() || (count === 0 && !wholeIndex && !(await networkAnswers()));
    const partial = failed || (offline && !wholeIndex);
    if (current !== run) return;
    if (count === 0) {
      const missing = query.kind === 'text' ? [...query.words, ...query.phrases].filter((p) => answers.every((a) => a.missing.includes(p))) : [];
      if (partial) {
        setStatus(
          `No decisions found${what} in the parts of the index saved on this device. ${offline ? 'You are offline, and this search may need a part that is not saved on this device: connect to the internet, or when you are online use “Save for offline” below.' : 'Part of the index could not be loaded: check your connection and try again.'}`,
        );
      } else if (missing.length && query.kind === 'text') {
        setStatus(`No decision contains ${missing.map((m) => `“${m}”`).join(' or ')}${describeState(state, '')}.`);
        void offerInstead(query, missing, state, current, shards);
      } else {
        const hints = [
          query.kind === 'reference' ? `There is no decision ${query.reference} in this archive, and none cites it.` : 'Try fewer or other words.',
          activeFilters(state) ? 'Remove a filter to widen the search.' : '',
        ].filter(Boolean);
        setStatus(`No decisions found${what}. ${hints.join(' ')}`);
      }
    } else {
      const found = `${formatCount(count)} ${count === 1 ? 'decision' : 'decisions'} found${what}.`;
      setStatus(partial ? `${found} ${offline ? 'You are offline: these come from the parts of the index saved on this device, and there may be more.' : 'Part of the index could not be loaded, and there may be more.'}` : found);
    }
    void showCounts(current, state, shardSearch, shards, complete);
  };

  /** When words are in no decision: the search without them, and other words the archive has. */
  const offerInstead = async (query: Query & { kind: 'text' }, missing: string[], state: SearchState, current: number, shards: number[]) => {
    const links: HTMLElement[] = [];
    const linkTo = (q: string, text: string) => {
      const a = document.createElement('a');
      a.href = `${location.pathname}${queryFromState({ ...state, q })}`;
      a.textContent = text;
      return a;
    };
    let rest = query as Query & { kind: 'text' };
    let without = '';
    for (const m of missing) {
      without = withoutPart(rest, m);
      rest = parseQuery(without) as Query & { kind: 'text' };
      if (rest.kind !== 'text') break;
    }
    if (without.trim()) links.push(linkTo(without, `Search for “${without.replaceAll('"', '')}” instead`));
    for (const m of missing) {
      for (const other of otherWords(m)) {
        // Only words some decision has.
        const found = await Promise.all(shards.map((k) => engine.search(k, { query: { kind: 'text', words: [other], phrases: [] }, filters: {}, sort: '' }).catch(() => null)));
        if (current !== run) return;
        if (found.some((a) => a?.hits.length)) links.push(linkTo(without.trim() ? `${without} ${other}` : other, `Search for “${other}”`));
      }
    }
    if (!links.length) return;
    const p = document.createElement('p');
    p.append(links.length > 1 ? 'Instead: ' : '');
    links.forEach((a, i) => p.append(...(i ? [', ', a] : [a])));
    help.replaceChildren(p);
  };

  /**
   * Each filter's counts as choosing one of its values would give: within the words and every other
   * filter, not its own (with one council chosen, the other councils keep their counts). Unknown
   * where a shard's counts would include results the search dropped, or where not every shard is
   * known (the list of shards would not load): the values are then listed bare.
   */
  const showCounts = async (current: number, state: SearchState, shardSearch: ShardSearch, shards: number[], complete: boolean) => {
    try {
      // Counts over part of the index would pass for the whole archive's: the values, bare.
      if (!complete) throw new Error('the list of shards could not be loaded');
      // Pagefind counts filter values only over the filter files it holds: all of them, first.
      await Promise.all(shards.map((k) => engine.loadFilters(k)));
      const again = async (s: typeof shardSearch) => {
        // Nothing more for a search the reader has moved on from.
        if (current !== run) throw new Error('superseded');
        return Promise.all(shards.map((k) => engine.search(k, s)));
      };
      // Asked again, now over every filter file: the results' own search may have run while some
      // were still arriving (an earlier search's counting loads them too).
      const answers = await again(shardSearch);
      let counts = sumFilters(answers.map((a) => a.filters));
      const chosen: FilterName[] = [...VALUE_FILTERS.filter((f) => state.filters[f]), ...(state.from || state.to ? (['year'] as const) : [])];
      for (const name of chosen) {
        if (!counts) break;
        const others = { ...shardSearch.filters };
        delete others[name];
        const without = sumFilters((await again({ ...shardSearch, filters: others })).map((a) => a.filters));
        counts = without ? { ...counts, [name]: without[name] ?? {} } : null;
      }
      if (current !== run) return;
      fillSelects(counts, state);
      // For tests and tools: the counts shown are those of search number `current`.
      form.dataset.counted = String(current);
    } catch {
      // Offline without the filter files (or a shard failing): the values, without counts, rather
      // than an earlier search's.
      if (current !== run) return;
      fillSelects(null, state);
      form.dataset.counted = String(current);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    updateUrl(typing ? 'replace' : 'push');
    typing = false;
    mayOpen = true;
    void search();
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      updateUrl(typing ? 'replace' : 'push');
      typing = true;
      mayOpen = false;
      void search();
    }, TYPING_DELAY);
  });
  for (const select of [...selects.values(), from, to, sort]) {
    select.addEventListener('change', () => {
      typing = false;
      mayOpen = false;
      updateUrl('push');
      void search();
    });
  }
  clear.addEventListener('click', () => {
    for (const select of [...selects.values(), from, to]) select.value = '';
    sort.value = '';
    typing = false;
    updateUrl('push');
    void search();
    input.focus();
  });
  // The help's other searches run here, as a search of their own (Back returns to this one).
  help.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    writeForm(stateFromQuery(location.search));
    typing = false;
    mayOpen = false;
    void search();
    input.focus();
  });
  // Back from a decision a reference opened, with the page kept whole in the browser's memory: the
  // search it was running when it left, shown this time.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted || !leftForDecision) return;
    leftForDecision = false;
    mayOpen = false;
    writeForm(stateFromQuery(location.search));
    void search();
  });
  window.addEventListener('popstate', () => {
    typing = false;
    mayOpen = false;
    writeForm(stateFromQuery(location.search));
    void search();
  });

  writeForm(stateFromQuery(location.search));
  form.dataset.ready = 'true';
  await search();
}

