/**
 * A decision's reference, as people type it and as the archive's addresses use it. No Node module
 * here: the search page uses it too.
 */

/** "20 006 390", "20006390", "20-006-390" (and a joint case's letter: "17 002 402b"). */
const REFERENCE = /^\s*(\d{2})[\s-]?(\d{3})[\s-]?(\d{3})([a-z]?)\s*$/i;

/** A reference in the form the statements print it ("20 006 390"), or null when the text is not one. */
export function parseReference(text: string): string | null {
  const m = REFERENCE.exec(text);
  return m ? `${m[1]} ${m[2]} ${m[3]}${m[4]!.toLowerCase()}` : null;
}

/** Two references are one when their letters and digits are ("20 006 390" and "20006390"). */
export function sameReference(a: string, b: string): boolean {
  const key = (s: string) => s.replace(/[^0-9a-z]/gi, '').toLowerCase();
  return key(a) !== '' && key(a) === key(b);
}

/** "20 005 525" → "20-005-525": a decision's slug, and so its page's address. */
export function referenceSlug(reference: string): string {
  return reference.trim().replace(/\s+/g, '-').toLowerCase();
}
