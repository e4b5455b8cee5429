/**
 * What the upheld decisions of a group agreed: how many included a payment, the spread of the
 * payments, and how often each kind of action was asked for. Computed once per group at ingest
 * (src/utils/archive-index.ts), so that a complainant can read "for child protection complaints
 * upheld against councils, the median payment was £X" without any page counting.
 *
 * Quartiles are R's type 7 (linear interpolation between the two nearest ranks, as d3-array's
 * quantileSorted, a spreadsheet's QUARTILE.INC and NumPy's default compute them).
 */
import { quantileSorted } from 'd3-array';
import { formatCount, formatShare, SMALL_NUMBER } from './format';
import { z } from 'zod';
import { REMEDY_KINDS, RemedyKindSchema, type Outcome, type RemedyKind } from '../schemas/decision';

/**
 * Below this many values a median and quartiles would pretend a precision the figures do not have:
 * the values themselves are given instead.
 */
export const FEW = 5;

/** The spread of a set of amounts in pounds. */
export const SpreadSchema = z.object({
  count: z.number().int().nonnegative(),
  /** With fewer than FEW amounts, the amounts themselves, smallest first; otherwise empty. */
  values: z.array(z.number()),
  /** Null with fewer than FEW amounts. */
  median: z.number().nullable(),
  /** The first and third quartiles (type 7), null with fewer than FEW amounts. */
  lower: z.number().nullable(),
  upper: z.number().nullable(),
});
export type Spread = z.infer<typeof SpreadSchema>;

export const RemedyStatsSchema = z.object({
  /** The group's upheld decisions: every other figure here is of these. */
  upheld: z.number().int().nonnegative(),
  /** Upheld decisions whose agreed action includes a payment or refund, named in pounds or not. */
  withPayment: z.number().int().nonnegative(),
  /** Each upheld decision's payments and refunds added up (src/utils/remedies.ts), where it names a sum. */
  payments: SpreadSchema,
  /** Each upheld decision's payments for distress alone, where the statement says a sum is for that. */
  distress: SpreadSchema,
  /** Upheld decisions that agreed each kind of action. */
  kinds: z.record(RemedyKindSchema, z.number().int().nonnegative()),
});
export type RemedyStats = z.infer<typeof RemedyStatsSchema>;

/** What the statistics need of each decision: a part of its metadata. */
export interface RemedyFacts {
  outcome: Outcome;
  remedyTotal: number;
  distressTotal: number;
  remedyKinds: readonly RemedyKind[];
}

export function remedyStats(decisions: Iterable<RemedyFacts>): RemedyStats {
  const kinds = Object.fromEntries(REMEDY_KINDS.map((k) => [k, 0])) as Record<RemedyKind, number>;
  const payments: number[] = [];
  const distress: number[] = [];
  let upheld = 0;
  let withPayment = 0;
  for (const d of decisions) {
    if (d.outcome !== 'upheld') continue;
    upheld++;
    for (const kind of new Set(d.remedyKinds)) kinds[kind]++;
    if (d.remedyKinds.includes('payment') || d.remedyKinds.includes('refund') || d.remedyTotal > 0) withPayment++;
    if (d.remedyTotal > 0) payments.push(d.remedyTotal);
    if (d.distressTotal > 0) distress.push(d.distressTotal);
  }
  return { upheld, withPayment, payments: spread(payments), distress: spread(distress), kinds };
}

/** The spread of amounts in pounds, in any order. */
export function spread(amounts: readonly number[]): Spread {
  const sorted = [...amounts].sort((a, b) => a - b);
  if (sorted.length < FEW) return { count: sorted.length, values: sorted, median: null, lower: null, upper: null };
  const at = (p: number) => Math.round(quantileSorted(sorted, p)! * 100) / 100;
  return { count: sorted.length, values: [], median: at(0.5), lower: at(0.25), upper: at(0.75) };
}

/**
 * "3 of 7", or with enough to make a rate meaningful (SMALL_NUMBER, as every share in the archive)
 * "30 of 70 (43%)": the count always, for figures a reader may want to check.
 */
export function shareText(count: number, whole: number): string {
  const of = `${formatCount(count)} of ${formatCount(whole)}`;
  return whole < SMALL_NUMBER ? of : `${of} (${formatShare(count, whole)})`;
}

/**
 * A spread in words: "median £300; middle half £200 to £400 (12 decisions)", or, below FEW, the
 * amounts themselves: "£100, £250 and £500 (3 decisions: too few for a median)".
 */
export function spreadText(spread: Spread, money: (pounds: number) => string): string {
  const decisions = `${formatCount(spread.count)} decision${spread.count === 1 ? '' : 's'}`;
  if (spread.count === 0) return 'none named a sum';
  if (spread.median === null) {
    const amounts = spread.values.map(money);
    const list = amounts.length === 1 ? amounts[0]! : `${amounts.slice(0, -1).join(', ')} and ${amounts.at(-1)!}`;
    return `${list} (${decisions}: too few for a median)`;
  }
  return `median ${money(spread.median)}; middle half ${money(spread.lower!)} to ${money(spread.upper!)} (${decisions})`;
}
