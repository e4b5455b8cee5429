/** Small wording helpers the writer, the calendar and the references share. */
import type { Random } from './random';

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "However, the Council …": only a leading "The"/"It"/"This" is lower-cased; names keep capitals. */
export function connect(connective: string, sentence: string): string {
  const first = /^(The|It|This|In|On)\b/.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
  return `${connective}, ${first}`;
}

/** "£1,250" or "£1250" (statements write both), with pence only where there are some. */
export function money(pounds: number, rng: Random): string {
  const whole = Math.floor(pounds);
  const pence = Math.round((pounds - whole) * 100);
  const digits = String(whole);
  const grouped = whole >= 1000 && rng.chance(0.7) ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits;
  return `£${grouped}${pence ? `.${pad(pence, 2)}` : ''}`;
}
