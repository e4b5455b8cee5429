/**
 * Statement text in, a typed Decision or typed errors out. Pure: no I/O, no clock, no globals, so
 * the same text always gives the same result and every concern can be tested on its own.
 */
import { DecisionSchema, type Decision } from '../schemas/decision';
import { referenceSlug, slugify } from '../utils/slug';
import { findLegislation, paragraphRefs, uniqueLegislation, uniqueReferences } from './citations';
import { decodeSource } from './decode';
import { parseError, type ParseError, type ParseResult } from './errors';
import { PAGE_FURNITURE, parseHeader } from './header';
import { toLines, type Line } from './lines';
import { findParties } from './parties';
import { extractRemedies } from './remedies';
import { parseSections } from './sections';
import { statementTexts } from './text';

export type { ParseError, ParseResult } from './errors';
export { formatError } from './errors';

/** The line that signs the statement off; it is metadata, and everything after it is page noise. */
const DECISION_MAKER = /^(?:[A-Z][\w’' -]{0,80})(?:decision on behalf of the Ombudsm[ae]n|Ombudsm[ae]n['’]s (?:final )?decision)\.?$/;


export function parseStatementBytes(bytes: Uint8Array): ParseResult<Decision> {
  const decoded = decodeSource(bytes);
  return decoded.ok ? parseStatement(decoded.value) : decoded;
}

export function parseStatement(text: string): ParseResult<Decision> {
  const lines = toLines(text);
  const parsed = parseHeader(lines);
  if ('errors' in parsed) return { ok: false, errors: parsed.errors };
  const { header } = parsed;

  const { end, decisionMaker } = findEnd(lines, header.bodyStart);
  const bodyLines = lines.slice(header.bodyStart, end);
  const body = parseSections(bodyLines);
  if (body.paragraphCount === 0) {
    // A copy that turned every list item into a "- " line has lost the numbering the archive must restore.
    const flattened = bodyLines.find((l) => l.indent === 0 && /^[-–] /.test(l.text));
    const at = flattened ?? bodyLines.find((l) => l.text !== '') ?? lines[Math.min(header.bodyStart, lines.length - 1)]!;
    const expected = flattened
      ? 'numbered paragraphs ("  1. ..."); this copy has turned them into "- " lines, losing the published numbering'
      : 'numbered paragraphs ("  1. ...") after the summary';
    return { ok: false, errors: [parseError(flattened ? 'flattened-list' : 'no-paragraphs', at.number, expected, at.text)] };
  }

  const texts = statementTexts(body.sections);
  const crossReferences = texts.flatMap(({ paragraph, text }) =>
    paragraph === null ? [] : paragraphRefs(text, body.paragraphCount).map((to) => ({ from: paragraph, to })),
  );
  const allText = texts.map((t) => t.text).join('\n');

  const candidate: Decision = {
    reference: header.reference,
    slug: referenceSlug(header.reference),
    authority: { name: header.authority, slug: slugify(header.authority) },
    category: { name: header.category, slug: slugify(header.category) },
    subcategory: header.subcategory ? { name: header.subcategory, slug: slugify(header.subcategory) } : null,
    outcome: { label: header.outcomeLabel, value: header.outcome },
    decisionDate: header.decisionDate,
    summary: header.summary,
    decisionMaker,
    otherFields: header.otherFields,
    sections: body.sections,
    paragraphCount: body.paragraphCount,
    remedies: extractRemedies(body.sections),
    legislation: uniqueLegislation(findLegislation(`${header.summary}\n${allText}`)),
    crossReferences: uniqueReferences(crossReferences),
    parties: findParties(header.summary, allText),
  };
  const checked = DecisionSchema.safeParse(candidate);
  if (!checked.success) {
    return {
      ok: false,
      errors: checked.error.issues.map((issue) =>
        parseError('invalid-decision', lines[0]!.number, `${issue.path.join('.') || 'decision'}: ${issue.message}`, String(issue.code)),
      ),
    };
  }
  return { ok: true, value: checked.data };
}

function findEnd(lines: Line[], from: number): { end: number; decisionMaker: string | null } {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (lines[i]!.indent === 0 && DECISION_MAKER.test(text)) return { end: i, decisionMaker: text };
    if (PAGE_FURNITURE.test(text)) return { end: i, decisionMaker: null };
  }
  return { end: lines.length, decisionMaker: null };
}


