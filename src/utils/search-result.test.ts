import { describe, expect, it } from 'vitest';
import { landing, type ResultFragment } from './search-result';
import { parseQuery } from './search-query';

// "Title. Summary. The Council will apologise. 1. Mr X asked for an apology. 2. Nothing here. 3. The Council apologised and paid."
const content = 'Title. Summary. The Council will apologise. 1 Mr X asked for an apology. 2 Nothing here at all. 3 The Council apologised and paid.';
const words = content.split(/\s+/);
const place = (w: string, from = 0) => words.indexOf(w, from);
const fragment: ResultFragment = {
  url: '/decisions/20-006-390/',
  content,
  word_count: words.length,
  anchors: [
    { element: 'h2', id: 'summary', text: 'Summary', location: place('Summary.') },
    { element: 'div', id: 'p1', location: place('1') },
    { element: 'div', id: 'p2', location: place('2') },
    { element: 'div', id: 'p3', location: place('3') },
  ],
  weighted_locations: [
    { location: place('apologise.'), balanced_score: 50 },
    { location: place('apology.'), balanced_score: 10 },
    { location: place('apologised'), balanced_score: 12 },
    // A word Pagefind matched that the search did not ask for.
    { location: place('X'), balanced_score: 99 },
  ],
};

describe('landing', () => {
  const result = landing(fragment, parseQuery('apology'));
  it('lands on the best numbered paragraph, with the words as printed to highlight', () => {
    expect(result.href).toBe('/decisions/20-006-390/?highlight=apologise&highlight=apology&highlight=apologised#p3');
  });
  it('counts the matching paragraphs and lists the matched parts in order', () => {
    expect(result.paragraphs).toBe(2);
    expect(result.parts.map((p) => p.label)).toEqual(['para 1', 'para 3']);
    expect(result.parts[0]!.href.endsWith('#p1')).toBe(true);
  });
  it('never counts a word the search did not ask for ("X" for "xylophone")', () => {
    const none = landing(fragment, parseQuery('xylophone'));
    expect(none.paragraphs).toBe(0);
    expect(none.excerpt).toBeNull();
    expect(none.href).toBe('/decisions/20-006-390/');
  });
});
