import { describe, expect, it } from 'vitest';
import { describeQuery, normaliseWord, parseQuery, withoutPart, wordParts } from './search-query';

describe('parseQuery', () => {
  it('words, once each, normalised as Pagefind normalises them', () => {
    expect(parseQuery('School  transport school')).toEqual({ kind: 'text', words: ['school', 'transport'], phrases: [] });
    expect(parseQuery("council's (tax)")).toEqual({ kind: 'text', words: ['councils', 'tax'], phrases: [] });
    expect(normaliseWord('£300')).toBe('£300');
  });
  it('quoted phrases, straight or curly; a one-word quote is a word; an open quote runs to the end', () => {
    expect(parseQuery('"child protection" delay')).toEqual({ kind: 'text', words: ['delay'], phrases: ['child protection'] });
    expect(parseQuery('“school transport”')).toEqual({ kind: 'text', words: [], phrases: ['school transport'] });
    expect(parseQuery('"delay"')).toEqual({ kind: 'text', words: ['delay'], phrases: [] });
    expect(parseQuery('"home to school')).toEqual({ kind: 'text', words: [], phrases: ['home to school'] });
  });
  it('a reference, or nothing', () => {
    expect(parseQuery('20-006-390')).toEqual({ kind: 'reference', reference: '20 006 390' });
    expect(parseQuery('  ')).toEqual({ kind: 'none' });
    expect(parseQuery('"" …')).toEqual({ kind: 'none' });
  });
  it('reads back, and drops one part', () => {
    const q = parseQuery('delay "child protection" xylophone');
    if (q.kind !== 'text') throw new Error('text');
    expect(describeQuery(q)).toBe('delay xylophone “child protection”');
    expect(withoutPart(q, 'xylophone')).toBe('delay "child protection"');
  });
});

describe('wordParts', () => {
  it('parts a printed word from the punctuation around it, a pound sign staying with its sum', () => {
    expect(wordParts('(apology),')).toEqual({ lead: '(', core: 'apology', trail: '),' });
    expect(wordParts('£300.')).toEqual({ lead: '', core: '£300', trail: '.' });
    expect(wordParts('Council’s')).toEqual({ lead: '', core: 'Council’s', trail: '' });
    expect(wordParts('…')).toEqual({ lead: '…', core: '', trail: '' });
  });
});
