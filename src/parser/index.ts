/**
 * Statement text in, a typed Decision or typed errors out. Pure: no I/O, no clock, no globals, so
 * the same text always gives the same result and every concern can be tested on its own.
 */
import { DecisionSchema, type Decision } from '../schemas/decision';
import { referenceSlug } from '../utils/reference';
import { slugify } from '../utils/slug';
import { sourceUrl } from '../utils/source';
import { findLegislation, paragraphRefs, uniqueLegislation, uniqueReferences } from './citations';
import { decodeSource, removeXmlForbidden } from './decode';
import { parseError, type ParseError, type ParseResult } from './errors';
import { isContentsLine, PAGE_FURNITURE, parseDate, parseHeader } from './header';
import { normaliseLabel, toLines, type Line } from './lines';
import { findParties } from './parties';
import { extractRemedies } from './remedies';
import { isHeadingText, isSummaryPage, parseSections } from './sections';
import { restoreNumbering } from './compact';
import { statementTexts } from './text';

export type { ParseError, ParseResult } from './errors';
export { formatError } from './errors';

/** The line that signs the statement off; it is metadata, and everything after it is page noise. */
const DECISION_MAKER = /^(?:[A-Z][\w’' -]{0,80})(?:decision on behalf of the Ombudsm[ae]n|Ombudsm[ae]n['’]s (?:final )?decision)\.?$/;


export function parseStatementBytes(bytes: Uint8Array): ParseResult<Decision> {
  const decoded = decodeSource(bytes);
  return decoded.ok ? parseStatement(decoded.value) : decoded;
}

/**
 * A statement's text, as `decodeSource` gives it (line endings, odd spaces and NFC already
 * normalised: ingest reads bytes through `parseStatementBytes`, which does both).
 */
export function parseStatement(text: string): ParseResult<Decision> {
  const cleaned = removeXmlForbidden(text);
  const result = parseClean(cleaned.text);
  return cleaned.warnings.length > 0 ? { ...result, warnings: cleaned.warnings } : result;
}

function parseClean(text: string): ParseResult<Decision> {
  const lines = toLines(text);
  const head = parseHeader(lines);
  const { end, decisionMaker } = findEnd(lines, head.bodyStart);
  const moved = head.movedFields;
  const bodyLines = lines.slice(head.bodyStart, end);
  const taken = takeCompliance(dropContents(moved && moved.size > 0 ? bodyLines.filter((l) => !moved.has(l.number)) : bodyLines));
  // The body is read even when the header has errors, so that one run reports them all.
  // A summary page of the older site has no numbered paragraphs to restore: its "- " lines are items.
  const restored = isSummaryPage(taken.lines)
    ? { lines: taken.lines, numbering: 'none' as const }
    : restoreNumbering(taken.lines, isHeadingText);
  const body = parseSections(restored.lines);
  const errors = [...head.errors, ...taken.errors, ...body.errors];
  if (body.sections.length === 0 && head.bodyStart < lines.length) {
    const at = taken.lines.find((l) => l.text !== '') ?? lines[Math.min(head.bodyStart, lines.length - 1)]!;
    errors.push(parseError('no-paragraphs', at.number, 'the statement’s sections and paragraphs after the summary', at.text));
  }
  if (errors.length > 0 || !head.header) return { ok: false, errors };
  const { header } = head;

  const texts = statementTexts(body.sections);
  const crossReferences: { from: number; to: number }[] = [];
  for (const { paragraph, text } of texts) {
    if (paragraph !== null) for (const to of paragraphRefs(text, body.paragraphCount)) crossReferences.push({ from: paragraph, to });
  }
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
    complianceDate: taken.complianceDate,
    sourceUrl: sourceUrl(header.category, header.subcategory, referenceSlug(header.reference)),
    numbering: body.paragraphCount === 0 ? 'none' : restored.numbering,
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

/**
 * A table of contents the copy put after the summary ("- The complaint", "- What I found", …) is the
 * page's navigation, not the statement: short "- " lines before the first heading, most of which
 * name a heading the body has again ("Agreed actions" for "Agreed action" too).
 */
function dropContents(body: Line[]): Line[] {
  const first = body.findIndex((l) => l.text !== '');
  if (first === -1) return body;
  let end = first;
  while (end < body.length && (body[end]!.text === '' || (isContentsLine(body[end]!.text) && body[end]!.text.length <= 80))) end++;
  if (end === first) return body;
  const key = (text: string) => normaliseLabel(text.replace(/^[-–•*]\s+/, '')).replace(/[:.]$/, '').replace(/s$/, '');
  const entries = body.slice(first, end).filter((l) => /^[-–•*]\s/.test(l.text)).map((l) => key(l.text));
  const headings = new Set(body.slice(end).filter((l) => l.indent === 0 && l.text.length <= 80).map((l) => key(l.text)));
  const named = entries.filter((e) => headings.has(e)).length;
  return entries.length > 1 && named * 2 > entries.length ? body.slice(end) : body;
}

/**
 * "Ombudsman satisfied with council's response: 4 November 2019": the date the Ombudsman accepted
 * that the body had done what was asked. It is the page's record, not the statement's text, so it
 * is kept as data.
 */
const COMPLIANCE = /^Ombudsman satisfied with (?:the )?[\w’' -]{0,40}?['’]s? response\s*:?\s*(.*?)\.?$/i;

function takeCompliance(body: Line[]): { lines: Line[]; complianceDate: string | null; errors: ParseError[] } {
  let complianceDate: string | null = null;
  const errors: ParseError[] = [];
  const taken = new Set<Line>();
  body.forEach((line, i) => {
    const match = COMPLIANCE.exec(line.text);
    if (!match) return;
    taken.add(line);
    let date = match[1]!;
    // Some copies put the date on the line below the label.
    const next = body.slice(i + 1).find((l) => l.text !== '');
    if (date === '' && next && parseDate(next.text.replace(/\.$/, ''))) {
      date = next.text.replace(/\.$/, '');
      taken.add(next);
    }
    complianceDate = parseDate(date);
    if (!complianceDate) errors.push(parseError('invalid-date', line.number, 'a real date like "4 November 2019" after "Ombudsman satisfied with council\'s response:"', date));
  });
  const lines = taken.size === 0 ? body : body.filter((line) => !taken.has(line));
  return { lines, complianceDate, errors };
}

function findEnd(lines: Line[], from: number): { end: number; decisionMaker: string | null } {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (lines[i]!.indent === 0 && DECISION_MAKER.test(text)) return { end: i, decisionMaker: text };
    if (PAGE_FURNITURE.test(text)) return { end: i, decisionMaker: null };
  }
  return { end: lines.length, decisionMaker: null };
}


