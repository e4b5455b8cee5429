import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketOf, FIRST_PAGE_LIST, FIRST_PAGE_SIZE, FirstPageBucketSchema, FirstPageOthersSchema, firstPageBuckets, ofStem, type ResultCard } from '../contracts/first-page';
import type { DecisionMeta } from './archive-index';
import { BucketWriter, cardOfMeta, FirstPageRanking, relevance, searchStemsOf } from './first-page';
import { onEveryWord } from './search-merge';
import { stemOf } from './search-match';
import { headText } from './search-text';

/** A decision's title and summary as the ranking reads them. */
const head = (title: string, summary: string) => headText({ summary }, { title });
/** Each stem's first page, as the build writes it: the first of its list. */
const pages = (ranking: FirstPageRanking) => new Map([...ranking.lists()].map(([stem, decisions]) => [stem, decisions.slice(0, FIRST_PAGE_SIZE)]));

describe('relevance', () => {
  it('grows with the uses of a word and falls with the length of the text', () => {
    expect(relevance(2, 100)).toBeGreaterThan(relevance(1, 100));
    expect(relevance(1, 50)).toBeGreaterThan(relevance(1, 500));
    expect(relevance(0, 100)).toBe(0);
  });
});

describe('searchStemsOf', () => {
  it('answers for the word’s stem and, from five letters, each beginning of it, as the search page does', () => {
    expect(searchStemsOf('apologised')).toEqual({ stems: ['apologis', 'apolo', 'apolog', 'apologi'], own: 1 });
    // A short stem answers for itself alone: "tax" is not a beginning any search stops at.
    expect(searchStemsOf('taxes')).toEqual({ stems: ['tax'], own: 1 });
  });

  it('a hyphenated word answers for the whole and for each part', () => {
    const { stems, own } = searchStemsOf('child-protection');
    expect(stems.slice(0, own)).toEqual(['childprotect', 'child', 'protect']);
    expect(stems).toContain('prote');
  });

  it('punctuation alone answers nothing', () => {
    expect(searchStemsOf('—')).toEqual({ stems: [], own: 0 });
  });
});

