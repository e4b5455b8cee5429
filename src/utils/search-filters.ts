/**
 * The values of the search filters (src/contracts/search-filters.ts): a decision's, as its page gives
 * them to Pagefind, and the archive's, with how many decisions have each.
 */
import { FILTER_NAMES, filterOrder, type FilterName, type SeveralFilterName } from '../contracts/search-filters';
import type { DecisionMeta } from './archive-index';
import { OUTCOME_NAMES, REMEDY_NAMES } from './labels';

export interface FilterValue {
  value: string;
  count: number;
}

/** A decision's values: a list for a filter of several values (empty: none), else one or none. */
export type DecisionFilters = { [F in FilterName]: F extends SeveralFilterName ? string[] : string | undefined };

/**
 * A decision's value of each filter: a decision without a subcategory has none. A subcategory is
 * named with its category ("Planning › Other"): subcategories of one name under two categories are
 * two subcategories, as on the category pages, and never one value of the filter. Remedies are
 * named as the decision lists name them (REMEDY_NAMES), one value per kind agreed.
 */
export function decisionFilters(d: DecisionMeta): DecisionFilters {
  return {
    council: d.authority.name,
    outcome: OUTCOME_NAMES[d.outcome],
    remedy: d.remedyKinds.map((kind) => REMEDY_NAMES[kind]),
    category: d.category.name,
    subcategory: d.subcategory ? `${d.category.name} › ${d.subcategory.name}` : undefined,
    year: d.decisionDate.slice(0, 4),
  };
}

/** A decision's values of one filter as a list, whether the filter takes one or several. */
export function valuesOf(filters: DecisionFilters, filter: FilterName): string[] {
  const value = filters[filter];
  return Array.isArray(value) ? value : value ? [value] : [];
}

/**
 * Every value of each filter, as Pagefind sees the decisions, in the order the search page lists
 * them. A decision counts once for each value it has: under each kind of remedy it agreed.
 */
export function filterValues(decisions: readonly DecisionMeta[]): Record<FilterName, FilterValue[]> {
  const counts = Object.fromEntries(FILTER_NAMES.map((f) => [f, new Map<string, number>()])) as Record<FilterName, Map<string, number>>;
  for (const d of decisions) {
    const values = decisionFilters(d);
    for (const filter of FILTER_NAMES) {
      for (const value of valuesOf(values, filter)) counts[filter].set(value, (counts[filter].get(value) ?? 0) + 1);
    }
  }
  return Object.fromEntries(
    FILTER_NAMES.map((filter) => {
      const order = filterOrder(filter);
      return [filter, [...counts[filter]].map(([value, count]) => ({ value, count })).sort((a, b) => order(a.value, b.value))];
    }),
  ) as Record<FilterName, FilterValue[]>;
}
