import { describe, expect, it } from 'vitest';
import { answersStem, answersWord, stemOf, wordsOf } from './search-match';

describe('stemOf', () => {
  it('stems as Snowball English does, after Pagefind’s normalising', () => {
    expect(stemOf('Apology')).toBe('apolog');
    expect(stemOf('apologised')).toBe('apologis');
    expect(stemOf('“Mediation,”')).toBe('mediat');
    expect(stemOf('…')).toBe('');
  });
});

describe('answersWord', () => {
  it('the word itself and its forms', () => {
    expect(answersWord(stemOf('apology'), 'apologies')).toBe(true);
    expect(answersWord(stemOf('apology'), 'Apology.')).toBe(true);
    expect(answersWord(stemOf('apology'), 'apologised')).toBe(true);
    expect(answersWord(stemOf('homelessness'), 'homelessness,')).toBe(true);
  });
  it('never a shorter word that begins it: Pagefind’s fallback', () => {
    expect(answersWord(stemOf('xylophone'), 'X')).toBe(false);
    expect(answersWord(stemOf('compensation'), 'C.')).toBe(false);
    expect(answersWord(stemOf('barnet'), 'B')).toBe(false);
    expect(answersWord(stemOf('mediation'), 'med')).toBe(false);
  });
  it('a short stem answers only for itself: "tax" is not "taxi", "care" is not "career"', () => {
    expect(answersWord(stemOf('tax'), 'taxes')).toBe(true);
    expect(answersWord(stemOf('tax'), 'taxi')).toBe(false);
    expect(answersWord(stemOf('care'), 'career')).toBe(false);
    expect(answersStem('tax', 'tax')).toBe(true);
  });
  it('a part of a hyphenated word', () => {
    expect(answersWord(stemOf('protection'), 'child-protection')).toBe(true);
  });
});

describe('wordsOf', () => {
  it('places words as Pagefind counts them: by whitespace', () => {
    expect(wordsOf('Mr X complains.  The Council')[1]).toBe('X');
  });
});
