/**
 * Earlier decisions about similar things: those decided before a statement that share its
 * distinctive words, by TF-IDF over the summary and the findings.
 *
 * Ingest keeps a small vector of each decision's most frequent words (`decisionTerms`, a few dozen
 * at most), so the archive-wide step never reads a statement again. `similarDecisions` then weighs
 * each word by how rare it is among the decisions up to this one, keeps each decision's SIGNATURE
 * strongest words, and finds candidates through an inverted index whose posting lists hold at most
 * POSTING_CAP earlier decisions each (those where the word weighs most). A decision is compared
 * with at most SIGNATURE × POSTING_CAP others, never with all: time and memory grow linearly with
 * the archive. Only earlier decisions are listed, so that a new decision changes no older page
 * (BENCHMARKS.md: at 60,000, listing any decision made 100 new ones re-render 5,518 older pages).
 * Everything is ordered by date, slug and weight, so the result does not depend on input order.
 */
import type { Decision, Section } from '../schemas/decision';
import { statementTexts } from '../parser/text';
import { isBoilerplateSection } from './boilerplate';

/** A decision's most frequent words with their counts: what ingest keeps of its text. */
export type TermCounts = [term: string, count: number][];

/** Words kept per decision at ingest: enough for any signature, small enough to keep for 60,000. */
export const TERMS_KEPT = 32;
/** Words a decision is compared by. */
export const SIGNATURE = 12;
/** Decisions a word's posting list holds at most: bounds each decision's candidates. */
export const POSTING_CAP = 100;
/** Similar decisions a page lists. */
export const SIMILAR = 5;
/** Below this cosine, two decisions share too little to call them similar. */
export const MIN_SIMILARITY = 0.1;

/**
 * Beside the boilerplate every statement has (isBoilerplateSection), sections that are the
 * decision's own but not what it is about: the decision itself, the remedies and the law.
 */
const NOT_ABOUT = /\b(?:final decision|decision|agreed action|recommend\w*|remed\w*|what .* agreed to do|legal and administrative|relevant law)\b/i;

/** Words too common in any statement to say what one is about. */
export const STOP = new Set(
  `a about above after again against all also although am an and any are as at be because been before being below between both but by can
  could did do does doing done during each either even ever every few for from further had has have having he her here hers herself him
  himself his how however i if in into is it its itself just may me might more most much must my myself no nor not now of off on once only
  or other ought our ours ourselves out over own same shall she should since so some such than that the their theirs them themselves then
  there these they this those though through thus to too under until up upon us very was we were what when where whether which while who
  whom whose why will with within without would yet you your yours
  council councils ombudsman complaint complaints complain complains complained complainant mr mrs ms miss mx dr say says said told asked
  decision decided find found finding findings fault faults injustice caused cause paragraph para page statement january february march april
  may june july august september october november december one two three four five six seven eight nine ten first second third time
  made make making went get got also later further therefore however year years month months week weeks day days date dated`.split(/\s+/),
);

/** The text a decision is compared by: its summary and every section that is not boilerplate. */
function aboutText(decision: Pick<Decision, 'summary' | 'sections'>): string[] {
  const sections: Section[] = decision.sections.filter((s) => s.heading === null || !(isBoilerplateSection(s.heading) || NOT_ABOUT.test(s.heading)));
  return [decision.summary, ...statementTexts(sections).map((t) => t.text)];
}

/** "assessments" and "assessment" are one word here; "ies" is "y". Crude, but the same for every decision. */
function fold(word: string): string {
  const length = word.length;
  if (length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (length > 3 && word.charCodeAt(length - 1) === S) {
    const before = word.charCodeAt(length - 2);
    if (before !== S && before !== U && before !== I) return word.slice(0, -1);
  }
  return word;
}

const A = 0x61;
const Z = 0x7a;
const I = 0x69;
const S = 0x73;
const U = 0x75;
const isLetter = (code: number) => code >= A && code <= Z;
/** What may join two runs of letters into one word: ' ’ - */
const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2d;

/**
 * The words of a text, lower case and folded, without stop words, numbers and pseudonyms.
 *
 * A word is what /[a-z]+(?:['’-][a-z]+)*\/g matches in the lower-cased text (the test holds the two
 * to the same answer), found by hand: it runs for every word of 60,000 statements at ingest, and
 * the regular expression's match objects made it as slow as the parse itself.
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const length = lower.length;
  let at = 0;
  while (at < length) {
    if (!isLetter(lower.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    for (;;) {
      while (at < length && isLetter(lower.charCodeAt(at))) at++;
      if (at + 1 < length && isJoiner(lower.charCodeAt(at)) && isLetter(lower.charCodeAt(at + 1))) at++;
      else break;
    }
    // "son’s" is "son": a final 's after an apostrophe.
    const possessive = at - start > 2 && lower.charCodeAt(at - 1) === S && (lower.charCodeAt(at - 2) === 0x27 || lower.charCodeAt(at - 2) === 0x2019);
    const end = possessive ? at - 2 : at;
    if (end - start < 3) continue;
    const word = lower.slice(start, end);
    if (STOP.has(word)) continue;
    const folded = fold(word);
    if (!STOP.has(folded)) out.push(folded);
  }
  return out;
}

/** A decision's TERMS_KEPT most frequent words, most first (ties in code-point order). */
export function decisionTerms(decision: Pick<Decision, 'summary' | 'sections'>): TermCounts {
  const counts = new Map<string, number>();
  for (const text of aboutText(decision)) for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  let kept = [...counts];
  // Only words counted at least as often as the TERMS_KEPT-th most frequent can be kept: a statement
  // has hundreds of words, and sorting them all was a sixth of ingest's time per statement.
  if (kept.length > TERMS_KEPT) {
    const least = Int32Array.from(counts.values()).sort().at(-TERMS_KEPT)!;
    kept = kept.filter(([, count]) => count >= least);
  }
  return kept.sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).slice(0, TERMS_KEPT);
}

