/**
 * What a search box's text asks for, read as the search page reads it: a decision's reference, or
 * words and "quoted phrases". Pure: the search page (src/scripts/search/engine.ts) turns it into
 * Pagefind searches, and the tests read it without a browser.
 */
import { parseReference } from './reference';

export type Query =
  | { kind: 'none' }
  | { kind: 'reference'; reference: string }
  /** Words each result must contain (or a form of), and phrases it must contain word for word. */
  | { kind: 'text'; words: string[]; phrases: string[] };

/**
 * Punctuation Pagefind drops from what it indexes and from search words (dashes, brackets, quotes
 * and other punctuation; not symbols such as £): "council's" is one word, "council" and "s" are not.
 */
const DROPPED = /[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}]/gu;

/** A word as Pagefind indexes and searches it: lower case, without punctuation. */
export function normaliseWord(word: string): string {
  return word.toLocaleLowerCase('en-GB').replace(DROPPED, '');
}

/**
 * A printed word's punctuation and the word itself: "(apology)," is "(", "apology" and ")," (a
 * pound sign stays with its sum). A mark goes round the word only.
 */
export function wordParts(token: string): { lead: string; core: string; trail: string } {
  const lead = /^[^\p{L}\p{N}£]*/u.exec(token)![0];
  const rest = token.slice(lead.length);
  const trail = /[^\p{L}\p{N}]*$/u.exec(rest)![0];
  return { lead, core: rest.slice(0, rest.length - trail.length), trail };
}

/** The search box's text as a query: a reference, or its words and quoted phrases (each once). */
export function parseQuery(text: string): Query {
  if (!text.trim()) return { kind: 'none' };
  const reference = parseReference(text);
  if (reference) return { kind: 'reference', reference };
  const phrases: string[] = [];
  // Quotes, straight or curly; an unclosed quote runs to the end, as it would while being typed.
  const rest = text.replace(/["“”]([^"“”]*)(?:["“”]|$)/g, (_, inner: string) => {
    const words = inner.split(/\s+/).map(normaliseWord).filter(Boolean);
    if (words.length > 1) phrases.push(words.join(' '));
    else if (words.length === 1) return ` ${words[0]} `;
    return ' ';
  });
  const words = rest.split(/\s+/).map(normaliseWord).filter(Boolean);
  const unique = <T>(xs: T[]) => [...new Set(xs)];
  if (!words.length && !phrases.length) return { kind: 'none' };
  return { kind: 'text', words: unique(words), phrases: unique(phrases) };
}

/** The query as the user would read it back: words, then phrases in quotes. */
export function describeQuery(query: Query): string {
  if (query.kind === 'none') return '';
  if (query.kind === 'reference') return query.reference;
  return [...query.words, ...query.phrases.map((p) => `“${p}”`)].join(' ');
}

/** The query without one of its words or phrases (to offer when that one is in no decision). */
export function withoutPart(query: Query & { kind: 'text' }, part: string): string {
  return [...query.words.filter((w) => w !== part), ...query.phrases.filter((p) => p !== part).map((p) => `"${p}"`)].join(' ');
}
