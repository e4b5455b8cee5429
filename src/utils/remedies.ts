/**
 * The money and words of a decision's remedies, in one place, so that the archive's totals, the
 * exports and the decision page agree.
 */
// Types only from the schema: the browser bundles this module (the councils index adds pounds with
// it), and the schema's zod compiles parsers, which the Content-Security-Policy forbids.
import type { Payment, Remedy, Section } from '../schemas/decision';
import type { DecisionMeta } from './archive-index';
import { capitalise, citedParagraph, formatMoney } from './format';
import { REMEDY_NAMES } from './labels';

/**
 * Pounds of payments and refunds the actions name. An amount that itemises or restates another
 * (a breakdown) is already in that one, so it is not added again.
 */
export function remedyTotal(remedies: Remedy[]): number {
  return addPounds(remedies.flatMap((r) => r.payments).filter((p) => !p.breakdown).map((p) => p.amount));
}

/** Pounds of payments alone, refunds and waived charges left out: what the person is paid. */
export function paymentsTotal(remedies: Remedy[]): number {
  return addPounds(remedies.flatMap((r) => r.payments).filter((p) => !p.breakdown && !p.refund).map((p) => p.amount));
}

/**
 * A decision's remedies at a glance, for lists and search results: "Apology · £300 · Procedure or
 * policy review". Payments are written as their total and refunds as theirs, where the actions name
 * sums; empty where nothing was agreed.
 */
export function remedySummary(meta: Pick<DecisionMeta, 'remedyKinds' | 'remedyTotal' | 'paymentsTotal'>): string {
  const refunds = addPounds([meta.remedyTotal, -meta.paymentsTotal]);
  return meta.remedyKinds
    .map((kind) => {
      if (kind === 'payment' && meta.paymentsTotal > 0) return formatMoney(meta.paymentsTotal);
      if (kind === 'refund' && refunds > 0) return `${formatMoney(refunds)} refund`;
      return REMEDY_NAMES[kind];
    })
    .join(' · ');
}

/**
 * Pounds of payments the actions say are for distress alone ("£300 to acknowledge the distress
 * caused"), not also for time and trouble or anything else. An itemised part counts where the sum
 * it itemises was not itself for distress alone: "£950, made up of £750 for her distress and £200
 * for her time and trouble" counts £750.
 */
export function distressTotal(remedies: Remedy[]): number {
  const amounts: number[] = [];
  for (const remedy of remedies) {
    let mainCounted = false;
    for (const p of remedy.payments) {
      const alone = !p.refund && p.purposes.length === 1 && p.purposes[0] === 'distress';
      if (!p.breakdown) mainCounted = alone;
      if (alone && (!p.breakdown || !mainCounted)) amounts.push(p.amount);
    }
  }
  return addPounds(amounts);
}

/** A sum of amounts in pounds: a decision's payments, or the totals of a group's decisions. */
export function addPounds(amounts: readonly number[]): number {
  const pounds = amounts.reduce((sum, amount) => sum + amount, 0);
  // Sums of pence in binary floating point drift ("150.5 + 0.1"); a total is whole pence.
  return Math.round(pounds * 100) / 100;
}

/** "Payment of £300 to Ms X"; the amounts that itemise it follow in brackets. */
export function paymentLine(payment: Payment, breakdown: Payment[] = []): string {
  const kind = payment.refund ? REMEDY_NAMES.refund : REMEDY_NAMES.payment;
  const to = payment.recipient ? ` to ${payment.recipient}` : '';
  const parts = breakdown.length > 0 ? ` (itemised: ${breakdown.map((p) => formatMoney(p.amount)).join(', ')})` : '';
  return `${kind} of ${formatMoney(payment.amount)}${to}${parts}`;
}

/**
 * What an action asks for in a short line: "Apology · Payment of £300 to Ms X". Each kind once,
 * the main first; a payment or refund kind is written as its sums, where the action names them.
 */
export function remedyLine(remedy: Remedy): string {
  const parts: string[] = [];
  for (const kind of remedy.kinds) {
    if (kind !== 'payment' && kind !== 'refund') {
      parts.push(REMEDY_NAMES[kind]);
      continue;
    }
    const refund = kind === 'refund';
    const sums = remedy.payments.filter((p) => p.refund === refund);
    const main = sums.filter((p) => !p.breakdown);
    if (main.length === 0) {
      parts.push(REMEDY_NAMES[kind]);
      continue;
    }
    // Each breakdown itemises the main sum named before it.
    for (const [i, payment] of main.entries()) {
      const from = sums.indexOf(payment);
      const to = i + 1 < main.length ? sums.indexOf(main[i + 1]!) : sums.length;
      parts.push(paymentLine(payment, sums.slice(from + 1, to)));
    }
  }
  return parts.join(' · ');
}

/** "Within one month of my final decision", or that the statement gives none. */
export function deadlineLine(remedy: Remedy): string {
  return remedy.deadline ? capitalise(remedy.deadline.text) : 'No deadline given';
}

/**
 * What a link to the action's place in the statement says: "paragraph 12(a)", "paragraph 12", or,
 * in a statement without numbered paragraphs, the section it is in ("the recommendations").
 */
export function placeLabel(anchor: string, sectionHeading: string | null = null): string {
  const cited = citedParagraph(anchor);
  if (cited) return `paragraph ${cited}`;
  if (sectionHeading === null) return 'the recommendations';
  // A heading that names the actions reads as a phrase; any other is quoted as printed.
  return /^(?:recommendations?|agreed actions?|recommended actions?|remed(?:y|ies))$/i.test(sectionHeading.trim())
    ? `the ${sectionHeading.trim().toLowerCase()}`
    : `“${sectionHeading.trim()}”`;
}

/** The heading of the section that holds a block anchor ("b4"), for a link to it. */
export function headingOfBlock(sections: Section[], anchor: string): string | null {
  for (const section of sections) {
    for (const sub of section.subsections) {
      if (sub.content.some((c) => c.type !== 'paragraph' && c.anchor === anchor)) return section.heading;
    }
  }
  return null;
}
