/**
 * The outcomes of a decision and their names as the Ombudsman prints them ("Decision : Not upheld").
 * The parser reads a statement's outcome by its name, and readers see it (src/utils/labels.ts gives it
 * to the pages). It lives here, apart from decision.ts, so that the search page's script can name an
 * outcome without bundling zod (whose compiled parsers the Content-Security-Policy forbids), and
 * apart from the site's words, so that rewording a page never re-parses the archive.
 */
export const OUTCOMES = ['upheld', 'not-upheld', 'closed-after-initial-enquiries'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_NAMES: Record<Outcome, string> = {
  upheld: 'Upheld',
  'not-upheld': 'Not upheld',
  'closed-after-initial-enquiries': 'Closed after initial enquiries',
};
