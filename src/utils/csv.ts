/**
 * CSV as RFC 4180 writes it (CRLF records, fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled), and safe to open in a spreadsheet: a text cell that a spreadsheet would
 * read as a formula (=, +, -, @, tab or carriage return first) is prefixed with an apostrophe, as
 * OWASP advises, so it shows as the text it is.
 */
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
