/**
 * A search result as the search page shows it, from Pagefind's fragment of the decision page and
 * the query: where to land (the paragraph that matches best, its words to highlight), how many
 * paragraphs match, and the first few with an excerpt each. Pure.
 */
import { HIGHLIGHT_PARAM } from '../contracts/highlight';
import { answersWord, stemOf, wordsOf } from './search-match';
import { bestPart, matchedParts, partExcerpt, type Anchor, type ExcerptSegment, type MatchedPart, type WeightedLocation } from './search-paragraphs';
import type { ResultCard } from '../contracts/first-page';
import { normaliseWord, type Query } from './search-query';

export type { ResultCard };

/** Sub-results listed under a result. */
export const PARTS_LISTED = 3;
/** Forms of the words searched that a result's link carries to highlight on arrival, at most. */
const HIGHLIGHTED = 8;

export interface ResultFragment {
  url: string;
  content: string;
  word_count: number;
  anchors: Anchor[];
  weighted_locations: WeightedLocation[];
}

export interface ResultPart {
  label: string;
  href: string;
  excerpt: { segments: ExcerptSegment[]; before: boolean; after: boolean };
}

export interface ResultLanding {
  /** The decision, at its best-matching paragraph, with the words to highlight. */
  href: string;
  /** Numbered paragraphs with a match. */
  paragraphs: number;
  /** The first few matched numbered paragraphs, in the decision's order. */
  parts: ResultPart[];
  /** The best part's excerpt (the result's own excerpt). */
  excerpt: ResultPart['excerpt'] | null;
}

/** Whether the word at a place of the fragment is one the query asked for. */
function answering(query: Query, words: readonly string[]): (location: number) => boolean {
  if (query.kind !== 'text') return () => query.kind === 'reference';
  const stems = [...query.words, ...query.phrases.flatMap((p) => p.split(' '))].map(stemOf).filter(Boolean);
  return (location) => {
    const word = words[location] ?? '';
    return stems.some((s) => answersWord(s, word));
  };
}

function link(url: string, highlight: readonly string[], id: string | null): string {
  const params = new URLSearchParams();
  for (const w of highlight) params.append(HIGHLIGHT_PARAM, w);
  const query = params.toString();
  return `${url}${query ? `?${query}` : ''}${id ? `#${id}` : ''}`;
}

export function landing(fragment: ResultFragment, query: Query): ResultLanding {
  const words = wordsOf(fragment.content);
  return landingAt(fragment, words, answering(query, words), query.kind === 'text');
}

/**
 * The landing of a search of one word, where the fragment's places are exactly that word's (the
 * first pages ranked at build time, src/utils/first-page.ts, find them themselves).
 */
export function wordLanding(fragment: ResultFragment, words: readonly string[] = wordsOf(fragment.content)): ResultLanding {
  return landingAt(fragment, words, () => true, true);
}

/** `marked`: whether the matched words are marked on arrival (a reference's are not). */
function landingAt(fragment: ResultFragment, words: readonly string[], answers: (location: number) => boolean, marked: boolean): ResultLanding {
  const parts = matchedParts(fragment.anchors, fragment.weighted_locations, words.length, answers);
  // A numbered paragraph where one matches: the summary and the remedies are at the top of the page already.
  const best = bestPart(parts.filter((p) => p.paragraph !== null)) ?? bestPart(parts);
  // The words as the decision prints them (lower case, without punctuation): "apologised", not "apology".
  const printed = (locations: number[]) => {
    const out = new Set<string>();
    for (const l of locations) {
      const word = normaliseWord(words[l] ?? '');
      if (word) out.add(word);
      if (out.size === HIGHLIGHTED) break;
    }
    return [...out];
  };
  // A reference is searched as the phrase it is printed as: nothing in the decision to mark.
  const all = marked ? parts.flatMap((p) => p.locations) : [];
  const href = (part: MatchedPart | null) => link(fragment.url, printed(all), part?.id ?? null);
  return {
    href: href(best),
    paragraphs: parts.filter((p) => p.paragraph !== null).length,
    parts: parts.filter((p) => p.paragraph !== null).slice(0, PARTS_LISTED).map((p) => ({ label: p.label, href: href(p), excerpt: partExcerpt(words, p) })),
    excerpt: best ? partExcerpt(words, best) : null,
  };
}

/** What a result shows of its decision, from Pagefind's fragment of the decision's page. */
export function cardOfFragment(fragment: Pick<ResultFragment, 'url'> & { meta: Record<string, string | undefined>; filters: Record<string, string[] | undefined> }): ResultCard {
  const outcome = fragment.filters.outcome?.[0] ?? '';
  return {
    url: fragment.url,
    council: fragment.filters.council?.[0] ?? fragment.meta.title ?? fragment.url,
    reference: fragment.meta.reference ?? '',
    outcome,
    // The badge shows the statement's own label (the page's meta), the filter the archive's name.
    outcomeLabel: fragment.meta.outcome?.trim() || outcome,
    date: fragment.meta.date ?? '',
    category: fragment.filters.subcategory?.[0] ?? fragment.filters.category?.[0] ?? '',
    remedies: fragment.meta.remedies?.trim() ?? '',
  };
}
