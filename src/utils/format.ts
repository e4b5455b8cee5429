/** How the archive writes dates, money and rates: one place, so every page agrees. */
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const moneyFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const penceFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

export function formatMoney(pounds: number): string {
  // Whole pounds as "£300"; an amount with pence in full, "£150.50", never "£150.5".
  return Number.isInteger(pounds) ? moneyFormat.format(pounds) : penceFormat.format(pounds);
}

export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/**
 * "LGSCO decision 19 001 728, 11 October 2019, para 18" — the form a reader cites; the paragraph
 * may be a sub-item's ("34(b)"), as `citedParagraph` gives it.
 */
export function citation(reference: string, iso: string, paragraph?: number | string | null): string {
  return citationParts(reference, iso).map((part) => part.text).join('') + paragraphPinpoint(paragraph);
}

/**
 * The citation without its paragraph, in parts: `keep` marks the reference and the date, which a
 * page keeps from breaking across lines.
 */
export function citationParts(reference: string, iso: string): { text: string; keep: boolean }[] {
  return [
    { text: 'LGSCO decision ', keep: false },
    { text: reference, keep: true },
    { text: ', ', keep: false },
    { text: formatDate(iso), keep: true },
  ];
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
