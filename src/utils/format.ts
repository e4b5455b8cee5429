/** How the archive writes dates, money and rates: one place, so every page agrees. */
import type { Outcome } from '../schemas/outcome';

/**
 * Each format is made on its first use, then reused. A page's first Intl formatter costs 15–20 ms
 * in a fresh tab (Chromium loads its locale data then), which a script should not pay as it loads,
 * before it formats anything; and a formatter reused is some thirty times faster than
 * toLocaleString, which makes one per call.
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
const dateFormat = once(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const countFormat = once(() => new Intl.NumberFormat('en-GB'));
const moneyFormat = once(() => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }));
const penceFormat = once(() => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 }));

export function formatDate(iso: string): string {
  return dateFormat().format(new Date(`${iso}T00:00:00Z`));
}

/** "12,345": a count as every page writes one. */
export function formatCount(n: number): string {
  return countFormat().format(n);
}

export function formatMoney(pounds: number): string {
  // Whole pounds as "£300"; an amount with pence in full, "£150.50", never "£150.5".
  return Number.isInteger(pounds) ? moneyFormat().format(pounds) : penceFormat().format(pounds);
}

export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** Below this many, a share is shown as its count: one upheld of one is not "100%". */
export const SMALL_NUMBER = 10;

/**
 * A share of a whole, as a reader should weigh it: "45%" of 10 or more, "1 of 1" of fewer, "–" of
 * none. Every rate over a group of decisions (uphold rates, outcome shares) is written this way.
 */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '–';
  return whole < SMALL_NUMBER ? `${formatCount(part)} of ${formatCount(whole)}` : formatRate(part / whole);
}

/** Upheld of investigated (upheld or not upheld) complaints, as `formatShare` writes a share. */
export function formatUpholdRate(outcomes: Pick<Record<Outcome, number>, 'upheld' | 'not-upheld'>): string {
  return formatShare(outcomes.upheld, outcomes.upheld + outcomes['not-upheld']);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The Ombudsman, as a citation names it: the author of every statement. */
export const OMBUDSMAN = 'Local Government and Social Care Ombudsman';

/**
 * What a citation names: the council as the archive index names it, the reference, the decision
 * date, and the decision's absolute address on this archive, or null where the archive has no real
 * address to give (the citation then leaves the address out rather than cite a placeholder).
 */
export interface Citable {
  authority: string;
  reference: string;
  date: string;
  url: string | null;
}

/** A part of a citation: `keep` marks what a page keeps from breaking across lines. */
export interface CitationPart {
  text: string;
  keep: boolean;
  /** The parts that follow the paragraph cited, which a page showing the citation updates. */
  role?: 'pinpoint' | 'address';
}

/**
 * "London Borough of Barnet (19 001 728), Local Government and Social Care Ombudsman, 11 October
 * 2019, para 18, https://…/decisions/19-001-728/#p18": the form a reader cites. `anchor` is the
 * paragraph's or sub-item's anchor ("p18", "p34b", cited as "34(b)"); anything else cites the
 * decision as a whole.
 */
export function citation(decision: Citable, anchor?: string | null): string {
  return citationParts(decision, anchor).map((part) => part.text).join('');
}

/**
 * The citation in parts, always the same parts in the same order: the pinpoint (", para 18", or
 * empty) and the address (", https://…#p18", or empty) have a part each even when empty, so that a
 * page can change the paragraph cited without rendering the rest again.
 */
export function citationParts(decision: Citable, anchor?: string | null): CitationPart[] {
  const following = citationFollowing(decision, anchor);
  return [
    { text: `${decision.authority} `, keep: false },
    { text: `(${decision.reference})`, keep: true },
    { text: `, ${OMBUDSMAN}, `, keep: false },
    { text: formatDate(decision.date), keep: true },
    { text: following.pinpoint, keep: false, role: 'pinpoint' },
    { text: following.address, keep: false, role: 'address' },
  ];
}

/**
 * The parts of a citation that follow the paragraph cited, each possibly empty: all a page showing
 * the citation changes when the paragraph does (and without formatting the date, which it shows already).
 */
export function citationFollowing(decision: Pick<Citable, 'url'>, anchor?: string | null): Record<NonNullable<CitationPart['role']>, string> {
  const paragraph = anchor ? citedParagraph(anchor) : null;
  const address = decision.url && `${decision.url}${paragraph ? `#${anchor}` : ''}`;
  return { pinpoint: paragraphPinpoint(paragraph), address: address ? `, ${address}` : '' };
}

/** ", para 18" after a citation, or nothing where no paragraph is cited. */
export function paragraphPinpoint(paragraph?: number | string | null): string {
  return paragraph ? `, para ${paragraph}` : '';
}

/**
 * The paragraph part of a citation from a paragraph's or sub-item's anchor: "p18" → "18",
 * "p34b" → "34(b)", "p34b-ii" → "34(b)(ii)"; null for anything else.
 */
export function citedParagraph(anchor: string): string | null {
  const match = /^p(\d+)([a-z]+)?((?:-[a-z]+)*)$/.exec(anchor);
  if (!match) return null;
  const deeper = match[3] ? match[3].split('-').slice(1).map((l) => `(${l})`).join('') : '';
  return `${match[1]}${match[2] ? `(${match[2]})` : ''}${deeper}`;
}

/** "within one month" → "Within one month": a phrase the statement wrote mid-sentence, shown on its own. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A summary cut at a word boundary for lists and meta descriptions. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // A cut that falls between words keeps the last word; one inside a word drops it.
  const whole = /\s/.test(text.charAt(max - 1)) ? cut : cut.replace(/\S*$/, '');
  return `${whole.replace(/[\s,;:.–-]+$/, '') || cut}…`;
}

/** "2019 to 2021", or "2021" when the years are one. */
export function yearSpan(years: string[]): string {
  if (years.length === 0) return '';
  const sorted = [...years].sort();
  return sorted[0] === sorted.at(-1) ? sorted[0]! : `${sorted[0]} to ${sorted.at(-1)}`;
}
