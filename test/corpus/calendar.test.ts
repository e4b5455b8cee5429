/** Dates by civil day number: what the generated statements write, without Date or a locale. */
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, headerDate, isoDate, longDate, monthYear } from '../../scripts/corpus/calendar';
import { Random } from '../../scripts/corpus/random';

describe('civil day numbers', () => {
  it('count days from 1970-01-01, as Date.UTC does, across leap years and centuries', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 2, 29)).toBe(Date.UTC(2000, 1, 29) / 86_400_000);
    expect(daysFromCivil(1900, 3, 1)).toBe(Date.UTC(1900, 2, 1) / 86_400_000);
    for (let day = daysFromCivil(2012, 1, 1); day <= daysFromCivil(2026, 12, 31); day++) {
      const date = new Date(day * 86_400_000);
      const { y, m, d } = civilFromDays(day);
      expect([y, m, d]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
      expect(daysFromCivil(y, m, d)).toBe(day);
    }
  });
});

describe('written dates', () => {
  const day = daysFromCivil(2019, 11, 4);

  it('are written in full in sentences, and as ISO dates in what the generator expects', () => {
    expect(longDate(day)).toBe('4 November 2019');
    expect(monthYear(day)).toBe('November 2019');
    expect(isoDate(day)).toBe('2019-11-04');
  });

  it('are written in the header in the three styles the site has printed', () => {
    const rng = new Random(6);
    const styles = new Set(Array.from({ length: 400 }, () => headerDate(rng, day)));
    expect([...styles].sort()).toEqual(['04 Nov 2019', '4 Nov 2019', '4 November 2019']);
  });
});
