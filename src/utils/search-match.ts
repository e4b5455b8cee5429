/**
 * Which words of a decision answer a search word: the rule that keeps the archive's search honest.
 *
 * Pagefind indexes the stem of each word (Snowball English, as rust-stemmers has it) and answers a
 * search word with every indexed stem that begins the search word's stem. When none does, it falls
 * back to the longest indexed stem that the search word begins with: "xylophone" is answered with
 * "x" (Mr X), "compensation" with "c". A result must instead contain the word searched, or a form of
 * it: the same stem ("apologies" for "apology"), or, for a stem long enough to say something
 * (EXTENSION_MIN letters), a longer stem that begins with it ("apologised" for "apology"), never a
 * shorter one. So "tax" does not find "taxi", and "care" does not find "career".
 *
 * wink-porter2-stemmer is Snowball's English (Porter2) algorithm, as Pagefind's stemmer is.
 */
import stem from 'wink-porter2-stemmer';
import { normaliseWord } from './search-query';

/** The shortest stem that also answers for longer stems beginning with it. */
export const EXTENSION_MIN = 5;

/** A word's stem, as Pagefind indexes it. */
export function stemOf(word: string): string {
  const normal = normaliseWord(word);
  return normal ? stem(normal) : '';
}

/** Whether the stem of a decision's word answers a search word of this stem. */
export function answersStem(searchStem: string, pageStem: string): boolean {
  if (!searchStem || !pageStem) return false;
  return pageStem === searchStem || (searchStem.length >= EXTENSION_MIN && pageStem.startsWith(searchStem));
}

/**
 * Whether a word as printed in a decision ("X.", "(apologised)", "child-protection") answers the
 * search word: Pagefind indexes a hyphenated word whole and in its parts, so each part counts too.
 */
export function answersWord(searchStem: string, printed: string): boolean {
  return indexedForms(printed).some((part) => answersStem(searchStem, stemOf(part)));
}

const PARTS = /[-‐‑–—/]/;

/** A printed word as Pagefind indexes it: whole, and, hyphenated, each of its parts too. */
export function indexedForms(printed: string): string[] {
  return PARTS.test(printed) ? [printed, ...printed.split(PARTS)] : [printed];
}

/** The word at each of Pagefind's locations: a location is a word's place in the page's indexed text. */
export function wordsOf(content: string): string[] {
  return content.split(/\s+/);
}
