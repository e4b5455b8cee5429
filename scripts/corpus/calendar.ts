/**
 * Dates by civil day number (days since 1970-01-01), so that no Date object or locale is involved
 * in what is written: the same seed gives the same text in any time zone.
 */
import type { Random } from './random';
import { pad } from './text';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Day number of a civil date (month 1..12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** "4 November 2019", as the statements' sentences write dates. */
export const longDate = (day: number) => {
  const { y, m, d } = civilFromDays(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
/** "November 2019". */
export const monthYear = (day: number) => {
  const { y, m } = civilFromDays(day);
  return `${MONTHS[m - 1]} ${y}`;
};
export const isoDate = (day: number) => {
  const { y, m, d } = civilFromDays(day);
  return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
};

/** The header's "Decision date" in the three styles the site has printed: "4 Nov 2019" most often. */
export function headerDate(rng: Random, day: number): string {
  const { y, m, d } = civilFromDays(day);
  const draw = rng.next();
  if (draw < 0.7) return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
  if (draw < 0.95) return `${d} ${MONTHS[m - 1]} ${y}`;
  return `${pad(d, 2)} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
}
