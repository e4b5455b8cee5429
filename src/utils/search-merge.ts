/**
 * Merging the answers of several search shards as one index would answer.
 *
 * Pagefind, asked for a word that one shard lacks, answers from that shard with the longest of its
 * words that begins the search word ("med" for "mediation"): a single index does that only when no
 * part of it has the word. So for each search word, the shards that have it exactly (a quoted,
 * exact search) are the ones whose answers count; a word that no shard has exactly (a typing
 * prefix, a misspelling) leaves every shard's answer, as a single index would.
 */

export type FilterCounts = Record<string, Record<string, number>>;

/** The search words whose shards matter: none for a phrase or reference search, which is exact already. */
export function searchWords(term: string | null): string[] {
  if (!term || /^\s*".+"\s*$/.test(term)) return [];
  return [...new Set(term.split(/\s+/).map((w) => w.replaceAll('"', '')).filter(Boolean))];
}

/** Shards to keep: those that have every word that some shard has exactly. */
export function shardsToKeep(shardCount: number, exactShardsPerWord: ReadonlyArray<ReadonlySet<number>>): Set<number> {
  const keep = new Set(Array.from({ length: shardCount }, (_, k) => k));
  for (const having of exactShardsPerWord) {
    if (having.size === 0) continue;
    for (const k of [...keep]) if (!having.has(k)) keep.delete(k);
  }
  return keep;
}

/** The filter counts of the kept shards, added up. */
export function sumFilters(perShard: readonly FilterCounts[], keep: ReadonlySet<number>): FilterCounts {
  const total: FilterCounts = {};
  perShard.forEach((filters, k) => {
    if (!keep.has(k)) return;
    for (const [name, values] of Object.entries(filters)) {
      const into = (total[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  });
  return total;
}