/** A decision as the similar step sees it: its slug, its decision date (ISO 8601) and its kept words. */
export interface SimilarInput {
  slug: string;
  decisionDate: string;
  terms: TermCounts;
}

/** Decision date, then slug: a total order, so that "earlier" is defined for decisions of one day too. */
function chronological(a: SimilarInput, b: SimilarInput): number {
  return a.decisionDate < b.decisionDate ? -1 : a.decisionDate > b.decisionDate ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * For each decision, up to SIMILAR decisions decided before it (same date: a smaller slug) that
 * share its distinctive words, most similar first (ties by slug); never itself.
 *
 * The decisions are taken in that order, and each decision's list is worked out from the decisions
 * up to it alone: the rarity of its words counts only those decisions, and the posting lists hold
 * only them when it reads them. A decision's list therefore depends on nothing decided after it,
 * so a new decision leaves every older decision's list, and page, exactly as it was. (Rarity over
 * the whole archive would not: a new decision shifts every weight, and can push an older decision
 * out of a capped posting list, which no rounding of scores absorbs every time.)
 */
export function similarDecisions(decisions: readonly SimilarInput[]): Map<string, string[]> {
  const docs = [...decisions].sort(chronological);
  const df = new Map<string, number>();
  // Best first, at most POSTING_CAP each: only decisions already taken, so all are earlier ones.
  const postings = new Map<string, { doc: number; weight: number }[]>();
  // One score slot per decision, reset after each: no hashing, and memory of N numbers.
  const scores = new Float64Array(docs.length);
  const touched: number[] = [];
  const similar = new Map<string, string[]>();

  docs.forEach((d, doc) => {
    for (const [term] of d.terms) df.set(term, (df.get(term) ?? 0) + 1);
    // The +1 keeps a word that every decision so far has from weighing nothing in a small archive;
    // in a large one such a word weighs next to nothing all the same.
    const n = doc + 1;
    const weighted = d.terms.map(([term, count]) => [term, (1 + Math.log(count)) * Math.log((n + 1) / df.get(term)!)] as const);
    // What it is searched by: its strongest words that an earlier decision has too. What it is found
    // by, later: its strongest words of all, since a word first seen here may be a later one's too.
    const signature = unit(weighted.filter(([term]) => df.get(term)! > 1));
    const found = unit(weighted);

    for (const [term, weight] of signature) {
      for (const other of postings.get(term) ?? []) {
        if (scores[other.doc] === 0) touched.push(other.doc);
        scores[other.doc]! += weight * other.weight;
      }
    }
    // The SIMILAR best, kept in order as the candidates pass, instead of sorting them all. Scores are
    // rounded, so that a corrected or withdrawn earlier statement, which shifts the rarity of its
    // words for every later decision, does not reorder a list for a difference no reader would see.
    const best: { doc: number; score: number }[] = [];
    for (const other of touched) {
      const score = Math.round(scores[other]! * 100) / 100;
      scores[other] = 0;
      if (score < MIN_SIMILARITY) continue;
      const slug = docs[other]!.slug;
      let at = best.length;
      while (at > 0 && (best[at - 1]!.score < score || (best[at - 1]!.score === score && docs[best[at - 1]!.doc]!.slug > slug))) at--;
      if (at < SIMILAR) {
        best.splice(at, 0, { doc: other, score });
        if (best.length > SIMILAR) best.pop();
      }
    }
    touched.length = 0;
    similar.set(d.slug, best.map((b) => docs[b.doc]!.slug));

    // Only now is it a candidate, for the decisions after it.
    for (const [term, weight] of found) {
      const list = postings.get(term) ?? [];
      postings.set(term, list);
      if (list.length === POSTING_CAP && list[POSTING_CAP - 1]!.weight >= weight) continue;
      let at = list.length;
      while (at > 0 && list[at - 1]!.weight < weight) at--;
      list.splice(at, 0, { doc, weight });
      if (list.length > POSTING_CAP) list.pop();
    }
  });
  return similar;
}

/** The SIGNATURE heaviest words (ties in code-point order), scaled to unit length. */
function unit(weighted: readonly (readonly [string, number])[]): (readonly [string, number])[] {
  const top = [...weighted].sort(([a, v], [b, w]) => w - v || (a < b ? -1 : 1)).slice(0, SIGNATURE);
  const norm = Math.hypot(...top.map(([, w]) => w));
  return top.map(([term, w]) => [term, w / norm] as const);
}
