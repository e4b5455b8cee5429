/**
 * The sections every statement has in much the same words: the Ombudsman's role and powers, and how
 * the complaint was considered. They say nothing about what one decision is about, so the search
 * index leaves them out (src/presenters/statement-html.ts) and so do decisions about similar things
 * (src/utils/similar.ts). Only these: what happened, the analysis, the findings, the agreed action
 * and the final decision differ from one decision to the next, and stay searchable.
 */

/** By the words of the parser's section headings (src/parser/sections.ts), in either apostrophe, and "we" for "I". */
const BOILERPLATE = /\b(?:ombudsm[ae]n['’]s role|role and powers|how (?:I|we) considered)\b/i;

export function isBoilerplateSection(heading: string | null): boolean {
  return heading !== null && BOILERPLATE.test(heading);
}
