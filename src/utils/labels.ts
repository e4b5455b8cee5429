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
