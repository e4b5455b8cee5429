/** The words readers see for the archive's enums. */
import type { Outcome, RemedyKind } from '../schemas/decision';

export const OUTCOME_NAMES: Record<Outcome, string> = {
  upheld: 'Upheld',
  'not-upheld': 'Not upheld',
  'closed-after-initial-enquiries': 'Closed after initial enquiries',
};

export const REMEDY_NAMES: Record<RemedyKind, string> = {
  apology: 'Apology',
  payment: 'Payment',
  refund: 'Refund',
  training: 'Training',
  reminder: 'Reminder to staff',
  'procedure-review': 'Procedure review',
  action: 'Action',
};

/** What each outcome means, in the Ombudsman's terms, for readers who do not know them. */
export const OUTCOME_EXPLANATIONS: Record<Outcome, string> = {
  upheld: 'The Ombudsman investigated and found fault by the council or care provider, usually fault that caused injustice, which it was asked to put right.',
  'not-upheld': 'The Ombudsman investigated and found no fault, or fault that caused no injustice.',
  'closed-after-initial-enquiries': 'The Ombudsman looked at the complaint and decided not to investigate it, or to stop, for example because it was out of time or another body should consider it.',
};
