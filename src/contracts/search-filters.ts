/**
 * The search filters. Each decision page gives Pagefind its value of each (data-pagefind-filter, in
 * src/pages/decisions/[slug].astro and src/components/SearchIndexFields.astro), and the search page
 * offers them under the same names, as its selects and its URL's parameters (src/pages/search.astro,
 * src/scripts/search.ts). A decision's value of each (or values, of a filter marked `several`) is
 * src/utils/search-filters.ts' decisionFilters.
 */

export const SEARCH_FILTERS = [
  { name: 'council', label: 'Council' },
  { name: 'outcome', label: 'Outcome' },
  // A decision has a value for each kind of remedy it agreed, so none, one or several.
  { name: 'remedy', label: 'Remedy', several: true },
  { name: 'category', label: 'Category' },
  { name: 'subcategory', label: 'Subcategory' },
  { name: 'year', label: 'Year' },
] as const;

export type FilterName = (typeof SEARCH_FILTERS)[number]['name'];
export const FILTER_NAMES: readonly FilterName[] = SEARCH_FILTERS.map((f) => f.name);
/** The filters of which one decision can have several values. */
export type SeveralFilterName = Extract<(typeof SEARCH_FILTERS)[number], { several: true }>['name'];

/** The order a filter lists its values in: years newest first, everything else by name. */
export function filterOrder(name: FilterName): (a: string, b: string) => number {
  return name === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b, 'en-GB');
}
