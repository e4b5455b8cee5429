/** Reading `astro build`'s log: the line Astro prints for each page it writes, or keeps. */
import { stripVTControlCharacters } from 'node:util';

/** "18:05:48   ├─ /decisions/19-001-728/index.html (+3ms)", "(cached)", "(restored)". */
const PAGE = /[├└]─\s+(\S+)\s+\((\+[\d.]+m?s|cached|restored)\)/;

export interface PageLine {
  path: string;
  /** Rendered by this build, or kept from the last one by Astro's incremental build. */
  kept: boolean;
}

/**
 * For a live count only, and for tests of what Astro did to each page: figures come from the build
 * report (scripts/lib/build-report.ts).
 */
export function pageLine(text: string): PageLine | null {
  const m = PAGE.exec(stripVTControlCharacters(text));
  return m ? { path: m[1]!, kept: !m[2]!.startsWith('+') } : null;
}

