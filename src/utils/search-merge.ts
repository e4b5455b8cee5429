/**
 * The answers of the search index's shards (one Pagefind index per run of decision dates, newest
 * first) as one list. Pure: src/scripts/search/engine.ts asks each shard, this merges.
 */

export type FilterCounts = Record<string, Record<string, number>>;

export interface Ranked {
  /** The shard's place in the list of shards: 0 is the newest decisions. */
  shard: number;
  score: number;
}

export type Order = 'relevance' | 'newest' | 'oldest';

/**
 * One list from each shard's own (each in its shard's order). Sorted by date, the shards are date
 * ranges: each shard's list in turn, newest shard first (or last, oldest first). By relevance, by
 * score: each shard scores its own decisions, and a word's rarity differs a little between shards,
 * so scores compare across shards only roughly, which is as close as separate indexes allow.
 */
export function mergeHits<T extends Ranked>(perShard: ReadonlyArray<readonly T[]>, order: Order): T[] {
  if (order === 'newest') return perShard.flat();
  if (order === 'oldest') return [...perShard].reverse().flat();
  // Stable: equal scores keep the newer shard first.
  return perShard.flat().sort((a, b) => b.score - a.score);
}

/** The shards' filter counts added up; unknown (null) when any shard's are. */
export function sumFilters(perShard: ReadonlyArray<FilterCounts | null>): FilterCounts | null {
  const total: FilterCounts = {};
  for (const filters of perShard) {
    if (!filters) return null;
    for (const [name, values] of Object.entries(filters)) {
      const into = (total[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return total;
}

/** What a search clause allows in one shard: every result, only these, or none. */
export type Allowed = 'all' | ReadonlySet<string> | 'none';

/** The candidates every clause allows, in the candidates' order. */
export function allowedHits<T extends { id: string }>(candidates: readonly T[], allowed: readonly Allowed[]): T[] {
  if (allowed.includes('none')) return [];
  const sets = allowed.filter((a): a is ReadonlySet<string> => a !== 'all' && a !== 'none');
  return sets.length ? candidates.filter((c) => sets.every((s) => s.has(c.id))) : [...candidates];
}

/**
 * What one search word allows in a shard, from Pagefind's two answers to it there: `exact` (a quoted
 * search: decisions with the word's own stem) and `loose` (its unquoted search: stems that begin
 * with it, or, failing any, Pagefind's fallback to a shorter stem). `exact` is within `loose`.
 * `firstAnswers` says whether the first loose result's matched words answer the word
 * (src/utils/search-match.ts): asked only when the shard lacks the word's own stem.
 */
export async function allowedForWord(
  exact: readonly { id: string }[],
  loose: readonly { id: string }[],
  extends_: boolean,
  firstAnswers: () => Promise<boolean>,
): Promise<Allowed> {
  if (loose.length === 0) return 'none';
  // The same decisions either way: nothing longer, nothing shorter.
  if (exact.length === loose.length) return 'all';
  if (exact.length > 0) return extends_ ? 'all' : new Set(exact.map((r) => r.id));
  // No decision here has the word's own stem: longer stems (extends_) count, a fallback never does.
  if (!extends_) return 'none';
  return (await firstAnswers()) ? 'all' : 'none';
}

/**
 * How many of the index's results are left to show below a first page ranked at build time
 * (src/contracts/first-page.ts), `consumed` of them passed already: those the first page shows are
 * not more to show. Only where every shard answered (`whole`) are all of them known to be among the
 * index's results; otherwise the ones not met yet may not be, and are not taken off.
 */
export function remainingResults(results: number, consumed: number, first: { shown: number; met: number; whole: boolean }): number {
  return Math.max(0, results - consumed - (first.whole ? first.shown - first.met : 0));
}

/**
 * What a first page knows of one word searched (src/contracts/first-page.ts): its list, pairs of
 * decision and relevance, best first, flat; and, where the list is not all of them, the other
 * decisions that use it, in the archive's order, as distances from the one before (the first's
 * from -1).
 */
export interface WordDecisions {
  list: readonly number[];
  others?: readonly number[] | undefined;
}

/** Whether an ascending list holds a number. */
function holds(ascending: readonly number[], value: number): boolean {
  let low = 0;
  let high = ascending.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = ascending[mid]!;
    if (at === value) return true;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/**
 * The decisions that every word searched is in (each word's list and others), by their relevance
 * added up, best first; ties to the decision with the lower number, the newer. A decision beyond a
 * word's list counts that word at the list's last relevance, the most it can have. The first
 * `size` of them.
 *
 * A common word is in most of the archive ("council": some 57,000 others), so nothing is done for
 * each of its decisions but reading them: the decisions on some list are scored, and of those beyond
 * every list, which all score the least any can, only the newest `size` are needed.
 */
export function onEveryWord(words: readonly WordDecisions[], size: number): number[] {
  if (!words.length) return [];
  const each = words.map(({ list, others = [] }) => {
    const relevance = new Map<number, number>();
    for (let i = 0; i + 1 < list.length; i += 2) relevance.set(list[i]!, list[i + 1]!);
    const rest = new Array<number>(others.length);
    let at = -1;
    for (let i = 0; i < others.length; i++) rest[i] = at += others[i]!;
    return { relevance, rest, beyond: rest.length ? (list[list.length - 1] ?? 0) : 0 };
  });
  const found: [decision: number, relevance: number][] = [];
  const scored = new Set<number>();
  for (const word of each) {
    for (const decision of word.relevance.keys()) {
      if (scored.has(decision)) continue;
      scored.add(decision);
      let sum = 0;
      let everyWord = true;
      for (const other of each) {
        const relevance = other.relevance.get(decision);
        if (relevance !== undefined) sum += relevance;
        else if (holds(other.rest, decision)) sum += other.beyond;
        else {
          everyWord = false;
          break;
        }
      }
      if (everyWord) found.push([decision, sum]);
    }
  }
  // Beyond every list: in every word's others. From the word with fewest, newest first.
  const least = each.reduce((sum, word) => sum + word.beyond, 0);
  const fewest = each.reduce((a, b) => (b.rest.length < a.rest.length ? b : a));
  let beyondEvery = 0;
  for (const decision of fewest.rest) {
    if (beyondEvery === size) break;
    if (each.every((word) => word === fewest || holds(word.rest, decision))) {
      found.push([decision, least]);
      beyondEvery++;
    }
  }
  return found.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, size).map(([decision]) => decision);
}
