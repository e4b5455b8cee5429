import { describe, expect, it } from 'vitest';
import { firstDirection, rowsBetween, sortRows, type Council } from './council-table';

const council = (distinctiveName: string, years: Council['years']): Council => ({ name: `${distinctiveName} Council`, distinctiveName, letter: distinctiveName[0]!, href: '/', years });

const councils = [
  council('Barnet', { '2019': [10, 5, 1, 300], '2020': [2, 0, 0, 50.5] }),
  council('Camden', { '2020': [1, 0, 0, 1000] }),
  council('Ealing', { '2019': [3, 9, 0, 0] }),
  council('Dover', { '2021': [0, 0, 4, 0] }),
];

describe('rowsBetween', () => {
  it('adds the figures of the chosen years only, leaving out councils with none then', () => {
    const all = rowsBetween(councils, '2019', '2021');
    expect(all.map((r) => [r.council.distinctiveName, r.count, r.upheld, r.investigated, r.remedyTotal])).toEqual([
      ['Barnet', 18, 12, 17, 350.5],
      ['Camden', 1, 1, 1, 1000],
      ['Ealing', 12, 3, 12, 0],
      ['Dover', 4, 0, 0, 0],
    ]);
    expect(rowsBetween(councils, '2020', '2020').map((r) => [r.council.distinctiveName, r.count])).toEqual([
      ['Barnet', 2],
      ['Camden', 1],
    ]);
  });
});

describe('sortRows', () => {
  const rows = rowsBetween(councils, '2019', '2021');
  const names = (key: Parameters<typeof sortRows>[1], direction: Parameters<typeof sortRows>[2]) => sortRows(rows, key, direction).map((r) => r.council.distinctiveName);

  it('sorts by name, decisions and money either way', () => {
    expect(names('name', 'ascending')).toEqual(['Barnet', 'Camden', 'Dover', 'Ealing']);
    expect(names('name', 'descending')).toEqual(['Ealing', 'Dover', 'Camden', 'Barnet']);
    expect(names('count', 'descending')).toEqual(['Barnet', 'Ealing', 'Dover', 'Camden']);
    expect(names('money', 'descending')).toEqual(['Camden', 'Barnet', 'Dover', 'Ealing']);
    expect(names('money', 'ascending')).toEqual(['Dover', 'Ealing', 'Barnet', 'Camden']);
  });

  it('sorts rates on fewer than 10 investigated after the others, and none investigated last, either way', () => {
    // Barnet 12 of 17, Ealing 3 of 12; Camden 1 of 1 is a count; Dover investigated none.
    expect(names('rate', 'descending')).toEqual(['Barnet', 'Ealing', 'Camden', 'Dover']);
    expect(names('rate', 'ascending')).toEqual(['Ealing', 'Barnet', 'Camden', 'Dover']);
  });

  it('starts names A to Z and figures highest first', () => {
    expect(firstDirection('name')).toBe('ascending');
    expect(firstDirection('rate')).toBe('descending');
  });
});
