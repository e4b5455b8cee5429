import { describe, expect, it } from 'vitest';
import { searchWords, shardsToKeep, sumFilters, type FilterCounts } from './search-merge';

describe('searchWords', () => {
  it('splits a search into its words, once each', () => {
    expect(searchWords('school  transport school')).toEqual(['school', 'transport']);
  });
  it('has none for a phrase or reference search (exact already) or a search by filters only', () => {
    expect(searchWords('"domestic violence"')).toEqual([]);
    expect(searchWords('"20 006 390"')).toEqual([]);
    expect(searchWords(null)).toEqual([]);
    expect(searchWords('   ')).toEqual([]);
  });
});

describe('shardsToKeep', () => {
  it('keeps the shards that have each word when some shard has it', () => {
    // "mediation" is in shard 2 only; "council" in all three.
    expect([...shardsToKeep(3, [new Set([2]), new Set([0, 1, 2])])]).toEqual([2]);
  });
  it('keeps every shard for a word no shard has exactly (a prefix being typed, a misspelling)', () => {
    expect([...shardsToKeep(3, [new Set()])]).toEqual([0, 1, 2]);
    expect([...shardsToKeep(3, [new Set(), new Set([1])])]).toEqual([1]);
  });
  it('keeps none when two words are in different shards only: no decision has both', () => {
    expect([...shardsToKeep(3, [new Set([0]), new Set([1])])]).toEqual([]);
  });
});

describe('sumFilters', () => {
  it('adds up the filter counts of the kept shards only', () => {
    const perShard: FilterCounts[] = [
      { council: { Barnet: 2, Bromley: 1 }, year: { '2022': 3 } },
      { council: { Barnet: 5 }, year: { '2021': 5 } },
      { council: { Camden: 1 }, year: { '2020': 1 } },
    ];
    expect(sumFilters(perShard, new Set([0, 2]))).toEqual({ council: { Barnet: 2, Bromley: 1, Camden: 1 }, year: { '2022': 3, '2020': 1 } });
  });
});
