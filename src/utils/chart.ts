/**
 * The geometry of a small stacked bar chart of decisions per year by outcome, worked out at build
 * time so that the page ships plain SVG and no chart script. Pure: counts in, shapes out.
 */
import { OUTCOMES, type Outcome } from '../schemas/decision';
import type { OutcomeCounts } from './archive-index';
import type { Spread } from './remedy-stats';

export interface ChartSegment {
  outcome: Outcome;
  count: number;
  y: number;
  height: number;
}
export interface ChartBar {
  year: string;
  total: number;
  x: number;
  width: number;
  segments: ChartSegment[];
}
export interface Chart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { value: number; y: number }[];
  bars: ChartBar[];
  /** Year labels under the bars; on long runs only every few years, always the newest. */
  labels: { year: string; x: number }[];
}

export const CHART = { width: 320, height: 180, left: 30, right: 4, top: 8, bottom: 22 } as const;

/** Every year from the first to the last, with zeros for years without decisions. */
export function fillYears(yearOutcomes: Record<string, OutcomeCounts>): [string, OutcomeCounts][] {
  const years = Object.keys(yearOutcomes).map(Number).sort((a, b) => a - b);
  if (years.length === 0) return [];
  const out: [string, OutcomeCounts][] = [];
  for (let y = years[0]!; y <= years.at(-1)!; y++) {
    out.push([String(y), yearOutcomes[String(y)] ?? (Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts)]);
  }
  return out;
}

/** A round step for about `parts` gridlines up to `max`: 1, 2 or 5 times a power of ten, never below 1. */
export function niceStep(max: number, parts = 4): number {
  if (max <= parts) return 1;
  const raw = max / parts;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return step;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function yearChart(yearOutcomes: Record<string, OutcomeCounts>): Chart {
  const { width, height } = CHART;
  const plot = { left: CHART.left, right: width - CHART.right, top: CHART.top, bottom: height - CHART.bottom };
  const years = fillYears(yearOutcomes);
  const max = Math.max(1, ...years.map(([, o]) => OUTCOMES.reduce((n, k) => n + o[k], 0)));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const scale = (plot.bottom - plot.top) / top;
  const ticks = [];
  for (let v = 0; v <= top; v += step) ticks.push({ value: v, y: round(plot.bottom - v * scale) });

  const band = (plot.right - plot.left) / Math.max(years.length, 1);
  const barWidth = Math.min(band * 0.7, 36);
  const bars = years.map(([year, outcomes], i) => {
    let y = plot.bottom;
    const segments: ChartSegment[] = [];
    for (const outcome of OUTCOMES) {
      const count = outcomes[outcome];
      if (count === 0) continue;
      const h = count * scale;
      y -= h;
      segments.push({ outcome, count, y: round(y), height: round(h) });
    }
    return { year, total: segments.reduce((n, s) => n + s.count, 0), x: round(plot.left + i * band + (band - barWidth) / 2), width: round(barWidth), segments };
  });

  // About 34 units per label ("2019" at 11 units a glyph), counted back from the newest year.
  const every = Math.max(1, Math.ceil((34 * years.length) / (plot.right - plot.left)));
  const labels = bars
    .filter((_, i) => (years.length - 1 - i) % every === 0)
    .map((b) => ({ year: b.year, x: round(b.x + b.width / 2) }));
  return { width, height, plot, ticks, bars, labels };
}

/** One bar of a chart of shares: how many of a whole, e.g. upheld decisions that agreed an apology. */
export interface ShareBar {
  label: string;
  count: number;
  share: number;
  y: number;
  width: number;
}
export interface ShareChart {
  width: number;
  height: number;
  plot: { left: number; right: number };
  barHeight: number;
  bars: ShareBar[];
}

export const SHARE_CHART = { width: 360, left: 170, right: 40, row: 22, barHeight: 14 } as const;

/** Horizontal bars, one a row, each its count's share of `whole`, on a scale of 0 to 100%. */
export function shareChart(rows: readonly { label: string; count: number }[], whole: number): ShareChart {
  const { width, left, right, row, barHeight } = SHARE_CHART;
  const plot = { left, right: width - right };
  const bars = rows.map(({ label, count }, i) => {
    const share = whole === 0 ? 0 : count / whole;
    return { label, count, share, y: round(i * row + (row - barHeight) / 2), width: round(share * (plot.right - plot.left)) };
  });
  return { width, height: rows.length * row, plot, barHeight, bars };
}

/** One row of a chart of spreads: the middle half as a bar with the median marked, or the few amounts as dots. */
export interface RangeRow {
  label: string;
  y: number;
  /** The interquartile range and median, as x positions; null with too few amounts. */
  range: { from: number; to: number; median: number } | null;
  dots: number[];
}
export interface RangeChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { value: number; x: number }[];
  rows: RangeRow[];
}

export const RANGE_CHART = { width: 400, left: 170, right: 24, row: 22, bottom: 22 } as const;

/** Amounts in pounds on one scale from 0: each row's middle half and median, or its few amounts. */
export function rangeChart(rows: readonly { label: string; spread: Spread }[]): RangeChart {
  const { width, left, right, row, bottom } = RANGE_CHART;
  const plot = { left, right: width - right, top: 0, bottom: rows.length * row };
  const max = Math.max(1, ...rows.flatMap(({ spread }) => [spread.upper ?? 0, ...spread.values]));
  const step = niceStep(max, 3);
  const top = Math.ceil(max / step) * step;
  const x = (pounds: number) => round(plot.left + (pounds / top) * (plot.right - plot.left));
  const ticks = [];
  for (let v = 0; v <= top; v += step) ticks.push({ value: v, x: x(v) });
  return {
    width,
    height: plot.bottom + bottom,
    plot,
    ticks,
    rows: rows.map(({ label, spread }, i) => ({
      label,
      y: round(i * row + row / 2),
      range: spread.median === null ? null : { from: x(spread.lower!), to: x(spread.upper!), median: x(spread.median) },
      dots: spread.values.map(x),
    })),
  };
}
