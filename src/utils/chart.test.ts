import { describe, expect, it } from 'vitest';
import { CHART, fillYears, niceStep, rangeChart, shareChart, yearChart } from './chart';
import { spread } from './remedy-stats';

const counts = (upheld: number, notUpheld = 0, closed = 0) => ({ upheld, 'not-upheld': notUpheld, 'closed-after-initial-enquiries': closed });

describe('fillYears', () => {
  it('fills the gaps between the first and last year with zeros', () => {
    expect(fillYears({ '2019': counts(1), '2022': counts(2) }).map(([y, c]) => [y, c.upheld])).toEqual([
      ['2019', 1],
      ['2020', 0],
      ['2021', 0],
      ['2022', 2],
    ]);
    expect(fillYears({})).toEqual([]);
  });
});

describe('niceStep', () => {
  it.each([
    [1, 1],
    [4, 1],
    [7, 2],
    [10, 5],
    [37, 10],
    [180, 50],
    [2300, 1000],
  ])('max %i → step %i', (max, step) => expect(niceStep(max)).toBe(step));
});

describe('yearChart', () => {
  const chart = yearChart({ '2019': counts(0, 1), '2020': counts(1), '2021': counts(2, 1, 1) });

  it('draws one bar per year, stacked by outcome, inside the plot', () => {
    expect(chart.bars.map((b) => [b.year, b.total])).toEqual([
      ['2019', 1],
      ['2020', 1],
      ['2021', 4],
    ]);
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right);
      // Segments touch: each starts where the one below it ends, from the baseline up.
      let bottom = chart.plot.bottom;
      for (const s of bar.segments) {
        expect(s.y + s.height).toBeCloseTo(bottom, 1);
        bottom = s.y;
      }
      expect(bottom).toBeGreaterThanOrEqual(chart.plot.top);
    }
    const tallest = chart.bars[2]!;
    expect(tallest.segments.map((s) => s.outcome)).toEqual(['upheld', 'not-upheld', 'closed-after-initial-enquiries']);
  });

  it('scales heights to counts, with the top gridline at or above the tallest bar', () => {
    const [one, , four] = chart.bars;
    const h = (b: typeof one) => b!.segments.reduce((n, s) => n + s.height, 0);
    expect(h(four) / h(one)).toBeCloseTo(4, 1);
    expect(chart.ticks[0]).toEqual({ value: 0, y: chart.plot.bottom });
    expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(4);
  });

  it('labels every year on short runs, and only some (always the newest) on long ones', () => {
    expect(chart.labels.map((l) => l.year)).toEqual(['2019', '2020', '2021']);
    const long: Record<string, ReturnType<typeof counts>> = {};
    for (let y = 2000; y <= 2025; y++) long[y] = counts(y % 5);
    const many = yearChart(long);
    expect(many.bars).toHaveLength(26);
    expect(many.labels.length).toBeLessThan(26);
    expect(many.labels.at(-1)!.year).toBe('2025');
    // Labels never crowd: at least 30 units apart.
    many.labels.slice(1).forEach((l, i) => expect(l.x - many.labels[i]!.x).toBeGreaterThanOrEqual(30));
    expect(many.width).toBe(CHART.width);
  });
});

describe('shareChart', () => {
  it('draws each count as its share of the whole, one row each', () => {
    const chart = shareChart([{ label: 'Apology', count: 3 }, { label: 'Training', count: 0 }], 4);
    const span = chart.plot.right - chart.plot.left;
    expect(chart.bars.map((b) => [b.label, b.share, b.width])).toEqual([['Apology', 0.75, Math.round(span * 0.75 * 100) / 100], ['Training', 0, 0]]);
    expect(chart.bars[1]!.y).toBeGreaterThan(chart.bars[0]!.y);
    expect(shareChart([{ label: 'Apology', count: 0 }], 0).bars[0]!.share).toBe(0);
  });
});

describe('rangeChart', () => {
  it('puts every row on one scale from £0, a middle half and median where there are enough amounts, dots where few', () => {
    const chart = rangeChart([
      { label: 'Education', spread: spread([100, 200, 300, 400, 500]) },
      { label: 'Housing', spread: spread([50, 900]) },
    ]);
    const x = (pounds: number) => chart.ticks[0]!.x + (pounds / chart.ticks.at(-1)!.value) * (chart.plot.right - chart.plot.left);
    expect(chart.ticks[0]).toEqual({ value: 0, x: chart.plot.left });
    expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(900);
    expect(chart.rows[0]!.range).toEqual({ from: expect.closeTo(x(200), 1), to: expect.closeTo(x(400), 1), median: expect.closeTo(x(300), 1) });
    expect(chart.rows[0]!.dots).toEqual([]);
    expect(chart.rows[1]!.range).toBeNull();
    expect(chart.rows[1]!.dots).toHaveLength(2);
  });
});
