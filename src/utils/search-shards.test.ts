import { describe, expect, it } from 'vitest';
import { indexedPart, planSearchShards } from './search-shards';

const decision = (slug: string, decisionDate: string) => ({ slug, decisionDate });

describe('planSearchShards', () => {
  describe('with a newest shard smaller than the others', () => {
    // Four decisions a month, January 2020 to June 2021.
    const months = Array.from({ length: 18 }, (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const decisions = months.flatMap((m) => [1, 2, 3, 4].map((d) => decision(`${m}-${d}`, `${m}-0${d}`)));

    it('gives the newest whole months, fewer than its size, a shard of their own, first', () => {
      // Steps of 5 from the oldest: the 66th decision (May 2021) is the last step's; the months after it.
      const shards = planSearchShards(decisions, 48, 10);
      expect(shards[0]).toEqual({ id: '2021-06_2021-06', slugs: ['2021-06-1', '2021-06-2', '2021-06-3', '2021-06-4'] });
      // The rest as before: 2021's earlier months, then 2020 whole.
      expect(shards.slice(1).map((s) => [s.id, s.slugs.length])).toEqual([['2021', 20], ['2020', 48]]);
      expect(shards.flatMap((s) => s.slugs).sort()).toEqual(decisions.map((d) => d.slug).sort());
    });
    it('lets months go to the next shard only each time half its size of decisions has come, so that shard is seldom indexed again', () => {
      // Four decisions a month from July 2021 to June 2022, one at a time.
      const later = Array.from({ length: 12 }, (_, i) => `${2021 + Math.floor((i + 6) / 12)}-${String(((i + 6) % 12) + 1).padStart(2, '0')}`);
      let archive = [...decisions];
      let rest = JSON.stringify(planSearchShards(archive, 48, 10).slice(1));
      let moves = 0;
      for (const m of later) {
        for (const d of [1, 2, 3, 4]) {
          archive = [...archive, decision(`${m}-${d}`, `${m}-0${d}`)];
          const shards = planSearchShards(archive, 48, 10);
          expect(shards[0]!.slugs.length).toBeLessThan(10);
          expect(shards.flatMap((s) => s.slugs)).toHaveLength(archive.length);
          const now = JSON.stringify(shards.slice(1));
          if (now === rest) continue;
          // Only as the count from the oldest reaches a step of 5.
          expect(archive.length % 5).toBe(0);
          moves++;
          rest = now;
        }
      }
      // 48 decisions cross ten steps of 5 (at 75, 80, … 120): at most one move each.
      expect(moves).toBeLessThanOrEqual(10);
      expect(moves).toBeGreaterThan(0);
    });
    it('holds at least one month, however large', () => {
      expect(planSearchShards(decisions, 48, 1)[0]!.id).toBe('2021-06_2021-06');
    });
    it('is the only shard when every month fits in it, and changes nothing when it is no smaller than the others', () => {
      expect(planSearchShards(decisions, 100, 80).map((s) => [s.id, s.slugs.length])).toEqual([['2020-2021', 72]]);
      expect(planSearchShards(decisions, 20, 20)).toEqual(planSearchShards(decisions, 20));
    });
  });

  it('keeps a small archive in one shard', () => {
    const shards = planSearchShards([decision('a', '2021-03-01'), decision('b', '2021-01-09')], 10);
    expect(shards).toEqual([{ id: '2021', slugs: ['b', 'a'] }]);
  });

  it('packs whole years, oldest first, while they fit, and lists the shards newest first', () => {
    const dates = ['2019-05-01', '2021-01-09', '2020-12-31', '2021-07-01', '2022-03-03', '2023-01-01'];
    const shards = planSearchShards(dates.map((d, i) => decision(`d${i}`, d)), 3);
    expect(shards.map((s) => [s.id, s.slugs])).toEqual([
      ['2023', ['d5']],
      ['2021-2022', ['d1', 'd3', 'd4']],
      ['2019-2020', ['d0', 'd2']],
    ]);
  });

  it('gives each year its own shard when no two fit together', () => {
    const shards = planSearchShards([decision('a', '2019-05-01'), decision('b', '2021-01-09'), decision('c', '2020-12-31'), decision('d', '2021-07-01')], 1);
    expect(shards.map((s) => s.id)).toEqual(['2021-07-07', '2021-01-01', '2020', '2019']);
  });

  it('splits a year larger than the limit into runs of whole months that do not overlap', () => {
    const dates = ['2020-01-05', '2020-01-20', '2020-02-01', '2020-03-01', '2020-03-02', '2020-03-03', '2020-11-30'];
    const shards = planSearchShards(dates.map((d, i) => decision(`d${i}`, d)), 3);
    expect(shards.map((s) => [s.id, s.slugs])).toEqual([
      ['2020-11-11', ['d6']],
      ['2020-03-03', ['d3', 'd4', 'd5']],
      ['2020-01-02', ['d0', 'd1', 'd2']],
    ]);
    // …and the years around it are packed on their own.
    const around = planSearchShards([...dates, '2019-01-01', '2021-01-01'].map((d, i) => decision(`d${i}`, d)), 3);
    expect(around.map((s) => s.id)).toEqual(['2021', '2020-11-11', '2020-03-03', '2020-01-02', '2019']);
  });

  it('never splits a month, even one larger than the limit', () => {
    const shards = planSearchShards([1, 2, 3, 4].map((n) => decision(`d${n}`, `2022-06-0${n}`)), 2);
    expect(shards).toEqual([{ id: '2022-06-06', slugs: ['d1', 'd2', 'd3', 'd4'] }]);
  });

  it('places every decision in exactly one shard', () => {
    const decisions = Array.from({ length: 500 }, (_, i) => decision(`s${i}`, `${2013 + (i % 13)}-${String(1 + ((i * 7) % 12)).padStart(2, '0')}-01`));
    const shards = planSearchShards(decisions, 17);
    const placed = shards.flatMap((s) => s.slugs);
    expect(placed.sort()).toEqual(decisions.map((d) => d.slug).sort());
    expect(new Set(shards.map((s) => s.id)).size).toBe(shards.length);
    for (const s of shards) expect(s.slugs.length).toBeLessThanOrEqual(17);
  });

  it('has no shard for an empty archive', () => {
    expect(planSearchShards([], 10)).toEqual([]);
  });
});

describe('indexedPart', () => {
  const page = (body: string, after: string) => Buffer.from(`<html lang="en"><body><article data-pagefind-body><h1>T</h1>${body}</article><nav data-search-index-end><a href="/x/">Related</a>${after}</nav></body></html>`);

  it('leaves out what follows the marker once the indexed element has closed', () => {
    const a = page('<p>Text</p>', '<p>Decision A</p>');
    const b = page('<p>Text</p>', '<p>Decision B</p>');
    expect(indexedPart(a).equals(indexedPart(b))).toBe(true);
    expect(indexedPart(a).toString()).toContain('<p>Text</p></article>');
    expect(indexedPart(a).toString()).not.toContain('Related');
  });

  it('keeps what the index reads: a change before the marker changes the part', () => {
    expect(indexedPart(page('<p>Text</p>', '')).equals(indexedPart(page('<p>Text!</p>', '')))).toBe(false);
  });

  it('is the whole page when something after the marker could reach the index', () => {
    const filter = page('<p>Text</p>', '<span data-pagefind-filter="x">y</span>');
    expect(indexedPart(filter)).toEqual(filter);
    // The indexed element not closed before the marker: the marker is inside it.
    const inside = Buffer.from('<article data-pagefind-body><p>a</p><nav data-search-index-end></nav><p>b</p></article>');
    expect(indexedPart(inside)).toEqual(inside);
    // Nested articles are counted as such, and "<articles" is not an article.
    const nested = Buffer.from('<article data-pagefind-body><article><articles></articles></article></article><nav data-search-index-end></nav>');
    expect(indexedPart(nested).toString()).toBe('<article data-pagefind-body><article><articles></articles></article></article><nav ');
  });

  it('is the whole page without the marker, or without an indexed element', () => {
    const plain = Buffer.from('<article data-pagefind-body>x</article>');
    expect(indexedPart(plain)).toEqual(plain);
    const none = Buffer.from('<p>x</p><nav data-search-index-end></nav>');
    expect(indexedPart(none)).toEqual(none);
  });
});
