/** Reading `astro build`'s log: the line Astro prints for each page it writes, or keeps. */

/** "18:05:48   ├─ /decisions/19-001-728/index.html (+3ms)", "(cached)", "(restored)". */
const PAGE = /[├└]─\s+(\S+)\s+\((\+[\d.]+m?s|cached|restored)\)/;

export interface PageLine {
  path: string;
  /** Rendered by this build, or kept from the last one by Astro's incremental build. */
  kept: boolean;
  /** Milliseconds Astro reports for a rendered page. */
  ms: number | null;
}

export function pageLine(text: string): PageLine | null {
  const m = PAGE.exec(stripAnsi(text));
  if (!m) return null;
  const time = /^\+([\d.]+)(m?s)$/.exec(m[2]!);
  return { path: m[1]!, kept: !time, ms: time ? Number(time[1]) * (time[2] === 's' ? 1000 : 1) : null };
}

export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex -- Astro colours its log
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
