/**
 * Remedies from the agreed-action section: each apology, payment, refund and service improvement
 * once, with its amount in pounds and its deadline. Only the agreed action counts, so an amount the
 * summary repeats is not taken twice.
 */
import type { ListItem, Paragraph, Remedy, RemedyKind, Section } from '../schemas/decision';
import { normaliseLabel } from './lines';

const REMEDY_SECTION = /\b(agreed action|recommended action|recommendations?|remed(y|ies)|what .* agreed to do)\b/;
const MONEY = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?/g;
const NUMBER_WORDS = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|twenty-eight|thirty|\\d+)';
const DEADLINE = new RegExp(
  `\\b(?:within|in the next|no later than)\\s+${NUMBER_WORDS}\\s+(?:(?:working|calendar|clear)\\s+)?(?:days?|weeks?|months?)\\b(?:\\s+of\\s+(?:(?:my|the|our|this)\\s+)?final decision)?`,
  'i',
);

export function isRemedySection(heading: string): boolean {
  return REMEDY_SECTION.test(normaliseLabel(heading));
}

interface Unit {
  text: string;
  paragraph: number;
  /** Deadline of the lead-in ("Within one month the Council will:"), which its items inherit. */
  inherited: string | null;
}

export function extractRemedies(sections: Section[]): Remedy[] {
  const remedies: Remedy[] = [];
  for (const section of sections) {
    if (!isRemedySection(section.heading)) continue;
    const paragraphs = section.subsections.flatMap((s) => s.content.filter((c): c is Paragraph => c.type === 'paragraph'));
    const units = paragraphs.flatMap(unitsOf);
    // A closing line such as "The Council should complete the above within four weeks" sets the
    // deadline of every action that names none.
    const sectionDeadline = units.map((u) => deadlineOf(u.text) ?? u.inherited).find((d) => d !== null) ?? null;
    for (const unit of units) {
      const deadline = deadlineOf(unit.text) ?? unit.inherited ?? sectionDeadline;
      for (const { kind, amount, breakdown } of classify(unit.text)) {
        remedies.push({ kind, amount, breakdown, deadline, text: unit.text, paragraph: unit.paragraph });
      }
    }
  }
  return remedies;
}

/** A paragraph with a list is a lead-in to its items; a paragraph without one is an action itself. */
function unitsOf(paragraph: Paragraph): Unit[] {
  const lists = paragraph.blocks.flatMap((b) => (b.type === 'list' ? [b] : []));
  if (lists.length === 0) {
    const text = [paragraph.text, ...paragraph.blocks.map((b) => (b.type === 'text' ? b.text : ''))].join(' ').trim();
    return [{ text, paragraph: paragraph.number, inherited: null }];
  }
  const inherited = deadlineOf(paragraph.text);
  const units: Unit[] = lists.flatMap((list) =>
    list.items.map((item) => ({ text: flatten(item), paragraph: paragraph.number, inherited })),
  );
  // A lead-in that itself pays or apologises ("pay £200 and also:") is an action too.
  if (classify(paragraph.text).some((r) => r.kind === 'payment' || r.kind === 'refund' || r.kind === 'apology')) {
    units.unshift({ text: paragraph.text, paragraph: paragraph.number, inherited: null });
  }
  return units;
}

function flatten(item: ListItem): string {
  return [item.text, ...item.children.map(flatten)].join(' ');
}

export function deadlineOf(text: string): string | null {
  return DEADLINE.exec(text)?.[0] ?? null;
}

export interface Classified {
  kind: RemedyKind;
  amount: number | null;
  breakdown: boolean;
}

/** What one agreed action amounts to: an apology, each sum of money, or a service improvement. */
export function classify(text: string): Classified[] {
  const found: Classified[] = [];
  const lower = text.toLowerCase();
  if (/\bapolog/.test(lower)) found.push({ kind: 'apology', amount: null, breakdown: false });
  let moneySeen = false;
  for (const match of text.matchAll(MONEY)) {
    const amount = Number(match[1]!.replace(/,/g, '')) + (match[2] ? Number(match[2]) / 100 : 0);
    const before = lower.slice(Math.max(0, match.index - 60), match.index);
    const kind: RemedyKind = /\b(refund|reimburse|repay|credit|waive|write off|cancel)/.test(before) ? 'refund' : 'payment';
    const breakdown = moneySeen && isBreakdown(text, match.index);
    if (!found.some((r) => r.kind === kind && r.amount === amount)) found.push({ kind, amount, breakdown });
    moneySeen = true;
  }
  if (found.length > 0) return found;
  const only = (kind: RemedyKind): Classified[] => [{ kind, amount: null, breakdown: false }];
  if (/\b(train|training)\b/.test(lower)) return only('training');
  if (/\b(remind|reminder|guidance to (its |all )?staff|share (this|the) (learning|decision))/.test(lower)) return only('reminder');
  if (/\b(review|procedure|policy|policies|process|practice)\b/.test(lower)) return only('procedure-review');
  // Anything else the agreed action asks for is an action, except a line that only sets the deadline.
  return isOnlyDeadline(lower) ? [] : only('action');
}

/**
 * An amount after the first that sits in brackets, or after "made up of" and the like, itemises or
 * restates the first rather than adding to it.
 */
function isBreakdown(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const openBracket = before.lastIndexOf('(') > before.lastIndexOf(')');
  return openBracket || /\b(made up of|comprising|consisting of|of which|including|includes|broken down as)\b/i.test(before);
}

/** "The Council should complete the above within four weeks": a deadline, not an action. */
function isOnlyDeadline(lower: string): boolean {
  return /\b(the above|these actions|the actions|do so|done this)\b/.test(lower) && DEADLINE.test(lower);
}
