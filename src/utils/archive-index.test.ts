import { describe, expect, it } from 'vitest';
import { ArchiveIndexSchema, buildArchiveIndex, type DecisionMeta } from './archive-index';

let n = 0;
interface MetaOptions {
  date: string;
  authority?: string;
  category?: string;
  subcategory?: string | null;
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
    authority: { name: authority, slug: authority.toLowerCase() },
    category: { name: category, slug: category.toLowerCase() },
    subcategory: sub === null ? null : { name: sub, slug: sub.toLowerCase() },
    outcome: over.outcome ?? 'upheld',
    outcomeLabel: 'Upheld',
    decisionDate: over.date,
    summary: 'A summary.',
    paragraphCount: 10,
    remedyTotal: over.remedyTotal ?? 0,
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

  it('groups authorities A–Z, each with its decisions newest first', () => {
    expect(index.authorities.map((a) => a.name)).toEqual(['Barnet', 'Camden', 'Ealing']);
    const barnet = index.authorities[0]!;
    expect(barnet.decisions).toEqual([metas[2]!.slug, metas[1]!.slug, metas[0]!.slug]);
    expect(barnet.upholdRate).toBeCloseTo(2 / 3);
    const camden = index.authorities[1]!;
    expect(camden.upholdRate).toBe(1); // the closed complaint is not counted
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
});
