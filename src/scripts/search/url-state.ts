/**
 * The search page's state, and its place in the URL (/search/?q=…&council=…&from=2019&to=2021&sort=newest):
 * a shared link reproduces a search, and Back and Forward move between searches. Pure.
 */
import { FILTER_NAMES, type FilterName } from '../../contracts/search-filters';

/** The filters chosen from a list of values; the year is chosen as a range (from, to). */
export type ValueFilter = Exclude<FilterName, 'year'>;
export const VALUE_FILTERS: readonly ValueFilter[] = FILTER_NAMES.filter((f): f is ValueFilter => f !== 'year');

export type Sort = '' | 'newest' | 'oldest';

export interface SearchState {
  q: string;
  filters: Partial<Record<ValueFilter, string>>;
  /** Years, inclusive; '' for open. */
  from: string;
  to: string;
  sort: Sort;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, from: '', to: '', sort: '' };

const YEAR = /^\d{4}$/;

export function stateFromQuery(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of VALUE_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  // A link from before the range (…?year=2020) is the range of that one year.
  const year = params.get('year') ?? '';
  const from = params.get('from') ?? (YEAR.test(year) ? year : '');
  const to = params.get('to') ?? (YEAR.test(year) ? year : '');
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    from: YEAR.test(from) ? from : '',
    to: YEAR.test(to) ? to : '',
    sort: sort === 'newest' || sort === 'oldest' ? sort : '',
  };
}

export function queryFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of VALUE_FILTERS) if (state.filters[name]) params.set(name, state.filters[name]!);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** How many filters narrow the search (a year range counts once), for the "Filters (2)" disclosure. */
export function activeFilters(state: SearchState): number {
  return Object.values(state.filters).filter(Boolean).length + (state.from || state.to ? 1 : 0);
}

/** Whether the state asks for anything at all (words, a filter or an order). */
export function isEmpty(state: SearchState): boolean {
  return !state.q && activeFilters(state) === 0 && !state.sort;
}

/** The years of a range among the archive's years (the range as given when a bound is the other way round). */
export function yearsInRange(years: readonly string[], from: string, to: string): string[] | null {
  if (!from && !to) return null;
  const [lo, hi] = from && to && from > to ? [to, from] : [from, to];
  return years.filter((y) => (!lo || y >= lo) && (!hi || y <= hi));
}

/** The state's filters as Pagefind takes them: the year range as any of its years. */
export function pagefindFilters(state: SearchState, years: readonly string[]): Record<string, string | { any: string[] }> {
  const out: Record<string, string | { any: string[] }> = { ...(state.filters as Record<string, string>) };
  const range = yearsInRange(years, state.from, state.to);
  // A range with no year of the archive in it finds nothing: a year no decision has says so.
  if (range) out.year = { any: range.length ? range : [state.from || state.to] };
  return out;
}

/** What the search was, in words, for the status line: " for “tax” in Barnet, 2019–2021, newest first". */
export function describeState(state: SearchState, words: string): string {
  const parts: string[] = [];
  if (words) parts.push(` for ${words}`);
  const filters: string[] = Object.values(state.filters).filter((v): v is string => Boolean(v));
  if (state.from || state.to) filters.push(state.from === state.to ? state.from : state.from && state.to ? `${state.from}–${state.to}` : state.from ? `${state.from} onwards` : `up to ${state.to}`);
  if (filters.length) parts.push(` in ${filters.join(', ')}`);
  if (state.sort) parts.push(`, ${state.sort} first`);
  return parts.join('');
}
