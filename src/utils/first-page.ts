/**
 * The first page of each search of words, ranked for the whole archive at once (the contract:
 * src/contracts/first-page.ts). Pure: scripts/integrations/first-page.ts feeds the ranking the
 * decisions and writes what it returns; the search page finds where the word is in each
 * (src/utils/search-text.ts, stemLanding).
 *
 * A first page holds the decisions whose title or summary uses the word, the ones the index ranks
 * highest too (the page weighs them 10 and 5 times the statement): by how often they use it,
 * weighted so, against their length (BM25's term weight, without the word's rarity, which is the
 * same for every decision of one word's page). A decision that uses the word only in its statement
 * follows among the index's results. Ranked by the archive index alone, the whole archive's first
 * pages take seconds at 60,000, where ranking every statement's thousands of words took minutes.
 *
 * A search word is answered as the search page answers it (src/utils/search-match.ts): by its own
 * stem, and, for a stem of EXTENSION_MIN letters or more, by the longer stems that begin with it.
 * So each printed word counts for its stem and for each of its stem's beginnings of that length.
 */
import { FIRST_PAGE_LIST, type FirstPageBucket, type FirstPageOthers, type ResultCard } from '../contracts/first-page';
import type { DecisionMeta } from './archive-index';
import { remedySummary } from './remedies';
import { decisionFilters } from './search-filters';
import { EXTENSION_MIN, indexedForms, stemOf } from './search-match';
import { SUMMARY_WEIGHT, type SearchText } from './search-text';

/**
 * BM25's usual constants, and the usual length of a decision's title and summary in words, against
 * which each is weighed. A use is counted at its weight (10 in the title, 5 in the summary), so the
 * saturation constant is counted in summary uses: a second mention adds what BM25's second would.
 */
const K1 = 1.2 * SUMMARY_WEIGHT;
const B = 0.75;
const TYPICAL_LENGTH = 80;

/** How much a decision with `uses` weighted uses of a word in a title and summary of `length` words is about it. */
export function relevance(uses: number, length: number): number {
  return uses / (uses + K1 * (1 - B + (B * length) / TYPICAL_LENGTH));
}


/**
 * The search stems a printed word answers: each of its stems (the word's and its parts'), and their
 * beginnings from EXTENSION_MIN letters. The first `own` are its stems themselves.
 */
export function searchStemsOf(printed: string): { stems: string[]; own: number } {
  const own = new Set<string>();
  for (const part of indexedForms(printed)) {
    const stem = stemOf(part);
    if (stem) own.add(stem);
  }
  const out = new Set(own);
  for (const stem of own) for (let k = EXTENSION_MIN; k < stem.length; k++) out.add(stem.slice(0, k));
  return { stems: [...out], own: own.size };
}

/**
 * Each search stem's best decisions, as decisions are added one by one: the first FIRST_PAGE_LIST
 * by relevance, ties to the decision added first (the archive adds them newest first); and the
 * others that use it, for searches of several words. Stems are numbered as first met, and counted
 * in typed arrays.
 */
export class FirstPageRanking {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  /** A printed word's stems' numbers, its own stems first: a statement repeats most of its words, and stemming is slow. */
  private readonly words = new Map<string, { ids: Int32Array; own: number }>();
  /** Per stem: [relevance, decision, relevance, decision, …], best first. */
  private readonly top: number[][] = [];
  /** Per stem: the decisions that use it and are not (or no longer) in `top`; none for most. */
  private readonly beyond: (number[] | undefined)[] = [];
  /** Stems decisions use: only these are kept (their beginnings alone are not words anyone searched). */
  private used = new Uint8Array(1024);
  private uses = new Float64Array(1024);

