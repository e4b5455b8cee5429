/** The words readers see for the archive's enums. */
import type { Numbering, RemedyKind } from '../schemas/decision';
import { OUTCOME_NAMES, type Outcome } from '../schemas/outcome';

/** Each outcome's name, as the statements print it: readers see the Ombudsman's own words. */
export { OUTCOME_NAMES };

const OUTCOME_BY_NAME = new Map(Object.entries(OUTCOME_NAMES).map(([outcome, name]) => [name, outcome as Outcome]));

/** The outcome a name in OUTCOME_NAMES stands for ("Not upheld" → not-upheld); null for any other text. */
export function outcomeFromName(name: string): Outcome | null {
  return OUTCOME_BY_NAME.get(name) ?? null;
}

export const REMEDY_NAMES: Record<RemedyKind, string> = {
  apology: 'Apology',
  payment: 'Payment',
  refund: 'Refund',
  reassessment: 'Reassessment of the case',
  'procedure-review': 'Procedure or policy review',
  training: 'Staff training or reminder',
  information: 'Information or evidence',
  other: 'Other action',
};

/** What each outcome means, in the Ombudsman's terms, for readers who do not know them. */
export const OUTCOME_EXPLANATIONS: Record<Outcome, string> = {
  upheld: 'The Ombudsman investigated and found fault by the council or care provider, usually fault that caused injustice, which it was asked to put right.',
  'not-upheld': 'The Ombudsman investigated and found no fault, or fault that caused no injustice.',
  'closed-after-initial-enquiries': 'The Ombudsman looked at the complaint and decided not to investigate it, or to stop, for example because it was out of time or another body should consider it.',
};

/** What the page tells a reader about its paragraph numbers; nothing where the copy printed them. */
export const NUMBERING_NOTES: Record<Numbering, string | null> = {
  published: null,
  restored:
    'Paragraph numbers restored: the copy this page was made from did not print them, so the archive numbered the paragraphs in order, telling them from list items by the text.',
  inferred:
    'Paragraph numbers inferred: the copy this page was made from did not print them, and for some lines the archive had to judge whether a line was a paragraph or part of the list above it. Check a number against the Ombudsman’s own page before relying on it.',
  none: 'This statement has no numbered paragraphs: cite it as a whole, or by its headings.',
};
