import { describe, expect, it } from 'vitest';
import { ArchiveIndexSchema, buildArchiveIndex, relatedDecisions, spellingKey, type DecisionMeta } from './archive-index';

let n = 0;
interface MetaOptions {
  date: string;
  authority?: string;
  category?: string;
  subcategory?: string | null;
  /** The parser's slug of the authority, when it is not simply the name in lower case. */
  authoritySlug?: string;
  outcome?: DecisionMeta['outcome'];
  remedyTotal?: number;
}

function meta(over: MetaOptions): DecisionMeta {
  n++;
  const reference = `2${n % 10} ${String(100 + n).padStart(3, '0')} ${String(n).padStart(3, '0')}`;
  const authority = over.authority ?? 'Barnet';
  const category = over.category ?? 'Education';
  const sub = over.subcategory === undefined ? 'Transport' : over.subcategory;
  return {
    slug: reference.replaceAll(' ', '-'),
    reference,
    authority: { name: authority, slug: over.authoritySlug ?? authority.toLowerCase() },
    category: { name: category, slug: category.toLowerCase() },
    subcategory: sub === null ? null : { name: sub, slug: sub.toLowerCase() },
    outcome: over.outcome ?? 'upheld',
    outcomeLabel: 'Upheld',
    decisionDate: over.date,
    summary: 'A summary.',
    paragraphCount: 10,
    remedyTotal: over.remedyTotal ?? 0,
    paymentsTotal: over.remedyTotal ?? 0,
    distressTotal: 0,
    remedyKinds: over.remedyTotal ? ['payment'] : [],
    sourceUrl: null,
  };
}

