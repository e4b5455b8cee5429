import { describe, expect, it } from 'vitest';
import { activeFilters, describeState, EMPTY_STATE, isEmpty, pagefindFilters, queryFromState, stateFromQuery, yearsInRange } from './url-state';

describe('the URL holds the state', () => {
  it('round-trips words, filters, a year range and the order', () => {
    const state = stateFromQuery('?q=school+transport&council=London+Borough+of+Barnet&from=2019&to=2021&sort=oldest');
    expect(state).toEqual({ q: 'school transport', filters: { council: 'London Borough of Barnet' }, from: '2019', to: '2021', sort: 'oldest' });
    expect(stateFromQuery(queryFromState(state))).toEqual(state);
  });
  it('reads an older link’s single year as a range of one year, and ignores what is not a year or an order', () => {
    expect(stateFromQuery('?year=2020')).toMatchObject({ from: '2020', to: '2020' });
    expect(stateFromQuery('?from=20&sort=best')).toMatchObject({ from: '', sort: '' });
  });
  it('an empty state is an empty query', () => {
    expect(queryFromState(EMPTY_STATE)).toBe('');
    expect(isEmpty(EMPTY_STATE)).toBe(true);
  });
});

describe('filters', () => {
  const years = ['2019', '2020', '2021', '2022'];
  it('counts a range once', () => {
    expect(activeFilters({ ...EMPTY_STATE, filters: { outcome: 'Upheld' }, from: '2020', to: '2021' })).toBe(2);
  });
  it('a range is any of its years; open at either end; the other way round is the same range', () => {
    expect(yearsInRange(years, '2020', '2021')).toEqual(['2020', '2021']);
    expect(yearsInRange(years, '', '2020')).toEqual(['2019', '2020']);
    expect(yearsInRange(years, '2022', '2021')).toEqual(['2021', '2022']);
    expect(yearsInRange(years, '', '')).toBeNull();
    expect(pagefindFilters({ ...EMPTY_STATE, filters: { council: 'Barnet' }, from: '2021' }, years)).toEqual({ council: 'Barnet', year: { any: ['2021', '2022'] } });
  });
  it('a range with no year of the archive finds nothing rather than everything', () => {
    expect(pagefindFilters({ ...EMPTY_STATE, from: '2030' }, years)).toEqual({ year: { any: ['2030'] } });
  });
  it('describes the search in words', () => {
    expect(describeState({ ...EMPTY_STATE, filters: { council: 'Barnet' }, from: '2019', to: '2021', sort: 'newest' }, '“tax”')).toBe(' for “tax” in Barnet, 2019–2021, newest first');
  });
});
