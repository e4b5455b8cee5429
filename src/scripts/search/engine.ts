/**
 * The search index, as the search page asks it: one Pagefind instance per shard (Pagefind's own
 * `createInstance`, one bundle each), created when first asked, newest shard first, answering with
 * plain data. What a search word may match is decided here, not by Pagefind's fallback
 * (src/utils/search-match.ts, src/utils/search-merge.ts): a result contains every word searched.
 */
import type { FilterCounts } from '../../utils/search-merge';
import { allowedForWord, allowedHits, type Allowed } from '../../utils/search-merge';
import { answersWord, EXTENSION_MIN, stemOf, wordsOf } from '../../utils/search-match';
import type { Query } from '../../utils/search-query';
import type { ResultFragment } from '../../utils/search-result';
import type { Sort } from './url-state';

/** A result's page as Pagefind gives it (its fragment): what the presenter reads, and the metadata. */
export interface Fragment extends ResultFragment {
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<Fragment | null>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
type PagefindFilters = Record<string, string | { any: string[] }>;
interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindInstance {
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string | null, o?: PagefindSearchOptions) => Promise<PagefindResponse | null>;
  filters: () => Promise<FilterCounts>;
}
/** The part of Pagefind's JavaScript API (pagefind.js) used here. */
export interface PagefindModule {
  createInstance: (o: { basePath: string } & Record<string, unknown>) => PagefindInstance;
}

export interface Hit {
  shard: number;
  id: string;
  score: number;
  load: () => Promise<Fragment>;
}

export interface ShardAnswer {
  shard: number;
  hits: Hit[];
  /** Pagefind's counts of the hits per filter value; null where they would count dropped results. */
  filters: FilterCounts | null;
  /** The query's words and phrases that no decision of this shard contains. */
  missing: string[];
}

export interface ShardSearch {
  query: Query;
  filters: PagefindFilters;
  sort: Sort;
}

export class SearchEngine {
  private readonly instances = new Map<number, Promise<PagefindInstance>>();
  /**
   * Pagefind sets its WebAssembly up once per worker, by the first instance to load it; two loading
   * it at once each set it up, and the first one's memory is lost under it ("memory access out of
   * bounds"). So until one instance is ready, instances start one after another.
   */
  private started = false;
  private queue: Promise<unknown> = Promise.resolve();
  /** Each shard's bundle folder (its basePath), newest first: the newest at once, the others once listed. */
  private readonly bundles: string[];
  /** Whether the other shards are listed in `bundles`: false while their list has failed to load. */
  private listed: Promise<boolean>;
  private known = false;

  constructor(
    private readonly pagefind: PagefindModule,
    /** The newest shard's folder: the primary index, always at pagefind/. */
    primary: string,
    /** Fetches the other shards' folders, newest first (the list of shards): now, and again if it fails. */
    private readonly listOthers: () => Promise<readonly string[]>,
    private readonly options: Record<string, unknown>,
  ) {
    this.bundles = [primary];
    this.listed = this.list();
    // Pagefind starts its one web worker from the first instance's folder: the newest shard's, the
    // only one that keeps Pagefind's scripts (scripts/integrations/pagefind.ts). It starts now,
    // without waiting for the list of the others.
    void this.instance(0).catch(() => undefined);
  }

  /** How many shards there are, once their list has arrived; null until then, or while it fails. */
  knownShardCount(): number | null {
    return this.known ? this.bundles.length : null;
  }

  private list(): Promise<boolean> {
    return this.listOthers().then(
      // In place of any listed before: the newest stays first.
      (folders) => (this.bundles.splice(1, Infinity, ...folders), (this.known = true)),
      () => false,
    );
  }

  /**
   * Every shard's number, newest first, once the list of shards has arrived; `complete` is false
   * when it could not be loaded (asked for again at the next call), and only the newest shard,
   * known without it, can answer.
   */
  async shards(): Promise<{ shards: number[]; complete: boolean }> {
    const listing = this.listed;
    let complete = await listing;
    if (!complete) {
      // One request again, however many ask at once.
      if (this.listed === listing) this.listed = this.list();
      complete = await this.listed;
    }
    return { shards: [...this.bundles.keys()], complete };
  }

  private instance(shard: number): Promise<PagefindInstance> {
    let instance = this.instances.get(shard);
    if (!instance) {
      const start = async () => {
        // The options with the folder: the instance fetches its entry file as it is created.
        const pf = this.pagefind.createInstance({ basePath: this.bundles[shard]!, ...this.options });
        await pf.init();
        // Resolves once its WebAssembly and metadata are loaded (a search of nothing fetches nothing).
        await pf.preload('');
        this.started = true;
        return pf;
      };
      let made: Promise<PagefindInstance>;
      if (this.started) made = start();
      else {
        made = this.queue.then(start, start);
        this.queue = made.catch(() => undefined);
      }
      instance = made;
      this.instances.set(shard, instance);
    }
    return instance;
  }

