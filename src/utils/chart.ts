/**
 * The geometry of a small stacked bar chart of decisions per year by outcome, worked out at build
 * time so that the page ships plain SVG and no chart script. Pure: counts in, shapes out.
 */
import { OUTCOMES, type Outcome } from '../schemas/decision';
import type { OutcomeCounts } from './archive-index';

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
