import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listHref, listingPages, pageHref, pageLinks, pageNumbers, type NumberedPage } from './listing';

/** A list of n decisions, newest first: n is the newest, 1 the oldest (its position in date order). */
const list = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('listingPages', () => {
  it('puts a short list on the landing alone', () => {
    for (const n of [0, 1, 49, 50, 99]) {
      const [landing, ...pages] = listingPages(list(n), 50);
      expect(pages).toEqual([]);
      expect(landing).toMatchObject({ number: null, items: list(n), from: 1, to: n, older: null, total: n, pages: 0 });
    }
  });

  it('numbers full pages from the oldest and keeps the newest full page and the rest on the landing', () => {
    const [landing, ...pages] = listingPages(list(173), 50);
    // 173 = 3 full pages and 23: pages 1 and 2 are numbered; the third and the 23 are on the landing.
    expect(landing).toMatchObject({ from: 101, to: 173, older: 2, total: 173, pages: 2 });
    expect(landing.items).toEqual(list(173).slice(0, 73));
    expect(pages.map((p) => [p.number, p.from, p.to, p.older, p.newer])).toEqual([
      [1, 1, 50, null, 2],
      [2, 51, 100, 1, null],
    ]);
    expect(pages[0]!.items).toEqual(list(50));
    expect(pages[1]!.items[0]).toBe(100);
  });

  it('lists every decision once, newest first across the landing and then the pages from the newest', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 60 }), (n, size) => {
        const [landing, ...pages] = listingPages(list(n), size);
        expect([...landing.items, ...pages.reverse().flatMap((p) => p.items)]).toEqual(list(n));
        for (const page of pages) expect(page.items).toHaveLength(size);
        expect(landing.items.length).toBe(n < size ? n : size + (n % size));
      }),
    );
  });

  it('keeps every numbered page as it was when newer decisions arrive, but for the newest one’s link', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(200), fc.integer({ min: 1, max: 60 }), (n, added, size) => {
        const before = listingPages(list(n), size).slice(1) as NumberedPage<number>[];
        const after = listingPages(list(n + added), size).slice(1) as NumberedPage<number>[];
        before.forEach((page, i) => {
          const now = after[i]!;
          // A page's links are computed from the page alone, so they are kept with it.
          if (i < before.length - 1) {
            expect(now).toEqual(page);
            expect(pageLinks(now)).toEqual(pageLinks(page));
          } else {
            expect({ ...now, newer: null }).toEqual(page);
          }
        });
      }),
    );
  });

  it('moves only the pages from a late decision’s place in date order on, and one withdrawn likewise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.nat(300), fc.integer({ min: 1, max: 60 }), (n, at, size) => {
        // Positions 1..n, and a decision slotted in after position p (a late one dated between).
        const p = at % (n + 1);
        const dates = Array.from({ length: n }, (_, i) => 2 * (i + 1));
        const later = [...dates, 2 * p + 1].sort((a, b) => a - b);
        const before = listingPages([...dates].reverse(), size).slice(1) as NumberedPage<number>[];
        const after = listingPages([...later].reverse(), size).slice(1) as NumberedPage<number>[];
        // Pages wholly before its place keep their decisions; the late one's page and later ones shift.
        for (const page of before) if (page.to <= p) expect(after[page.number - 1]!.items).toEqual(page.items);
        // Withdrawn: the same, read the other way (but the newest numbered page, which may go back
        // to the landing once it is no longer followed by a full page).
        for (const page of after) if (page.to <= p && page.number <= before.length) expect(before[page.number - 1]!.items).toEqual(page.items);
      }),
    );
  });

  it('refuses a page of no decisions', () => {
    expect(() => listingPages(list(3), 0)).toThrow(RangeError);
  });
});

describe('pageLinks', () => {
  const pagesOf = (n: number) => listingPages(list(n), 10);

  it('has none where the landing holds everything', () => {
    expect(pageLinks(pagesOf(15)[0])).toEqual([]);
  });

  it('links the landing to its newest numbered pages and the oldest', () => {
    expect(pageLinks(pagesOf(123)[0])).toEqual([
      { page: null, current: true },
      { page: 11, current: false },
      { page: 10, current: false },
      'gap',
      { page: 1, current: false },
    ]);
  });

  it('links a numbered page to the landing, the pages on either side and the oldest, newest first', () => {
    const [, ...pages] = pagesOf(123);
    // A gap after the landing: the page cannot know how many pages lie between (here 7 to 11).
    expect(pageLinks(pages[4]!)).toEqual([
      { page: null, current: false },
      'gap',
      { page: 6, current: false },
      { page: 5, current: true },
      { page: 4, current: false },
      'gap',
      { page: 1, current: false },
    ]);
    expect(pageLinks(pages[0]!)).toEqual([
      { page: null, current: false },
      'gap',
      { page: 2, current: false },
      { page: 1, current: true },
    ]);
    // The newest numbered page: the landing comes next.
    expect(pageLinks(pages[10]!)).toEqual([
      { page: null, current: false },
      { page: 11, current: true },
      { page: 10, current: false },
      'gap',
      { page: 1, current: false },
    ]);
  });
});

describe('pageNumbers', () => {
  it('names the first, the last and the pages either side, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 'gap', 5]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(5, 9)).toEqual([1, 'gap', 4, 5, 6, 'gap', 9]);
  });
});

describe('addresses', () => {
  it('puts numbered pages under the list’s address, and finds it again from a page’s', () => {
    expect(pageHref('/archive/years/2021/', null)).toBe('/archive/years/2021/');
    expect(pageHref('/archive/years/2021/', 12)).toBe('/archive/years/2021/12/');
    expect(listHref('/archive/years/2021/12/', 12)).toBe('/archive/years/2021/');
    expect(listHref('/archive/years/2021/', null)).toBe('/archive/years/2021/');
    expect(listHref('/archive/councils/x/3', 3)).toBe('/archive/councils/x/');
    expect(() => listHref('/archive/councils/x/13/', 3)).toThrow(/not the address of page 3/);
  });
});