describe('FirstPageRanking', () => {
  it('ranks the decisions that use a word most, for their length, first; title words ten times, summary words five', () => {
    const ranking = new FirstPageRanking();
    ranking.add(0, head('Barnet (1)', 'The Council delayed a homelessness decision and the review.'));
    ranking.add(1, head('Bromley (2)', 'Homelessness: the Council failed to house Ms X when homeless.'));
    ranking.add(2, head('Homelessness Council (3)', 'It delayed.'));
    ranking.add(3, head('Ealing (4)', 'The Council delayed its decision.'));
    const page = pages(ranking);
    expect(page.get(stemOf('homelessness'))).toEqual([2, 1, 0]);
    // "homeless" begins "homelessness": a search for it finds both.
    expect(page.get(stemOf('homeless'))).toEqual([2, 1, 0]);
    // Once each in the summary: the shorter text first.
    expect(page.get(stemOf('delayed'))).toEqual([2, 3, 0]);
  });

  it('keeps a page’s worth, the best; ties go to the decision added first (the newest)', () => {
    const ranking = new FirstPageRanking();
    for (let i = 0; i < FIRST_PAGE_SIZE + 5; i++) ranking.add(i, head(`A (${i})`, i === 12 ? 'mediation mediation' : 'mediation'));
    const page = pages(ranking).get('mediat')!;
    expect(page).toHaveLength(FIRST_PAGE_SIZE);
    expect(page).toEqual([12, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('lists more decisions for searches of several words, with their relevance, best first', () => {
    const ranking = new FirstPageRanking();
    for (let i = 0; i < FIRST_PAGE_LIST + 5; i++) ranking.add(i, head(`A (${i})`, i === 3 ? 'school school' : 'school'));
    const [, decisions, relevance] = [...ranking.lists()].find(([stem]) => stem === 'school')!;
    expect(decisions).toHaveLength(FIRST_PAGE_LIST);
    expect(decisions.slice(0, 3)).toEqual([3, 0, 1]);
    expect(relevance[0]).toBeGreaterThan(relevance[1]!);
    expect(pages(ranking).get('school')).toEqual(decisions.slice(0, FIRST_PAGE_SIZE));
  });

  it('keeps every other decision that uses a stem beyond its list, in the order added', () => {
    const ranking = new FirstPageRanking();
    // 3 uses "school" most; 1 and 2 do not use it; the rest once each, the list holding the first.
    ranking.add(0, head('A (0)', 'school'));
    ranking.add(1, head('A (1)', 'transport'));
    ranking.add(2, head('A (2)', 'transport'));
    ranking.add(3, head('A (3)', 'school school'));
    for (let i = 4; i < FIRST_PAGE_LIST + 8; i++) ranking.add(i, head(`A (${i})`, 'school'));
    const lists = new Map([...ranking.lists()].map(([stem, ...rest]) => [stem, rest]));
    const [decisions, , others] = lists.get('school')!;
    expect(decisions).toHaveLength(FIRST_PAGE_LIST);
    expect(decisions.slice(0, 3)).toEqual([3, 0, 4]);
    expect(others).toEqual([FIRST_PAGE_LIST + 2, FIRST_PAGE_LIST + 3, FIRST_PAGE_LIST + 4, FIRST_PAGE_LIST + 5, FIRST_PAGE_LIST + 6, FIRST_PAGE_LIST + 7]);
    // Every decision that uses it once, none that does not.
    expect(new Set([...decisions, ...others]).size).toBe(FIRST_PAGE_LIST + 6);
    expect([...decisions, ...others]).not.toContain(1);
    // A list that holds every decision has nothing beyond it.
    expect(lists.get('transport')).toEqual([[1, 2], expect.any(Array), []]);
  });

  it('lists the stems decisions use, and no beginning of one that no decision uses on its own', () => {
    const ranking = new FirstPageRanking();
    ranking.add(0, head('A (1)', 'An apology was given.'));
    const page = pages(ranking);
    expect(page.get(stemOf('apology'))).toEqual([0]);
    expect(page.has('apolo')).toBe(false);
    expect(page.has(stemOf('xylophone'))).toBe(false);
  });

  it('gives the same pages whatever the numbering of stems met on the way', () => {
    const one = new FirstPageRanking();
    const two = new FirstPageRanking();
    two.add(99, head('Z (9)', 'Unrelated words first: zebra yak.'));
    for (const r of [one, two]) {
      r.add(0, head('A (1)', 'The payment was late.'));
      r.add(1, head('B (2)', 'Payment, payment and payment.'));
    }
    expect(pages(one).get('payment')).toEqual([1, 0]);
    expect(pages(two).get('payment')).toEqual([1, 0]);
  });
});

describe('the first pages’ files', () => {
  const meta: DecisionMeta = {
    slug: '21-000-001',
    reference: '21 000 001',
    authority: { name: 'Test Council', slug: 'test-council' },
    category: { name: 'Housing', slug: 'housing' },
    subcategory: { name: 'Homelessness', slug: 'homelessness' },
    outcome: 'upheld',
    outcomeLabel: 'Upheld: fault and injustice',
    decisionDate: '2023-05-01',
    summary: 'Mr X complains.',
    paragraphCount: 4,
    remedyTotal: 300,
    paymentsTotal: 300,
    distressTotal: 300,
    remedyKinds: ['apology', 'payment'],
    sourceUrl: null,
  };

  it('a card shows what the index’s result shows: the council, outcome, date, subcategory and remedies', () => {
    expect(cardOfMeta(meta, '/decisions/21-000-001/')).toEqual({
      url: '/decisions/21-000-001/',
      council: 'Test Council',
      reference: '21 000 001',
      outcome: 'Upheld',
      outcomeLabel: 'Upheld: fault and injustice',
      date: '2023-05-01',
      category: 'Housing › Homelessness',
      remedies: 'Apology · £300',
    });
  });

  it('a bucket holds each decision’s card once, each stem’s page in order, and its list', () => {
    const card = (n: number): ResultCard => ({ ...cardOfMeta(meta, `/decisions/${n}/`), reference: String(n) });
    const writer = new BucketWriter();
    writer.add('payment', [card(2), card(1)]);
    writer.add('apolog', [card(1), card(3)]);
    writer.list('payment', [41, 7], [0.91234, 0.5]);
    writer.list('apolog', [3], [0.25], [0, 8, 9, 30]);
    const bucket = FirstPageBucketSchema.parse(writer.bucket());
    expect(bucket.cards.map((c) => c.reference)).toEqual(['2', '1', '3']);
    expect(bucket.stems).toEqual({ payment: [0, 1], apolog: [1, 2] });
    // Decision and relevance in ten-thousandths, flat.
    expect(bucket.lists).toEqual({ payment: [41, 9123, 7, 5000], apolog: [3, 2500] });
    // The others as distances, the first from -1, in the file beside the bucket; none for a list
    // that holds every decision.
    expect(FirstPageOthersSchema.parse(writer.others())).toEqual({ apolog: [1, 8, 1, 21] });
  });

  it('a search of several words reads back, from what the bucket and its others say, every decision that uses each word', () => {
    // Each word: decisions with their relevance in ten-thousandths; its list the best `listed`, as
    // the ranking keeps them (ties to the lower number), the rest its others.
    const word = fc.uniqueArray(fc.record({ decision: fc.nat(60), relevance: fc.integer({ min: 1, max: 9_999 }) }), { selector: (d) => d.decision, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 12 }), (uses, listed, size) => {
        const writer = new BucketWriter();
        const words = uses.map((decisions, k) => {
          const best = [...decisions].sort((a, b) => b.relevance - a.relevance || a.decision - b.decision);
          const list = best.slice(0, listed);
          const others = best.slice(listed).map((d) => d.decision).sort((a, b) => a - b);
          writer.list(`w${k}`, list.map((d) => d.decision), list.map((d) => d.relevance / 10_000), others);
          return { relevance: new Map(list.map((d) => [d.decision, d.relevance])), uses: new Set(decisions.map((d) => d.decision)), least: others.length ? list.at(-1)!.relevance : 0 };
        });
        const bucket = writer.bucket();
        const beyond = writer.others();
        const read = onEveryWord(words.map((_, k) => ({ list: bucket.lists[`w${k}`]!, others: beyond[`w${k}`] })), size);
        const expected = [...words[0]!.uses]
          .filter((d) => words.every((w) => w.uses.has(d)))
          .map((d) => [d, words.reduce((sum, w) => sum + (w.relevance.get(d) ?? w.least), 0)] as const)
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .slice(0, size)
          .map(([d]) => d);
        expect(read).toEqual(expected);
      }),
    );
  });

  it('a search of several words finds every decision whose title or summary uses each, beyond the lists', () => {
    const ranking = new FirstPageRanking();
    const summaries: string[] = [];
    for (let i = 0; i < FIRST_PAGE_LIST * 3; i++) {
      summaries.push([i % 2 ? 'school' : 'pupil', i % 3 ? 'transport' : 'bus', i % 7 ? '' : 'school school'].join(' '));
      ranking.add(i, head(`A (${i})`, summaries[i]!));
    }
    const writer = new BucketWriter();
    for (const [stem, decisions, relevance, others] of ranking.lists()) writer.list(stem, decisions, relevance, others);
    const words = ['school', 'transport'].map((stem) => ({ list: writer.bucket().lists[stem]!, others: writer.others()[stem] }));
    const both = summaries.flatMap((text, i) => (/school/.test(text) && /transport/.test(text) ? [i] : []));
    expect(both.length).toBeGreaterThan(FIRST_PAGE_LIST);
    expect(onEveryWord(words, Infinity).sort((a, b) => a - b)).toEqual(both);
    // The best first: those that use "school" more than once.
    const best = onEveryWord(words, 3);
    expect(best).toHaveLength(3);
    for (const d of best) expect(summaries[d]).toMatch(/school school/);
  });

  it('reads a stem’s own entry, never one of every object’s properties', () => {
    expect(ofStem({ payment: [1] }, 'payment')).toEqual([1]);
    expect(ofStem({ payment: [1] }, 'constructor')).toBeUndefined();
    expect(ofStem({}, 'toString')).toBeUndefined();
  });

  it('a stem’s bucket is FNV-1a of it, the same in the build and the browser, and within the count', () => {
    expect(firstPageBuckets(5)).toBe(1);
    expect(firstPageBuckets(60_000)).toBe(2_400);
    // FNV-1a's published 32-bit values, over a word's UTF-16 code units.
    const whole = 2 ** 32;
    expect(bucketOf('a', whole)).toBe(0xe40c292c);
    expect(bucketOf('foobar', whole)).toBe(0xbf9cf968);
    expect(bucketOf('café', whole)).toBe(856_211_068);
    expect(bucketOf('payment', 2_400)).toBe(3_013_747_057 % 2_400);
    const seen = new Set(['payment', 'apolog', 'homeless', 'council', 'x'].map((s) => bucketOf(s, 2_400)));
    for (const b of seen) expect(b).toBeGreaterThanOrEqual(0), expect(b).toBeLessThan(2_400);
    expect(seen.size).toBeGreaterThan(1);
  });
});
