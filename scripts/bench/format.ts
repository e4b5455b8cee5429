/** Numbers as the bench prints them. */
import type { Measurement } from '../lib/measure';

export function formatMB(mb: number): string {
  return mb >= 1000 ? `${(mb / 1024).toFixed(2)} GB` : `${Math.round(mb)} MB`;
}

export function formatKB(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${Math.round(bytes / 1000)} kB`;
}

export function round(n: number, digits = 1): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}

/** "2:05" */
export function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The middle value (the upper one of an even count), or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The step's peak: the largest process per GNU time, else the sampler's. */
export function peakMB(m: Measurement): number {
  return m.maxRssMB ?? m.peakProcess?.rssMB ?? 0;
}

/** The largest process of programs whose name starts so ("pagefind" covers pagefind_extended). */
export function peakOf(m: Measurement, program: string): number {
  return Math.max(0, ...Object.entries(m.peakByProgram).filter(([p]) => p.startsWith(program)).map(([, mb]) => mb));
}

/** "16.0 s, 883 MB", or why the step failed. */
export function time(m: Measurement | undefined): string {
  if (!m) return '—';
  return m.ok ? `${m.wallSeconds.toFixed(1)} s, ${formatMB(peakMB(m))}` : `FAILED (${m.timedOut ? 'time limit' : 'error'})`;
}
