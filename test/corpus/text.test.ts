/** The corpus generator's wording helpers. */
import { describe, expect, it } from 'vitest';
import { Random } from '../../scripts/corpus/random';
import { capitalise, connect, money, pad } from '../../scripts/corpus/text';

describe('wording helpers', () => {
  it('pad numbers with zeros to a width, and leave wider ones alone', () => {
    expect(pad(7, 3)).toBe('007');
    expect(pad(1234, 3)).toBe('1234');
  });

  it('capitalise the first letter only', () => {
    expect(capitalise('the Council')).toBe('The Council');
    expect(capitalise('')).toBe('');
  });

  it('lower-case a leading "The", "It", "This", "In" or "On" after a connective, and keep names', () => {
    expect(connect('However', 'The Council replied.')).toBe('However, the Council replied.');
    expect(connect('Again', 'It said no.')).toBe('Again, it said no.');
    expect(connect('Meanwhile', 'Mrs X complained.')).toBe('Meanwhile, Mrs X complained.');
    expect(connect('However', 'Theresa wrote.')).toBe('However, Theresa wrote.');
  });

  it('write sums as statements do: pence only where there are some, thousands grouped or not', () => {
    const rng = new Random(8);
    expect(money(250, rng)).toBe('£250');
    expect(money(12.5, rng)).toBe('£12.50');
    expect(money(999.99, rng)).toBe('£999.99');
    const thousands = new Set(Array.from({ length: 100 }, () => money(1250, rng)));
    expect([...thousands].sort()).toEqual(['£1,250', '£1250']);
    const millions = new Set(Array.from({ length: 100 }, () => money(1_234_567.8, rng)));
    expect([...millions].sort()).toEqual(['£1,234,567.80', '£1234567.80']);
  });
});
