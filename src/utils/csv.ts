/**
 * CSV as RFC 4180 writes it (CRLF records, fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled), and safe to open in a spreadsheet: a text cell that a spreadsheet would
 * read as a formula (=, +, -, @, tab or carriage return first) is prefixed with an apostrophe, as
 * OWASP advises, so it shows as the text it is.
 */
import type { DecisionMeta } from './archive-index';
import { exportLink, routes } from './url';

export type Cell = string | number | null;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The columns of the decisions' CSV, the archive's and each council's alike. */
export const DECISION_COLUMNS = [
  'reference',
  'decision_date',
  'authority',
  'authority_slug',
  'category',
  'subcategory',
  'outcome',
  'outcome_label',
  'remedy_total_gbp',
  'payments_total_gbp',
  'remedy_kinds',
  'paragraph_count',
  'summary',
  'url',
  'json_url',
  'source_url',
];

/** One decision as a row of DECISION_COLUMNS; the kinds of action agreed are separated by "; ". */
export function decisionRow(d: DecisionMeta): Cell[] {
  return [
    d.reference,
    d.decisionDate,
    d.authority.name,
    d.authority.slug,
    d.category.name,
    d.subcategory?.name ?? null,
    d.outcome,
    d.outcomeLabel,
    d.remedyTotal,
    d.paymentsTotal,
    d.remedyKinds.join('; '),
    d.paragraphCount,
    d.summary,
    // Absolute where the site's address is known; site-relative rather than on a made-up host otherwise.
    exportLink(routes.decision(d.slug)),
    exportLink(routes.decisionJson(d.slug)),
    d.sourceUrl,
  ];
}

/** Decisions for spreadsheets: RFC 4180, UTF-8 with a byte-order mark for Excel, formula-safe. */
export function decisionsCsv(decisions: DecisionMeta[]): Response {
  return new Response(`\uFEFF${toCsv(DECISION_COLUMNS, decisions.map((d) => decisionRow(d)))}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
}
