import { describe, expect, it } from 'vitest';
import type { DecisionMeta } from './archive-index';
import { FILTER_NAMES } from '../contracts/search-filters';
import { REMEDY_NAMES } from './labels';
import { decisionFilters, filterValues, valuesOf } from './search-filters';

function meta(
  slug: string,
  over: { authority: string; category: string; subcategory: string | null; outcome: DecisionMeta['outcome']; date: string; remedies?: DecisionMeta['remedyKinds'] },
): DecisionMeta {
  const named = (name: string) => ({ name, slug: name.toLowerCase().replaceAll(' ', '-') });
  return {
    slug,
    reference: slug.replaceAll('-', ' '),
    authority: named(over.authority),
    category: named(over.category),
    subcategory: over.subcategory === null ? null : named(over.subcategory),
    outcome: over.outcome,
    outcomeLabel: over.outcome,
    decisionDate: over.date,
    summary: 'A summary.',
    paragraphCount: 10,
    remedyTotal: 0,
    paymentsTotal: 0,
    distressTotal: 0,
    remedyKinds: over.remedies ?? [],
    sourceUrl: null,
  };
}

describe('filterValues', () => {
  it('gives each filter the values decision pages give Pagefind, with their counts, in the order the page lists them', () => {
    const decisions = [
      meta('20-000-001', { authority: 'Barnet', category: 'Education', subcategory: 'Other', outcome: 'upheld', date: '2021-02-01', remedies: ['apology', 'payment', 'training'] }),
      meta('20-000-002', { authority: 'Aylesbury', category: 'Housing', subcategory: 'Other', outcome: 'upheld', date: '2020-02-01', remedies: ['payment'] }),
      meta('20-000-003', { authority: 'Barnet', category: 'Housing', subcategory: 'Allocations', outcome: 'not-upheld', date: '2021-09-01' }),
      meta('20-000-004', { authority: 'Barnet', category: 'Housing', subcategory: null, outcome: 'upheld', date: '2019-09-01' }),
    ];
    expect(filterValues(decisions)).toEqual({
      council: [{ value: 'Aylesbury', count: 1 }, { value: 'Barnet', count: 3 }],
      // No "Closed after initial enquiries": no decision has it, so Pagefind would not offer it.
      outcome: [{ value: 'Not upheld', count: 1 }, { value: 'Upheld', count: 3 }],
      // Each kind of remedy a decision agreed counts it once; the two decisions that agreed none count under none.
      remedy: [
        { value: 'Apology', count: 1 },
        { value: 'Payment', count: 2 },
        { value: 'Staff training or reminder', count: 1 },
      ],
      category: [{ value: 'Education', count: 1 }, { value: 'Housing', count: 3 }],
      // "Other" of Education and of Housing are two values, each within its category; a decision without a subcategory has none.
      subcategory: [
        { value: 'Education › Other', count: 1 },
        { value: 'Housing › Allocations', count: 1 },
        { value: 'Housing › Other', count: 1 },
      ],
      year: [{ value: '2021', count: 2 }, { value: '2020', count: 1 }, { value: '2019', count: 1 }],
    });
  });
});

describe('decisionFilters', () => {
  it('gives a decision’s value of every filter, and none for a missing subcategory', () => {
    const d = meta('20-000-001', { authority: 'Barnet', category: 'Housing', subcategory: 'Allocations', outcome: 'closed-after-initial-enquiries', date: '2021-02-01' });
    expect(decisionFilters(d)).toEqual({
      council: 'Barnet',
      outcome: 'Closed after initial enquiries',
      remedy: [],
      category: 'Housing',
      subcategory: 'Housing › Allocations',
      year: '2021',
    });
    expect(Object.keys(decisionFilters(d))).toEqual(FILTER_NAMES);
    expect(decisionFilters({ ...d, subcategory: null }).subcategory).toBeUndefined();
  });

  it('gives one remedy value per kind of action agreed, named as the archive names it elsewhere, and none without a remedy', () => {
    const d = meta('20-000-001', { authority: 'Barnet', category: 'Housing', subcategory: null, outcome: 'upheld', date: '2021-02-01', remedies: ['apology', 'payment', 'procedure-review'] });
    expect(decisionFilters(d).remedy).toEqual([REMEDY_NAMES.apology, REMEDY_NAMES.payment, REMEDY_NAMES['procedure-review']]);
    expect(decisionFilters(d).remedy).toEqual(['Apology', 'Payment', 'Procedure or policy review']);
    expect(valuesOf(decisionFilters(d), 'remedy')).toHaveLength(3);
    expect(valuesOf(decisionFilters({ ...d, remedyKinds: [] }), 'remedy')).toEqual([]);
    // A filter of one value gives it as a list of one, or none.
    expect(valuesOf(decisionFilters(d), 'council')).toEqual(['Barnet']);
    expect(valuesOf(decisionFilters(d), 'subcategory')).toEqual([]);
  });
});
