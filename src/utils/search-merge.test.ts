import { describe, expect, it } from 'vitest';
import { allowedForWord, allowedHits, mergeHits, onEveryWord, remainingResults, sumFilters, type FilterCounts } from './search-merge';

const hit = (shard: number, id: string, score: number) => ({ shard, id, score });

describe('mergeHits', () => {
  const perShard = [[hit(0, 'a', 3), hit(0, 'b', 1)], [hit(1, 'c', 2)], [hit(2, 'd', 5)]];
  it('by date, each shard in its own order: newest shard first, or last for oldest first', () => {
    expect(mergeHits(perShard, 'newest').map((h) => h.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(mergeHits(perShard, 'oldest').map((h) => h.id)).toEqual(['d', 'c', 'a', 'b']);
  });
  it('by relevance, by score across shards, the newer shard first on a tie', () => {
    expect(mergeHits(perShard, 'relevance').map((h) => h.id)).toEqual(['d', 'a', 'c', 'b']);
    expect(mergeHits([[hit(0, 'x', 1)], [hit(1, 'y', 1)]], 'relevance').map((h) => h.id)).toEqual(['x', 'y']);
  });
});

describe('sumFilters', () => {
  it('adds up the shards’ counts', () => {
    const perShard: FilterCounts[] = [
      { council: { Barnet: 2, Bromley: 1 }, year: { '2022': 3 } },
      { council: { Barnet: 5 }, year: { '2021': 5 } },
    ];
    expect(sumFilters(perShard)).toEqual({ council: { Barnet: 7, Bromley: 1 }, year: { '2022': 3, '2021': 5 } });
  });
  it('is unknown when any shard’s counts are', () => {
    expect(sumFilters([{ council: { Barnet: 1 } }, null])).toBeNull();
  });
});

describe('allowedHits', () => {
  const candidates = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('keeps the candidates every clause allows, in their order', () => {
    expect(allowedHits(candidates, ['all', new Set(['c', 'a'])]).map((c) => c.id)).toEqual(['a', 'c']);
    expect(allowedHits(candidates, [new Set(['a', 'b']), new Set(['b', 'c'])]).map((c) => c.id)).toEqual(['b']);
    expect(allowedHits(candidates, ['all']).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
  it('keeps none when a clause allows none', () => {
    expect(allowedHits(candidates, ['all', 'none'])).toEqual([]);
  });
});

describe('allowedForWord', () => {
  const ids = (...xs: string[]) => xs.map((id) => ({ id }));
  const never = async () => {
    throw new Error('not asked');
  };
  it('allows nothing where the word finds nothing', async () => {
    expect(await allowedForWord([], [], true, never)).toBe('none');
  });
  it('allows every loose result when they are the exact ones', async () => {
    expect(await allowedForWord(ids('a', 'b'), ids('a', 'b'), false, never)).toBe('all');
  });
  it('a short stem with longer stems beside it ("tax" and "taxi"): only the exact results', async () => {
    const allowed = await allowedForWord(ids('a'), ids('a', 'b'), false, never);
    expect(allowed instanceof Set && [...allowed]).toEqual(['a']);
  });
  it('a long stem ("apolog"): its longer stems ("apologis") count too', async () => {
    expect(await allowedForWord(ids('a'), ids('a', 'b'), true, never)).toBe('all');
  });
  it('without its own stem in the shard: a fallback to a shorter stem ("x" for "xylophone") allows nothing', async () => {
    expect(await allowedForWord([], ids('a', 'b'), true, async () => false)).toBe('none');
    expect(await allowedForWord([], ids('a', 'b'), false, never)).toBe('none');
  });
  it('without its own stem in the shard: longer stems of a long stem count ("apologised" for "apology")', async () => {
    expect(await allowedForWord([], ids('a'), true, async () => true)).toBe('all');
  });
});

describe('remainingResults', () => {
  it('leaves out the first page’s decisions still ahead in the index’s results', () => {
    // 25 results, 10 passed, a first page of 10 of which 4 were met and passed over.
    expect(remainingResults(25, 10, { shown: 10, met: 4, whole: true })).toBe(9);
    expect(remainingResults(25, 25, { shown: 10, met: 10, whole: true })).toBe(0);
    expect(remainingResults(8, 0, { shown: 10, met: 0, whole: true })).toBe(0);
    expect(remainingResults(25, 10, { shown: 0, met: 0, whole: true })).toBe(15);
  });

  it('takes none off where the index answered in part: the first page’s decisions may not be among its results', () => {
    expect(remainingResults(8, 0, { shown: 10, met: 2, whole: false })).toBe(8);
  });
});

describe('onEveryWord', () => {
  const school = [4, 900, 7, 800, 2, 500, 9, 100];
  const transport = [7, 950, 2, 700, 4, 300, 5, 200];

  it('keeps the decisions on every list, best by their relevance added up, newer first on a tie', () => {
    // 7: 1750, 4: 1200, 2: 1200 (4 and 2 tie: 2 is the newer), 9 and 5 on one list only.
    expect(onEveryWord([{ list: school }, { list: transport }], 10)).toEqual([7, 2, 4]);
    expect(onEveryWord([{ list: school }, { list: transport }], 2)).toEqual([7, 2]);
    expect(onEveryWord([{ list: school }], 2)).toEqual([4, 7]);
    expect(onEveryWord([{ list: school }, { list: [1, 5] }], 10)).toEqual([]);
    expect(onEveryWord([], 10)).toEqual([]);
  });

  it("finds the decisions beyond a list that use every word, counted at the list's last relevance", () => {
    // school is also in 5, 11 and 12 (gaps from -1: 6, 6, 1); transport also in 9 and 12 (10, 3).
    const words = [
      { list: school, others: [6, 6, 1] },
      { list: transport, others: [10, 3] },
    ];
    // 7: 1750, 4: 1200, 2: 1200, 5: 100 + 200, 9: 100 + 200 (5 is the newer), 12: 100 + 200 (last);
    // 11 uses school alone.
    expect(onEveryWord(words, 10)).toEqual([7, 2, 4, 5, 9, 12]);
    // The same from whichever word has fewer others.
    expect(onEveryWord([...words].reverse(), 10)).toEqual([7, 2, 4, 5, 9, 12]);
    expect(onEveryWord([words[0]!, { list: transport, others: [10, 3, 1, 1, 1] }], 10)).toEqual([7, 2, 4, 5, 9, 12]);
    // Beyond every list, the newest first: 5, 9 and 12 score alike.
    expect(onEveryWord(words, 4)).toEqual([7, 2, 4, 5]);
    expect(onEveryWord([words[0]!, { list: [1, 5] }], 10)).toEqual([]);
    expect(onEveryWord([words[0]!, { list: [11, 5] }], 10)).toEqual([11]);
  });
});
