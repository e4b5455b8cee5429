/**
 * The councils index's figures over a range of years, and its orders: pure, so that the browser
 * script (src/scripts/councils.ts) only draws what these decide.
 */
import type { CouncilFigures } from '../contracts/council-figures';
import { addPounds } from './remedies';
import { SMALL_NUMBER } from './format';

export type Council = CouncilFigures['councils'][number];

export interface CouncilRow {
  council: Council;
  count: number;
  upheld: number;
  investigated: number;
  remedyTotal: number;
}

export const SORT_KEYS = ['name', 'count', 'rate', 'money'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'ascending' | 'descending';

/** Each council's figures over the years from `from` to `to` (inclusive); councils with no decisions then are left out. */
export function rowsBetween(councils: Council[], from: string, to: string): CouncilRow[] {
  return councils.flatMap((council) => {
    let upheld = 0;
    let notUpheld = 0;
    let closed = 0;
    const money: number[] = [];
    for (const [year, figures] of Object.entries(council.years)) {
      if (year < from || year > to) continue;
      upheld += figures[0];
      notUpheld += figures[1];
      closed += figures[2];
      money.push(figures[3]);
    }
    const count = upheld + notUpheld + closed;
    return count === 0 ? [] : [{ council, count, upheld, investigated: upheld + notUpheld, remedyTotal: addPounds(money) }];
  });
}

const byName = (a: CouncilRow, b: CouncilRow) =>
  a.council.distinctiveName.localeCompare(b.council.distinctiveName, 'en') || a.council.name.localeCompare(b.council.name, 'en');

/**
 * Rows in a column's order. Numbers tie-break by name. An uphold rate on fewer than SMALL_NUMBER
 * investigated complaints is shown as a count ("1 of 1") and sorts after the rates, whichever the
 * direction, so that one upheld complaint of one does not head the table; none investigated is last.
 */
export function sortRows(rows: CouncilRow[], key: SortKey, direction: Direction): CouncilRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: CouncilRow, b: CouncilRow): number => {
    switch (key) {
      case 'name':
        return sign * byName(a, b);
      case 'count':
        return sign * (a.count - b.count) || byName(a, b);
      case 'money':
        return sign * (a.remedyTotal - b.remedyTotal) || byName(a, b);
      case 'rate': {
        const band = (r: CouncilRow) => (r.investigated === 0 ? 2 : r.investigated < SMALL_NUMBER ? 1 : 0);
        const rate = (r: CouncilRow) => (r.investigated === 0 ? 0 : r.upheld / r.investigated);
        return band(a) - band(b) || sign * (rate(a) - rate(b)) || b.investigated - a.investigated || byName(a, b);
      }
    }
  };
  return [...rows].sort(compare);
}

/** A column's first direction: names A to Z, figures highest first. */
export function firstDirection(key: SortKey): Direction {
  return key === 'name' ? 'ascending' : 'descending';
}
