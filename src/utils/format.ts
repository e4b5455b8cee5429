/** How the archive writes dates, money and rates: one place, so every page agrees. */
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const moneyFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 2, minimumFractionDigits: 0 });

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

export function formatMoney(pounds: number): string {
  return moneyFormat.format(pounds);
}

export function formatRate(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "LGSCO decision 19 001 728, 11 October 2019" — the form a reader cites. */
export function citation(reference: string, iso: string, paragraph?: number): string {
  return `LGSCO decision ${reference}, ${formatDate(iso)}${paragraph ? `, para ${paragraph}` : ''}`;
}