describe('buildArchiveIndex', () => {
  const metas = [
    meta({ date: '2019-01-10', remedyTotal: 100 }),
    meta({ date: '2020-03-01', outcome: 'not-upheld' }),
    meta({ date: '2021-06-30', remedyTotal: 250.5 }),
    meta({ date: '2021-02-01', authority: 'Camden', outcome: 'closed-after-initial-enquiries' }),
    meta({ date: '2022-07-07', authority: 'Camden', category: 'Planning', subcategory: null, remedyTotal: 50 }),
    ...Array.from({ length: 8 }, (_, i) => meta({ date: `2018-0${i + 1}-01`, authority: 'Ealing' })),
  ];
  const index = buildArchiveIndex([...metas].reverse());

  it('validates against its own schema, so pages can trust what they read', () => {
    expect(() => ArchiveIndexSchema.parse(index)).not.toThrow();
  });

  it('orders decisions newest first, whatever the input order', () => {
    const dates = index.decisions.map((d) => d.decisionDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(buildArchiveIndex(metas).decisions).toEqual(index.decisions);
  });

  it('counts totals, outcomes, the uphold rate over investigated complaints, and money', () => {
    expect(index.totals.count).toBe(13);
    expect(index.totals.outcomes).toEqual({ upheld: 11, 'not-upheld': 1, 'closed-after-initial-enquiries': 1 });
    expect(index.totals.upholdRate).toBeCloseTo(11 / 12);
    expect(index.totals.remedyTotal).toBe(400.5);
  });

  it('gives the archive and each group the earliest and latest decision date it covers, once', () => {
    expect(index.totals.dates).toEqual({ earliest: '2018-01-01', latest: '2022-07-07' });
    expect(index.authorities.map((a) => [a.name, a.count, a.dates])).toEqual([
      ['Barnet', 3, { earliest: '2019-01-10', latest: '2021-06-30' }],
      ['Camden', 2, { earliest: '2021-02-01', latest: '2022-07-07' }],
      ['Ealing', 8, { earliest: '2018-01-01', latest: '2018-08-01' }],
    ]);
    expect(index.years.find((y) => y.slug === '2021')!.dates).toEqual({ earliest: '2021-02-01', latest: '2021-06-30' });
    // A group without decisions covers no dates, and neither does an empty archive.
    const one = buildArchiveIndex([meta({ date: '2020-05-05' })]);
    expect(one.totals.dates).toEqual({ earliest: '2020-05-05', latest: '2020-05-05' });
    expect(one.outcomes.find((o) => o.slug === 'not-upheld')!.dates).toBeNull();
    expect(buildArchiveIndex([]).totals.dates).toBeNull();
  });

  it('gives every group the remedy statistics of its own upheld decisions, computed here once', () => {
    expect(index.totals.remedies).toMatchObject({ upheld: 11, withPayment: 3, payments: { count: 3, values: [50, 100, 250.5] } });
    const barnet = index.authorities[0]!;
    expect(barnet.remedies).toMatchObject({ upheld: 2, withPayment: 2, payments: { values: [100, 250.5] } });
    expect(index.categories.find((c) => c.slug === 'planning')!.remedies.payments.values).toEqual([50]);
    expect(index.authorities.find((a) => a.name === 'Ealing')!.remedies).toMatchObject({ upheld: 8, withPayment: 0, payments: { count: 0 } });
  });

  it('groups authorities A–Z, each with its decisions newest first', () => {
    expect(index.authorities.map((a) => a.name)).toEqual(['Barnet', 'Camden', 'Ealing']);
    const barnet = index.authorities[0]!;
    expect(barnet.decisions).toEqual([metas[2]!.slug, metas[1]!.slug, metas[0]!.slug]);
    expect(barnet.upholdRate).toBeCloseTo(2 / 3);
    const camden = index.authorities[1]!;
    expect(camden.upholdRate).toBe(1); // the closed complaint is not counted
  });

  it('files councils A–Z under their distinctive names, keeping the full name', () => {
    const styled = buildArchiveIndex([
      meta({ date: '2020-01-01', authority: 'London Borough of Barnet' }),
      meta({ date: '2020-01-01', authority: 'Royal Borough of Kensington and Chelsea' }),
      meta({ date: '2020-01-01', authority: 'Kent County Council' }),
      meta({ date: '2020-01-01', authority: 'Abbey Care Ltd' }),
    ]);
    expect(styled.authorities.map((a) => [a.distinctiveName, a.letter, a.name])).toEqual([
      ['Abbey Care Ltd', 'A', 'Abbey Care Ltd'],
      ['Barnet', 'B', 'London Borough of Barnet'],
      ['Kensington and Chelsea', 'K', 'Royal Borough of Kensington and Chelsea'],
      ['Kent', 'K', 'Kent County Council'],
    ]);
  });

  it('gives each council its decisions by outcome and by category, only those it has', () => {
    const barnet = index.authorities[0]!;
    expect(barnet.byOutcome.map((g) => [g.slug, g.name, g.decisions])).toEqual([
      ['upheld', 'Upheld', [metas[2]!.slug, metas[0]!.slug]],
      ['not-upheld', 'Not upheld', [metas[1]!.slug]],
    ]);
    const camden = index.authorities[1]!;
    expect(camden.byOutcome.map((g) => g.slug)).toEqual(['upheld', 'closed-after-initial-enquiries']);
    expect(camden.byCategory.map((g) => [g.slug, g.count])).toEqual([
      ['education', 1],
      ['planning', 1],
    ]);
    // Each decision is in one of each, so the council pages grow with the archive only.
    for (const a of index.authorities) {
      expect(a.byOutcome.reduce((n, g) => n + g.count, 0)).toBe(a.count);
      expect(a.byCategory.reduce((n, g) => n + g.count, 0)).toBe(a.count);
    }
  });

  it('gives each group its money per year, for figures over a range of years', () => {
    expect(index.authorities[0]!.yearRemedyTotals).toEqual({ '2019': 100, '2020': 0, '2021': 250.5 });
    expect(index.totals.yearRemedyTotals).toEqual({ '2018': 0, '2019': 100, '2020': 0, '2021': 250.5, '2022': 50 });
  });

  it('gives each group its decisions per year by outcome and its categories, most first', () => {
    const camden = index.authorities[1]!;
    expect(camden.yearOutcomes).toEqual({
      '2021': { upheld: 0, 'not-upheld': 0, 'closed-after-initial-enquiries': 1 },
      '2022': { upheld: 1, 'not-upheld': 0, 'closed-after-initial-enquiries': 0 },
    });
    expect(index.totals.categories).toEqual([
      { name: 'Education', slug: 'education', count: 12 },
      { name: 'Planning', slug: 'planning', count: 1 },
    ]);
    expect(Object.keys(index.totals.yearOutcomes)).toEqual(['2018', '2019', '2020', '2021', '2022']);
  });

  it('groups categories with subcategories, a missing subcategory as Other', () => {
    const planning = index.categories.find((c) => c.slug === 'planning')!;
    expect(planning.subcategories.map((s) => [s.slug, s.count])).toEqual([['other', 1]]);
    const education = index.categories.find((c) => c.slug === 'education')!;
    expect(education.subcategories.map((s) => [s.slug, s.count])).toEqual([['transport', 12]]);
  });

  it('keeps each category’s "Other" within its category', () => {
    const index = buildArchiveIndex([
      meta({ date: '2021-01-01', category: 'Planning', subcategory: 'Other' }),
      meta({ date: '2021-02-01', category: 'Planning', subcategory: null }),
      meta({ date: '2021-03-01', category: 'Housing', subcategory: 'Other' }),
      meta({ date: '2021-04-01', category: 'Housing', subcategory: 'Allocations' }),
    ]);
    const subcategories = Object.fromEntries(index.categories.map((c) => [c.slug, c.subcategories.map((s) => [s.slug, s.decisions])]));
    const [planningOther, planningNone, housingOther, housingAllocations] = index.decisions.map((d) => d.slug).reverse();
    expect(subcategories).toEqual({
      housing: [
        ['allocations', [housingAllocations]],
        ['other', [housingOther]],
      ],
      planning: [['other', [planningNone, planningOther]]],
    });
    // Related "also upheld in Other" stays within the category, and counts a missing subcategory as Other.
    expect(index.neighbours[planningOther!]!.sameCategoryAndOutcome).toEqual([planningNone]);
    expect(index.neighbours[housingOther!]!.sameCategoryAndOutcome).toEqual([]);
  });

  it('groups years newest first and outcomes in their fixed order', () => {
    expect(index.years.map((y) => y.slug)).toEqual(['2022', '2021', '2020', '2019', '2018']);
    expect(index.outcomes.map((o) => [o.slug, o.count])).toEqual([
      ['upheld', 11],
      ['not-upheld', 1],
      ['closed-after-initial-enquiries', 1],
    ]);
  });

  it('links each decision to the older and newer decision of the same authority', () => {
    const [older, middle, newer] = [metas[0]!, metas[1]!, metas[2]!];
    expect(index.neighbours[middle.slug]).toMatchObject({ previous: older.slug, next: newer.slug });
    expect(index.neighbours[older.slug]).toMatchObject({ previous: null, next: middle.slug });
    expect(index.neighbours[newer.slug]).toMatchObject({ next: null });
  });

  it('relates at most five decisions, never the decision itself, nearest in date first', () => {
    for (const [slug, n] of Object.entries(index.neighbours)) {
      expect(n.sameAuthority).not.toContain(slug);
      expect(n.sameCategoryAndOutcome).not.toContain(slug);
      expect(n.sameAuthority.length).toBeLessThanOrEqual(5);
      expect(n.sameCategoryAndOutcome.length).toBeLessThanOrEqual(5);
    }
    const ealing = index.authorities[2]!.decisions;
    const middle = ealing[4]!;
    expect(index.neighbours[middle]!.sameAuthority).toHaveLength(5);
    expect(index.neighbours[middle]!.sameAuthority.slice(0, 2).sort()).toEqual([ealing[3], ealing[5]].sort());
    // Same category, subcategory and outcome: the upheld Education › Transport decisions, across authorities.
    const related = index.neighbours[metas[2]!.slug]!.sameCategoryAndOutcome;
    for (const slug of related) {
      const d = index.decisions.find((x) => x.slug === slug)!;
      expect([d.category.slug, d.subcategory?.slug, d.outcome]).toEqual(['education', 'transport', 'upheld']);
    }
  });

  it('names earlier decisions about similar things from the words ingest kept, and none without them', () => {
    const [a, b, c] = metas;
    const terms = new Map([
      [a!.slug, [['transport', 3], ['school', 2]] as [string, number][]],
      [b!.slug, [['transport', 2], ['school', 1]] as [string, number][]],
      [c!.slug, [['noise', 2]] as [string, number][]],
    ]);
    const withTerms = buildArchiveIndex(metas, terms);
    // b (2020) lists a (2019), decided before it; a lists nothing decided after it.
    expect(withTerms.neighbours[b!.slug]!.similar).toEqual([a!.slug]);
    expect(withTerms.neighbours[a!.slug]!.similar).toEqual([]);
    expect(withTerms.neighbours[c!.slug]!.similar).toEqual([]);
    expect(Object.values(index.neighbours).every((n) => n.similar.length === 0)).toBe(true);
  });

  it('resolves a decision’s neighbours to the metadata its page shows', () => {
    const bySlug = new Map(index.decisions.map((d) => [d.slug, d]));
    const metaOf = (slug: string) => bySlug.get(slug)!;
    const [older, middle] = [metas[0]!, metas[1]!];
    const related = relatedDecisions(index.neighbours[middle.slug]!, metaOf);
    expect(related.previous).toEqual(older);
    expect(related.next?.slug).toBe(metas[2]!.slug);
    expect(related.sameAuthority.map((d) => d.slug)).toEqual(index.neighbours[middle.slug]!.sameAuthority);
    expect(related.sameCategoryAndOutcome.map((d) => d.slug)).toEqual(index.neighbours[middle.slug]!.sameCategoryAndOutcome);
    expect(related.similar).toEqual([]);
    expect(relatedDecisions(index.neighbours[metas[4]!.slug]!, metaOf).next).toBeNull();
  });
});

describe('councils of spellings that reach one slug', () => {
  const slug = 'london-borough-of-barnet';
  const barnet = (authority: string, date = '2021-01-01') => meta({ date, authority, authoritySlug: slug });
  const councilOf = (index: ReturnType<typeof buildArchiveIndex>, reference: string) => index.decisions.find((d) => d.reference === reference)!.authority;

  it('are one council when they differ only in case or spacing, named by the spelling most of its decisions use, not the newest', () => {
    const metas = [
      barnet('London Borough of Barnet', '2019-01-01'),
      barnet('London Borough of Barnet', '2019-02-01'),
      barnet('LONDON BOROUGH OF BARNET', '2023-01-01'),
      barnet('London  Borough\tof Barnet ', '2024-01-01'),
    ];
    const index = buildArchiveIndex(metas);
    expect(index.authorities.map((a) => [a.name, a.slug, a.count])).toEqual([['London Borough of Barnet', slug, 4]]);
    // Every decision carries its council, so pages, lists and feeds agree on the name and the link.
    for (const m of metas) expect(councilOf(index, m.reference)).toEqual({ name: 'London Borough of Barnet', slug });
  });

  it('name a council by the first spelling in code-point order when two are used equally, whatever the input order', () => {
    const metas = [barnet('london borough of barnet'), barnet('London Borough of Barnet'), barnet('LONDON BOROUGH OF BARNET'), barnet('London Borough of Barnet')];
    metas.push(barnet('LONDON BOROUGH OF BARNET'));
    for (const order of [metas, [...metas].reverse()]) {
      expect(buildArchiveIndex(order).authorities.map((a) => a.name)).toEqual(['LONDON BOROUGH OF BARNET']);
    }
  });

  it('are separate councils when they differ otherwise: the first spelling in code-point order keeps the slug, the other gets one of its own', () => {
    const metas = [
      meta({ date: '2020-01-01', authority: 'St. Helens Council', authoritySlug: 'st-helens-council' }),
      meta({ date: '2020-02-01', authority: 'St. Helens Council', authoritySlug: 'st-helens-council' }),
      meta({ date: '2021-01-01', authority: 'St Helens Council', authoritySlug: 'st-helens-council' }),
    ];
    const index = buildArchiveIndex(metas);
    const councils = index.authorities.map((a) => [a.name, a.slug, a.count]);
    expect(councils).toEqual([
      ['St Helens Council', 'st-helens-council', 1],
      ['St. Helens Council', expect.stringMatching(/^st-helens-council-[0-9a-f]{8}$/), 2],
    ]);
    const dotted = index.authorities[1]!.slug;
    expect(councilOf(index, metas[0]!.reference)).toEqual({ name: 'St. Helens Council', slug: dotted });
    expect(councilOf(index, metas[2]!.reference)).toEqual({ name: 'St Helens Council', slug: 'st-helens-council' });
    // Each decision's neighbours are its own council's.
    expect(index.neighbours[metas[0]!.slug]!.sameAuthority).toEqual([metas[1]!.slug]);
    expect(index.neighbours[metas[2]!.slug]!.sameAuthority).toEqual([]);
    // The other council's slug depends on its spelling only, so it stays as decisions come and go.
    expect(buildArchiveIndex([...metas, meta({ date: '2022-01-01', authority: 'Camden' })]).authorities.find((a) => a.name === 'St. Helens Council')!.slug).toBe(dotted);
  });

  it('never merge a look-alike with invisible characters into the genuine council, nor let it take the genuine slug', () => {
    const metas = [
      barnet('London Borough of Barnet', '2019-01-01'),
      barnet('London Borough of Bar\u200bnet', '2024-01-01'),
      barnet('London Borough of \u202eBarnet', '2024-02-01'),
      barnet('London Borough of Barnet\ufeff', '2024-03-01'),
    ];
    const index = buildArchiveIndex(metas);
    expect(index.authorities).toHaveLength(4);
    const genuine = index.authorities.filter((a) => a.slug === slug);
    expect(genuine.map((a) => [a.name, a.count])).toEqual([['London Borough of Barnet', 1]]);
    expect(new Set(index.authorities.map((a) => a.slug)).size).toBe(4);
    expect(() => ArchiveIndexSchema.parse(index)).not.toThrow();
  });

  it('leave the input metadata as it was (ingest caches it)', () => {
    const metas = [barnet('LONDON BOROUGH OF BARNET'), barnet('London Borough of Barnet'), barnet('London Borough of Barnet')];
    const before = structuredClone(metas);
    buildArchiveIndex(metas);
    expect(metas).toEqual(before);
  });
});

describe('spellingKey', () => {
  it('sets aside case and visible spacing only', () => {
    expect(spellingKey('London\u00a0 Borough\tof  BARNET ')).toBe(spellingKey('londonboroughofbarnet'));
    expect(spellingKey('Londe\u0301')).toBe(spellingKey('Lond\u00e9'));
    for (const invisible of ['\u200b', '\u200d', '\u202e', '\ufeff', '\u00ad', '\u000b']) {
      expect(spellingKey(`Bar${invisible}net`)).not.toBe(spellingKey('Barnet'));
    }
    expect(spellingKey('St. Helens')).not.toBe(spellingKey('St Helens'));
  });
});
