/**
 * The first page of results of a search of words, ranked once for the whole archive at build time
 * (scripts/integrations/first-page.ts writes it; src/scripts/search.ts reads it). The search index
 * is one Pagefind index per run of dates (its shards): the best results of the newest shard, shown
 * first, were replaced once the older shards answered, and each shard costs a chain of requests
 * before its first answer. This answers a word's first page with one small file and each result's
 * decision JSON, in an order no later answer changes: the shards' results only follow it. It holds
 * the decisions whose title or summary uses the word (src/utils/first-page.ts says why); the
 * shards' results add the others. For several words, the decisions whose title or summary uses
 * every word.
 *
 * The files are buckets of search stems (by a hash of the stem), each holding every stem of its
 * bucket with its first page's decisions and what each result shows of its decision, and, for
 * searches of several words, its best decisions with their relevance; beside them, for those
 * searches too, every other decision that uses each stem, and every decision's card by its place in
 * the archive.
 * Where the words are in each decision, the search page finds in the decision's own JSON, as the
 * index would: that is most of what a result weighs, and the build would otherwise find it for
 * every word of the archive.
 * zod/mini, for the reason search-index.ts gives.
 */
import * as z from 'zod/mini';

/** The folder of the buckets, from the site's base. */
export const FIRST_PAGE_DIR = 'search/first-page/';
/** Results on a first page. */
export const FIRST_PAGE_SIZE = 10;
/**
 * Decisions listed per stem with their relevance, best first, for searches of several words: the
 * decisions whose title or summary uses every word are ranked by their relevance to each added up,
 * a decision beyond a word's list counted at the list's last (the most it can have).
 */
export const FIRST_PAGE_LIST = 200;
/** Decisions' cards per file, by their place in the archive (newest first). */
export const CARDS_PER_FILE = 100;
/** Decisions per bucket, about: a bucket's stems grow with the archive's words. */
const DECISIONS_PER_BUCKET = 25;

/** How many buckets an archive of this many decisions is written in. */
export function firstPageBuckets(decisions: number): number {
  return Math.max(1, Math.ceil(decisions / DECISIONS_PER_BUCKET));
}

/** A stem's bucket: FNV-1a over its UTF-16 code units, the same in the build and the browser. */
export function bucketOf(stem: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < stem.length; i++) {
    hash ^= stem.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

export function firstPageFile(bucket: number): string {
  return `${FIRST_PAGE_DIR}${bucket}.json`;
}

/**
 * A stem's entry in one of a bucket's records, or undefined: its own, never a prototype's (a stem
 * such as "constructor" would otherwise read a function).
 */
export function ofStem<T>(record: Readonly<Record<string, T>>, stem: string): T | undefined {
  return Object.hasOwn(record, stem) ? record[stem] : undefined;
}

/** The file of a bucket's stems' other decisions (FirstPageOthersSchema). */
export function othersFile(bucket: number): string {
  return `${FIRST_PAGE_DIR}others/${bucket}.json`;
}

/** The file of the cards of decisions CARDS_PER_FILE × file to the next file's first. */
export function cardsFile(file: number): string {
  return `${FIRST_PAGE_DIR}cards/${file}.json`;
}

/** What a result shows of its decision (src/utils/search-result.ts, ResultCard). */
export const CardSchema = z.object({
  url: z.string(),
  council: z.string(),
  reference: z.string(),
  /** The archive's name of the outcome (the outcome filter's value), and the statement's own label. */
  outcome: z.string(),
  outcomeLabel: z.string(),
  date: z.string(),
  /** The subcategory's filter value where there is one, else the category's. */
  category: z.string(),
  /** The remedies at a glance ("Apology · £300"), or "". */
  remedies: z.string(),
});
export type ResultCard = z.infer<typeof CardSchema>;

export const FirstPageBucketSchema = z.object({
  /** The decisions of the bucket's first pages, each once. */
  cards: z.array(CardSchema),
  /** Each search stem's first page, best first, as places in `cards`. */
  stems: z.record(z.string(), z.array(z.number())),
  /**
   * Each stem's first FIRST_PAGE_LIST decisions, best first, for searches of several words: pairs
   * of the decision's place in the archive (its card in cardsFile) and its relevance in
   * ten-thousandths, flat.
   */
  lists: z.record(z.string(), z.array(z.number())),
});
export type FirstPageBucket = z.infer<typeof FirstPageBucketSchema>;

/**
 * Beside each bucket, for searches of several words alone: for each of its stems whose list is not
 * all of its decisions, the rest of the decisions whose title or summary uses it, in the archive's
 * order, each as its distance from the one before (the first's from -1). So the decisions that use
 * every word searched are known, not only those on every word's list; a search of one word does
 * not fetch them ("council" has some 57,000).
 */
export const FirstPageOthersSchema = z.record(z.string(), z.array(z.number()));
export type FirstPageOthers = z.infer<typeof FirstPageOthersSchema>;

/** The cards of CARDS_PER_FILE decisions in the archive's order. */
export const CardsFileSchema = z.array(CardSchema);

/**
 * What the search page reads of a first page's decision, from its JSON (/decisions/<slug>.json, the
 * Decision schema's), to show where the word is in it: the summary and the statement.
 */
const ListItemSchema = z.object({
  marker: z.string(),
  label: z.nullable(z.string()),
  anchor: z.nullable(z.string()),
  text: z.string(),
  get children(): z.ZodMiniArray<typeof ListItemSchema> {
    return z.array(ListItemSchema);
  },
});
const TextBlockSchema = z.object({ type: z.literal('text'), text: z.string(), anchor: z.nullable(z.string()) });
const ListBlockSchema = z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(ListItemSchema), anchor: z.nullable(z.string()) });
const BlockSchema = z.discriminatedUnion('type', [TextBlockSchema, ListBlockSchema]);
const ParagraphSchema = z.object({ type: z.literal('paragraph'), number: z.number(), text: z.string(), blocks: z.array(BlockSchema) });

export const DecisionTextSchema = z.object({
  summary: z.string(),
  sections: z.array(
    z.object({
      heading: z.nullable(z.string()),
      id: z.string(),
      subsections: z.array(
        z.object({ heading: z.nullable(z.string()), id: z.nullable(z.string()), content: z.array(z.discriminatedUnion('type', [ParagraphSchema, TextBlockSchema, ListBlockSchema])) }),
      ),
    }),
  ),
});
export type DecisionText = z.infer<typeof DecisionTextSchema>;
