import { describe, expect, it } from 'vitest';
import { statementOf } from '../../test/helpers/statements';
import { parseQuery } from './search-query';
import { landing } from './search-result';
import { headText, searchText, stemLanding, SUMMARY_WEIGHT, TITLE_WEIGHT } from './search-text';
import { stemOf } from './search-match';

const decision = statementOf([
  'The complaint',
  '',
  '  1. Mr X complains the Council’s child-protection team did not apologise.',
  '  2. The Council will:',
  '      a) apologise to Mr X; and',
  '      b) pay him £100.',
  '',
  'What happened',
  '',
  '  3. The apologies came late. The protection plan was sound.',
  '',
  'The Ombudsman’s role and powers',
  '',
  '  4. We investigate complaints about councils and apologies.',
]);
const page = { title: 'Test Council (21 000 001)', summaryId: 'summary' };
const text = searchText(decision, page);
const at = (word: string) => text.words.indexOf(word);

describe('searchText', () => {
  it('reads the page’s indexed words in order: the title, the summary under its heading, the statement', () => {
    expect(text.words.slice(0, 8)).toEqual(['Test', 'Council', '(21', '000', '001)', 'Summary', 'Mr', 'X']);
    expect(text.words.join(' ')).toContain('The complaint Mr X complains the Council’s child-protection team did not apologise. The Council will: apologise to Mr X; and pay him £100. What happened The apologies came late.');
  });

  it('weighs the title and the summary as the page does, the rest once', () => {
    expect(text.weights[at('Test')]).toBe(TITLE_WEIGHT);
    expect(text.weights[at('complains.')]).toBe(SUMMARY_WEIGHT);
    expect(text.weights[at('child-protection')]).toBe(1);
  });

  it('leaves out the sections every statement repeats, and the numbers and letters printed before paragraphs and items', () => {
    expect(text.words).not.toContain('investigate');
    expect(text.words).not.toContain('1.');
    expect(text.words).not.toContain('a)');
  });

  it('places each heading, paragraph and lettered item at its first word, as Pagefind places elements with an id', () => {
    const anchor = (id: string) => text.anchors.find((a) => a.id === id);
    expect(anchor('summary')).toMatchObject({ element: 'h2', text: 'Summary', location: at('Summary') });
    expect(text.words.slice(anchor('p1')!.location, anchor('p1')!.location + 3)).toEqual(['Mr', 'X', 'complains']);
    expect(text.words[anchor('p2')!.location]).toBe('The');
    expect(text.words[anchor('p2a')!.location]).toBe('apologise');
    expect(anchor('what-happened')).toMatchObject({ element: 'h3', text: 'What happened' });
    expect(text.words[anchor('p3')!.location]).toBe('The');
    expect(anchor('p4')).toBeUndefined();
  });

  it('headText is the title and summary alone, what the first pages are ranked by', () => {
    const head = headText(decision, page);
    expect(head.words).toEqual(['Test', 'Council', '(21', '000', '001)', 'Mr', 'X', 'complains.']);
    expect(head.weights).toEqual([10, 10, 10, 10, 10, 5, 5, 5]);
    expect(head.anchors).toEqual([]);
  });
});

describe('stemLanding', () => {
  const url = '/decisions/21-000-001/';
  /** The landing the search page gives a result of the index whose places are every word of the text (Pagefind's may include more). */
  const viaIndex = (word: string) =>
    landing(
      { url, content: text.words.join(' '), word_count: text.words.length, anchors: text.anchors, weighted_locations: text.words.map((_, location) => ({ location, balanced_score: text.weights[location]! })) },
      parseQuery(word),
    );

  it('lands where the index’s result would, for a word in its forms, a hyphenated part and a possessive', () => {
    for (const word of ['apology', 'protection', 'council', 'plan', 'X']) expect(stemLanding(text, url, [stemOf(word)])).toEqual(viaIndex(word));
  });

  it('marks the forms of the word found, and lands on the best paragraph', () => {
    const found = stemLanding(text, url, [stemOf('apology')]);
    expect(found.href).toBe('/decisions/21-000-001/?highlight=apologise&highlight=apologies#p1');
    expect(found.paragraphs).toBe(3);
    expect(found.parts.map((p) => p.label)).toEqual(['para 1', 'para 2', 'para 3']);
  });

  it('finds nothing for a word the decision does not have', () => {
    expect(stemLanding(text, url, [stemOf('xylophone')])).toEqual({ href: url, paragraphs: 0, parts: [], excerpt: null });
  });
});
