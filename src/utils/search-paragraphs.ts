/**
 * Where in a decision a search matched: which numbered paragraphs, which one best, and an excerpt
 * of each, from what Pagefind gives of a result (its indexed text, the places of the matched words,
 * and the elements with an id, with their places). Pure, so that the rules are tested without a
 * browser; the search page renders what this returns.
 */
import { wordParts } from './search-query';

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

/** The part of a decision a match is in: a numbered paragraph, or a headed part before them. */
export interface MatchedPart {
  /** The element to link to: "p18" (a lettered item's matches count for its paragraph). */
  id: string;
  /** Its paragraph number, or null for a headed part ("Summary"). */
  paragraph: number | null;
  /** "para 18", or the heading's words. */
  label: string;
  score: number;
  /** Matched words' places, in order. */
  locations: number[];
  /** Where the part's words begin and end in the indexed text. */
  start: number;
  end: number;
}

const PARAGRAPH = /^p(\d+)(?![0-9])/;

interface Boundary {
  id: string;
  paragraph: number | null;
  label: string;
  start: number;
}

/** The parts a decision's indexed text is cut into, in order: numbered paragraphs and headings. */
function boundaries(anchors: readonly Anchor[]): Boundary[] {
  const out: Boundary[] = [];
  for (const a of [...anchors].sort((x, y) => x.location - y.location)) {
    const m = PARAGRAPH.exec(a.id);
    if (m) {
      const paragraph = Number(m[1]);
      // A lettered item (p3a) is inside its paragraph: it begins nothing new.
      if (out.at(-1)?.paragraph === paragraph && a.id !== `p${paragraph}`) continue;
      out.push({ id: `p${paragraph}`, paragraph, label: `para ${paragraph}`, start: a.location });
    } else if (/^h[1-6]$/i.test(a.element) && a.text?.trim()) {
      out.push({ id: a.id, paragraph: null, label: a.text.trim(), start: a.location });
    }
  }
  return out;
}

/**
 * The parts with matches, in the decision's order. `answers` says whether the word at a place is one
 * the search asked for (src/utils/search-match.ts): Pagefind's places can include words that do not.
 */
export function matchedParts(anchors: readonly Anchor[], locations: readonly WeightedLocation[], wordCount: number, answers: (location: number) => boolean): MatchedPart[] {
  const parts = boundaries(anchors);
  const found = new Map<number, MatchedPart>();
  for (const { location, balanced_score } of [...locations].sort((a, b) => a.location - b.location)) {
    if (!answers(location)) continue;
    // The last part that starts at or before this place; none before the first (the title).
    let k = -1;
    for (let i = 0; i < parts.length && parts[i]!.start <= location; i++) k = i;
    if (k < 0) continue;
    const part = parts[k]!;
    let match = found.get(k);
    if (!match) {
      match = { id: part.id, paragraph: part.paragraph, label: part.label, score: 0, locations: [], start: part.start, end: parts[k + 1]?.start ?? wordCount };
      found.set(k, match);
    }
    match.score += balanced_score;
    match.locations.push(location);
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, m]) => m);
}

/** The part to land on: the highest score, the earlier on a tie. */
export function bestPart(parts: readonly MatchedPart[]): MatchedPart | null {
  let best: MatchedPart | null = null;
  for (const p of parts) if (!best || p.score > best.score) best = p;
  return best;
}

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

/**
 * A few words of a part around its first match, the matched words marked: as segments of text, so
 * that the page builds them as text nodes and <mark> elements (nothing is parsed as HTML).
 */
export function partExcerpt(words: readonly string[], part: MatchedPart, length = 30): { segments: ExcerptSegment[]; before: boolean; after: boolean } {
  const first = part.locations[0] ?? part.start;
  const from = Math.max(part.start, Math.min(first - Math.floor(length / 4), part.end - length));
  const to = Math.min(part.end, from + length);
  const marked = new Set(part.locations);
  const segments: ExcerptSegment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (!text) return;
    if (last && !last.mark && !mark) last.text += text;
    else segments.push({ text, mark });
  };
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (word === undefined) break;
    if (i > from) push(' ', false);
    // The spaces and the punctuation around a marked word ("violence." marks "violence") stay outside the mark.
    const { lead, core, trail } = wordParts(word);
    if (!marked.has(i) || !core) push(word, false);
    else {
      push(lead, false);
      push(core, true);
      push(trail, false);
    }
  }
  return { segments, before: from > part.start, after: to < part.end };
}