  /**
   * A shard that failed (offline, say) is made again at the next search: Pagefind keeps an
   * instance's failed start and fails every search of it after.
   */
  private async retrying<T>(shard: number, ask: (pf: PagefindInstance) => Promise<T>): Promise<T> {
    try {
      return await ask(await this.instance(shard));
    } catch (error) {
      this.instances.delete(shard);
      throw error;
    }
  }

  private readonly filtersOf = new WeakMap<PagefindInstance, Promise<unknown>>();

  /** Loads all of a shard's filter files, once for each instance of it. */
  loadFilters(shard: number): Promise<unknown> {
    return this.retrying(shard, (pf) => {
      let loading = this.filtersOf.get(pf);
      if (!loading) {
        loading = pf.filters();
        this.filtersOf.set(pf, loading);
        loading.catch(() => this.filtersOf.delete(pf));
      }
      return loading;
    });
  }

  search(shard: number, request: ShardSearch): Promise<ShardAnswer> {
    return this.retrying(shard, (pf) => this.searchIn(pf, shard, request));
  }

  private async searchIn(pf: PagefindInstance, shard: number, { query, filters, sort }: ShardSearch): Promise<ShardAnswer> {
    const order = sort === 'oldest' ? { date: 'asc' as const } : sort === 'newest' ? { date: 'desc' as const } : undefined;
    const answer = (response: PagefindResponse | null, allowed: Allowed[] = [], missing: string[] = []): ShardAnswer => {
      // The result object itself is kept: Pagefind releases a result's text once it is collected.
      const candidates = (response?.results ?? []).map((r) => ({ shard, id: r.id, score: r.score, load: () => fragmentOf(r) }));
      if (allowed.includes('none')) return { shard, hits: [], filters: {}, missing };
      const restricted = allowed.some((a) => a !== 'all');
      return { shard, hits: allowedHits(candidates, allowed), filters: restricted ? null : (response?.filters ?? {}), missing };
    };

    if (query.kind === 'none') {
      // Filters without words: newest first, unless another order was asked for.
      return answer(await pf.search(null, { filters, sort: order ?? { date: 'desc' } }));
    }
    if (query.kind === 'reference') {
      // Its decision, then any that cite it: the reference as the phrase it is printed as.
      return answer(await pf.search(`"${query.reference}"`, { filters, ...(order ? { sort: order } : {}) }));
    }

    // One word, no filter, no order: its own loose search is the ranked candidates too.
    const alone = query.words.length === 1 && !query.phrases.length && !Object.keys(filters).length && !order;
    let looseAlone: Promise<PagefindResponse | null> | null = null;
    const wordAllowed = await Promise.all(
      query.words.map(async (word): Promise<Allowed> => {
        const stem = stemOf(word);
        if (!stem) return 'all';
        const looseSearch = pf.search(word);
        if (alone) looseAlone = looseSearch;
        const [exact, loose] = await Promise.all([pf.search(`"${word}"`), looseSearch]);
        const firstAnswers = async () => {
          const first = loose?.results[0];
          if (!first) return false;
          const fragment = await fragmentOf(first);
          const words = wordsOf(fragment.content);
          return fragment.weighted_locations.some((l) => answersWord(stem, words[l.location] ?? ''));
        };
        return allowedForWord(exact?.results ?? [], loose?.results ?? [], stem.length >= EXTENSION_MIN, firstAnswers);
      }),
    );
    const phraseAllowed = await Promise.all(
      query.phrases.map(async (phrase): Promise<Allowed> => {
        const exact = (await pf.search(`"${phrase}"`))?.results ?? [];
        return exact.length ? new Set(exact.map((r) => r.id)) : 'none';
      }),
    );
    const missing = [...query.words.filter((_, i) => wordAllowed[i] === 'none'), ...query.phrases.filter((_, i) => phraseAllowed[i] === 'none')];
    if (missing.length) return { shard, hits: [], filters: {}, missing };
    // Ranked by Pagefind over the words (a phrase alone: by its own exact search).
    const term = query.words.length ? query.words.join(' ') : `"${query.phrases[0]}"`;
    const candidates = await (looseAlone ?? pf.search(term, { filters, ...(order ? { sort: order } : {}) }));
    // A lone phrase's candidates are its exact answer already; as a set it would only repeat that.
    return answer(candidates, query.words.length ? [...wordAllowed, ...phraseAllowed] : phraseAllowed.slice(1), missing);
  }
}

async function fragmentOf(result: PagefindResult): Promise<Fragment> {
  const fragment = await result.data();
  if (!fragment) throw new Error(`Pagefind has no text for result ${result.id}`);
  return fragment;
}
