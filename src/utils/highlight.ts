/**
 * Where a search's words are in a piece of text, for marking them when a search result is opened
 * (src/scripts/highlight.ts). The words come as the decision prints them, normalised
 * (src/utils/search-result.ts): a word of the text matches when its normalised form is one of them.
 */
import { normaliseWord, wordParts } from './search-query';

/** [start, end) of each matching word in the text. */
export function highlightRanges(text: string, words: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  if (words.size === 0) return out;
  for (const m of text.matchAll(/\S+/g)) {
    const token = m[0];
    const start = m.index;
    const { lead, core } = wordParts(token);
    if (core && words.has(normaliseWord(core))) out.push([start + lead.length, start + lead.length + core.length]);
  }
  return out;
}

/** The words a URL asks to highlight (`?highlight=apology&highlight=apologised`), normalised. */
export function highlightWords(search: string, param: string): Set<string> {
  return new Set(new URLSearchParams(search).getAll(param).map(normaliseWord).filter(Boolean));
}