  private idOf(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.names.push(stem) - 1;
      this.ids.set(stem, id);
      this.top.push([]);
      this.beyond.push(undefined);
      if (id >= this.uses.length) {
        const uses = new Float64Array(this.uses.length * 2);
        uses.set(this.uses);
        this.uses = uses;
        const used = new Uint8Array(this.used.length * 2);
        used.set(this.used);
        this.used = used;
      }
    }
    return id;
  }

  private stemsOf(printed: string): { ids: Int32Array; own: number } {
    let word = this.words.get(printed);
    if (!word) {
      const { stems, own } = searchStemsOf(printed);
      word = { ids: Int32Array.from(stems, (s) => this.idOf(s)), own };
      // Bounded: the archive's rarer spellings are not worth keeping.
      if (this.words.size < 1_000_000) this.words.set(printed, word);
    }
    return word;
  }

  add(decision: number, text: SearchText): void {
    const touched: number[] = [];
    text.words.forEach((printed, i) => {
      const { ids, own } = this.stemsOf(printed);
      const weight = text.weights[i]!;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (this.uses[id] === 0) touched.push(id);
        this.uses[id] = this.uses[id]! + weight;
        if (k < own) this.used[id] = 1;
      }
    });
    const length = text.words.length;
    for (const id of touched) {
      this.offer(id, relevance(this.uses[id]!, length), decision);
      this.uses[id] = 0;
    }
  }

  private offer(id: number, score: number, decision: number): void {
    const list = this.top[id]!;
    if (list.length >= FIRST_PAGE_LIST * 2 && score <= list[list.length - 2]!) {
      (this.beyond[id] ??= []).push(decision);
      return;
    }
    // After every entry as good or better: a tie goes to the decision added first.
    let at = list.length;
    while (at > 0 && list[at - 2]! < score) at -= 2;
    list.splice(at, 0, score, decision);
    if (list.length > FIRST_PAGE_LIST * 2) {
      (this.beyond[id] ??= []).push(list[list.length - 1]!);
      list.length = FIRST_PAGE_LIST * 2;
    }
  }

  /**
   * Each stem decisions use, with its listed decisions, best first, and their relevance; and the
   * other decisions that use it, lowest number first (the build numbers them as it adds them).
   */
  *lists(): Generator<[stem: string, decisions: number[], relevance: number[], others: number[]]> {
    for (let id = 0; id < this.names.length; id++) {
      if (!this.used[id]) continue;
      const list = this.top[id]!;
      const others = (this.beyond[id] ?? []).sort((a, b) => a - b);
      yield [this.names[id]!, list.filter((_, i) => i % 2 === 1), list.filter((_, i) => i % 2 === 0), others];
    }
  }

}

/** What a result shows of its decision, from the archive's record, as its page gives Pagefind the values. */
export function cardOfMeta(meta: DecisionMeta, url: string): ResultCard {
  const filters = decisionFilters(meta);
  return {
    url,
    council: filters.council ?? meta.authority.name,
    reference: meta.reference,
    outcome: filters.outcome ?? '',
    outcomeLabel: meta.outcomeLabel,
    date: meta.decisionDate,
    category: filters.subcategory ?? filters.category ?? '',
    remedies: remedySummary(meta),
  };
}

/** Relevance as written in the lists: in ten-thousandths (src/contracts/first-page.ts). */
const RELEVANCE_SCALE = 10_000;

/** A bucket's file: its stems' first pages, and each of their decisions' cards once. */
export class BucketWriter {
  private readonly cards: ResultCard[] = [];
  private readonly cardAt = new Map<string, number>();
  private readonly stems: FirstPageBucket['stems'] = {};

  /** A stem's list for searches of several words: decisions by their place in the archive, and their relevance. */
  private readonly lists: FirstPageBucket['lists'] = {};
  private readonly beyond: FirstPageOthers = {};

  /** A stem's list, and the other decisions that use it, in the archive's order. */
  list(stem: string, decisions: readonly number[], relevance: readonly number[], others: readonly number[] = []): void {
    this.lists[stem] = decisions.flatMap((d, i) => [d, Math.round(relevance[i]! * RELEVANCE_SCALE)]);
    if (others.length) this.beyond[stem] = others.map((d, i) => d - (i === 0 ? -1 : others[i - 1]!));
  }

  /** A stem's first page, best first. */
  add(stem: string, page: readonly ResultCard[]): void {
    this.stems[stem] = page.map((card) => {
      let at = this.cardAt.get(card.url);
      if (at === undefined) {
        at = this.cards.push(card) - 1;
        this.cardAt.set(card.url, at);
      }
      return at;
    });
  }

  bucket(): FirstPageBucket {
    return { cards: this.cards, stems: this.stems, lists: this.lists };
  }

  /** The file beside the bucket: its stems' other decisions. */
  others(): FirstPageOthers {
    return this.beyond;
  }
}
