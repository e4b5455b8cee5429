import { describe, expect, it } from 'vitest';
import { bestPart, matchedParts, partExcerpt, type Anchor } from './search-paragraphs';

// Title (0-3), Summary heading (4) and text (5-9), paragraph 1 (10-14), paragraph 2 (15-24) with
// its lettered item 2a (20), heading (25), paragraph 3 (26-29).
const anchors: Anchor[] = [
  { element: 'h2', id: 'summary', text: 'Summary', location: 4 },
  { element: 'div', id: 'p1', text: 'Paragraph', location: 10 },
  { element: 'div', id: 'p2', text: 'Paragraph', location: 15 },
  { element: 'li', id: 'p2a', text: '', location: 20 },
  { element: 'h2', id: 'the-ombudsmans-role', text: 'The Ombudsman’s role', location: 25 },
  { element: 'div', id: 'p3', text: 'Paragraph', location: 26 },
];
const at = (...xs: [number, number][]) => xs.map(([location, balanced_score]) => ({ location, balanced_score }));

describe('matchedParts', () => {
  it('puts each match in its paragraph (a lettered item’s in its paragraph) or headed part, in order', () => {
    const parts = matchedParts(anchors, at([21, 5], [6, 1], [16, 2], [27, 1], [2, 9]), 30, () => true);
    expect(parts.map((p) => [p.id, p.label, p.locations])).toEqual([
      ['summary', 'Summary', [6]],
      ['p2', 'para 2', [16, 21]],
      ['p3', 'para 3', [27]],
    ]);
    expect(parts[1]).toMatchObject({ paragraph: 2, score: 7, start: 15, end: 25 });
    expect(parts[2]).toMatchObject({ end: 30 });
  });
  it('leaves out places whose word the search did not ask for', () => {
    expect(matchedParts(anchors, at([11, 1], [16, 1]), 30, (l) => l !== 11).map((p) => p.id)).toEqual(['p2']);
  });
  it('bestPart: the highest score, the earlier on a tie', () => {
    expect(bestPart(matchedParts(anchors, at([11, 2], [16, 3], [27, 3]), 30, () => true))?.id).toBe('p2');
    expect(bestPart([])).toBeNull();
  });
});

describe('partExcerpt', () => {
  it('marks the word, not the punctuation around it', () => {
    const printed = ['The', '(apology).', 'was', 'made'];
    const [part] = matchedParts([{ element: 'div', id: 'p1', location: 0 }], at([1, 1]), 4, () => true);
    expect(partExcerpt(printed, part!, 4).segments).toEqual([
      { text: 'The (', mark: false },
      { text: 'apology', mark: true },
      { text: '). was made', mark: false },
    ]);
  });

  const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
  it('marks the matched words, with the spaces outside the marks, and says what was cut', () => {
    const [part] = matchedParts(anchors, at([17, 1], [18, 1]), 30, () => true);
    const excerpt = partExcerpt(words, part!, 6);
    expect(excerpt.segments).toEqual([
      { text: 'w16 ', mark: false },
      { text: 'w17', mark: true },
      { text: ' ', mark: false },
      { text: 'w18', mark: true },
      { text: ' w19 w20 w21', mark: false },
    ]);
    expect(excerpt).toMatchObject({ before: true, after: true });
  });
});
