/**
 * The values of the search filters, as the decision pages give them to Pagefind
 * (data-pagefind-filter in src/pages/decisions/[slug].astro), with how many decisions have each.
 */
import type { DecisionMeta } from './archive-index';
import { OUTCOME_NAMES } from './labels';

export interface FilterValue {
  value: string;
  count: number;
}

export const FILTER_NAMES = ['council', 'outcome', 'category', 'subcategory', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** One pass over the decisions, as Pagefind sees them: a decision without a subcategory has none. */
export function filterValues(decisions: readonly DecisionMeta[]): Record<FilterName, FilterValue[]> {
  const counts = Object.fromEntries(FILTER_NAMES.map((f) => [f, new Map<string, number>()])) as Record<FilterName, Map<string, number>>;
  const add = (filter: FilterName, value: string | undefined) => value && counts[filter].set(value, (counts[filter].get(value) ?? 0) + 1);
  for (const d of decisions) {
    add('council', d.authority.name);
    add('outcome', OUTCOME_NAMES[d.outcome]);
    add('category', d.category.name);
    add('subcategory', d.subcategory?.name);
    add('year', d.decisionDate.slice(0, 4));
  }
  const list = (filter: FilterName) => [...counts[filter]].map(([value, count]) => ({ value, count }));
  const byName = (a: FilterValue, b: FilterValue) => a.value.localeCompare(b.value, 'en-GB');
  return {
    council: list('council').sort(byName),
    outcome: list('outcome').sort(byName),
    category: list('category').sort(byName),
    subcategory: list('subcategory').sort(byName),
    year: list('year').sort((a, b) => b.value.localeCompare(a.value)),
  };
}
