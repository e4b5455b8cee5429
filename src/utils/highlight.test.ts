import { describe, expect, it } from 'vitest';
import { highlightRanges, highlightWords } from './highlight';

describe('highlightRanges', () => {
  it('marks whole words whose normalised form was found, without the punctuation around them', () => {
    const text = 'The Council’s apology (apologised), not apologetic.';
    const ranges = highlightRanges(text, new Set(['apology', 'apologised', 'councils']));
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['Council’s', 'apology', 'apologised']);
  });
  it('marks nothing without words', () => {
    expect(highlightRanges('apology', new Set())).toEqual([]);
  });
});

describe('highlightWords', () => {
  it('reads the words from the URL, normalised', () => {
    expect([...highlightWords('?highlight=Apology&highlight=tax%27s&q=x', 'highlight')]).toEqual(['apology', 'taxs']);
  });
});
