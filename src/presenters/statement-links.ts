/**
 * The links in a statement's text to its own paragraphs ("see paragraph 18", "paragraph 34(b)"),
 * from what ingest found: each decision's `crossReferences` say which paragraphs a paragraph cites.
 * They do not say where in the text the citing words stand, so the words are found by the parser's
 * own finder (src/parser/citations.ts), which ingest ran to record them; a page links only the
 * references ingest recorded.
 */
import { itemAnchors } from '../parser/anchors';
import { segmentParagraphRefs, type RefTargets, type TextSegment } from '../parser/citations';
import type { Decision } from '../schemas/decision';

export interface StatementLinks {
  /**
   * A text of the statement as plain runs and links. `from` is the numbered paragraph the text
   * belongs to (its own text, its lists and continuation lines), or null for a block outside any.
   */
  segments(text: string, from: number | null): TextSegment[];
}

export function statementLinks(decision: Pick<Decision, 'sections' | 'paragraphCount' | 'crossReferences'>): StatementLinks {
  // "paragraph 34(b)" links to the sub-item where the statement has one, and to paragraph 34 where not.
  const targets: RefTargets = { paragraphCount: decision.paragraphCount, items: itemAnchors(decision.sections) };
  const cited = new Map<number, Set<number>>();
  for (const { from, to } of decision.crossReferences) {
    const set = cited.get(from) ?? new Set<number>();
    set.add(to);
    cited.set(from, set);
  }
  return {
    segments(text, from) {
      // Ingest records references from numbered paragraphs only (a cross-reference's `from` is a
      // paragraph number): text outside them is linked wherever it names a paragraph the statement has.
      if (from === null) return segmentParagraphRefs(text, targets);
      const cites = cited.get(from);
      if (!cites) return [{ type: 'text', text }];
      return segmentParagraphRefs(text, targets).map((s) => (s.type === 'paragraph-ref' && !cites.has(s.paragraph) ? { type: 'text', text: s.text } : s));
    },
  };
}
