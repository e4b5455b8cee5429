/**
 * How a long list of decisions is split into pages, so that a new decision changes as few of them as
 * possible. Pages are numbered from the oldest: page n holds the list's decisions (n − 1) × size + 1
 * to n × size in date order, and is published only once it is full. A decision newer than all of
 * the page's leaves it as it is: a link to it keeps showing what was cited, and a rebuild need not
 * render it again. (One dated before them, published late, or a withdrawn one, moves the page and
 * every page after it by one decision: position is date order.) The newest decisions, those not yet filling a page of their own, are on the list's own page
 * (the landing), with the newest full page's: it shows between `size` and 2 × `size` − 1 decisions
 * (all of them, when the list has fewer), so that no decision is on two pages and none on none.
 */

interface ListingPageBase<T> {
  /** The decisions on the page, newest first. */
  items: T[];
  /** Positions in date order (1 is the oldest) of its oldest and its newest decision. */
  from: number;
  to: number;
  /** The page of the decisions just before these, if there are any. */
  older: number | null;
}

/** The list's own page: its newest decisions. */
export interface LandingPage<T> extends ListingPageBase<T> {
  number: null;
  /** Decisions in the whole list. */
  total: number;
  /** Numbered pages of older decisions. */
  pages: number;
  /** Decisions on a numbered page. */
  size: number;
}

/**
 * A full page of older decisions. It does not say how many pages or decisions the list has, so that
 * it stays the same as the list grows; only its link to newer decisions changes, once, when the
 * page after it fills.
 */
export interface NumberedPage<T> extends ListingPageBase<T> {
  number: number;
  /** The next page of newer decisions; null when they are on the landing. */
  newer: number | null;
}

export type ListingPage<T> = LandingPage<T> | NumberedPage<T>;

/** The landing page and every numbered page of a list given newest first. */
export function listingPages<T>(newestFirst: readonly T[], size: number): [LandingPage<T>, ...NumberedPage<T>[]] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`a page holds at least one decision, not ${size}`);
  const total = newestFirst.length;
  const full = Math.floor(total / size);
  // The newest full page stays on the landing with the decisions after it, and is not numbered yet.
  const pages = Math.max(full - 1, 0);
  const onLanding = total - pages * size;
  // Position p (1 = oldest) is newestFirst[total − p].
  const slice = (from: number, to: number) => newestFirst.slice(total - to, total - from + 1);
  const landing: LandingPage<T> = { number: null, items: slice(pages * size + 1, total), from: total - onLanding + 1, to: total, older: pages > 0 ? pages : null, total, pages, size };
  const numbered = Array.from({ length: pages }, (_, i): NumberedPage<T> => {
    const number = i + 1;
    const from = i * size + 1;
    const to = number * size;
    return { number, items: slice(from, to), from, to, older: number > 1 ? number - 1 : null, newer: number < pages ? number + 1 : null };
  });
  return [landing, ...numbered];
}

/** An entry of a list's page links: a page (null: the landing), or a gap where pages are left out. */
export type PageLink = { page: number | null; current: boolean } | 'gap';

/**
 * The links from one page to others, newest first as the lists are: the landing, the pages on
 * either side of this one, and the oldest. A numbered page names no page newer than the one after
 * it, so that it does not change when more pages are added; it marks a gap after the landing
 * instead, since it cannot know whether pages lie between.
 */
export function pageLinks(page: ListingPage<unknown>): PageLink[] {
  if (page.number === null && page.pages === 0) return [];
  const around = page.number === null ? [page.pages, page.pages - 1] : [page.newer ?? page.number, page.number, page.number - 1];
  const landing: PageLink = { page: null, current: page.number === null };
  const unknownBetween = page.number !== null && page.newer !== null;
  return [landing, ...(unknownBetween ? ['gap' as const] : []), ...withGaps(around, 'down').map((n) => (n === 'gap' ? n : { page: n, current: n === page.number }))];
}

/**
 * The page numbers to link from page `current` of `last`, counted from the first: the first, the
 * last and those on either side of this one, with gaps where pages are left out (the A to Z of
 * councils, whose pages all change with a new authority anyway).
 */
export function pageNumbers(current: number, last: number): (number | 'gap')[] {
  return withGaps([current - 1, current, current + 1, last].filter((n) => n <= last), 'up');
}

/** Page numbers with page 1, each once, in order, with a gap wherever numbers are left out. */
function withGaps(numbers: number[], order: 'up' | 'down'): (number | 'gap')[] {
  const sorted = [...new Set([...numbers, 1])].filter((n) => n >= 1).sort((a, b) => (order === 'up' ? a - b : b - a));
  return sorted.flatMap((n, i) => (i > 0 && Math.abs(sorted[i - 1]! - n) > 1 ? ['gap' as const, n] : [n]));
}

/** A list's page by number, under the list's own address (the landing's): `<list>/<n>/`. */
export function pageHref(list: string, page: number | null): string {
  return page === null ? list : `${list}${page}/`;
}

/** The list's own address, from the address of one of its pages. */
export function listHref(pathname: string, page: number | null): string {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (page === null) return path;
  if (!path.endsWith(`/${page}/`)) throw new Error(`${pathname} is not the address of page ${page} of a list`);
  return path.slice(0, path.length - `${page}/`.length);
}

/**
 * Where a page of a list is, from its own address: the list's address, and the pages just newer
 * and just older than it (undefined where there are none), for its links and rel=prev/next.
 */
export function listingAddresses(pathname: string, page: ListingPage<unknown>): { list: string; newer: string | undefined; older: string | undefined } {
  const list = listHref(pathname, page.number);
  return {
    list,
    newer: page.number === null ? undefined : pageHref(list, page.newer),
    older: page.older === null ? undefined : pageHref(list, page.older),
  };
}
