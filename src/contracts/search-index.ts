/**
 * What the build and the search page agree on about the search index (scripts/integrations/pagefind.ts
 * writes it; src/scripts/search.ts reads it).
 *
 * zod/mini, not zod: the search page checks what it fetches with these schemas, and a bundle keeps
 * only the zod/mini functions it uses (about 4 kB gzipped here, against 23 kB for zod).
 */
import * as z from 'zod/mini';

/** The list of the index's shards (src/utils/search-shards.ts), from the site's base. */
export const SHARDS_FILE = 'pagefind/shards.json';

const shard = { id: z.string(), key: z.string(), decisions: z.number() };

export const SearchIndexFileSchema = z.object({
  /** The newest shard, the primary index at pagefind/. */
  primary: z.object(shard),
  /** The others, newest first: the search page merges them in this order. */
  shards: z.array(z.object({ ...shard, path: z.string() })),
});
export type SearchIndexFile = z.infer<typeof SearchIndexFileSchema>;

/**
 * Marks where a decision page stops mattering to the search index: Pagefind reads nothing after it,
 * so a shard's cache key hashes only the page before it (src/utils/search-shards.ts, indexedPart).
 */
export const INDEX_END_MARKER = 'data-search-index-end';
/** The marker as attributes, for the element that begins the part of the page Pagefind ignores. */
export const INDEX_END = { [INDEX_END_MARKER]: '' } as const;
