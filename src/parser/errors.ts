/** Why a source could not become a decision. The parser returns these; it never throws them. */
export type ParseErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'html'
  | 'missing-title'
  | 'missing-field'
  | 'malformed-field'
  | 'invalid-date'
  | 'unknown-outcome'
  | 'missing-summary'
  | 'no-paragraphs'
  | 'invalid-decision'
  | 'duplicate-reference';

export interface ParseError {
  code: ParseErrorCode;
  /** 1-based line of the source the error points at. */
  line: number;
  /** What the parser expected there, in the words of the statement format. */
  expected: string;
  /** What it found instead, shortened. */
  found: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ParseError[] };

export function parseError(code: ParseErrorCode, line: number, expected: string, found: string): ParseError {
  return { code, line, expected, found: shorten(found) };
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

/** "file:line: expected X, found Y" — the one format every error is printed in. */
export function formatError(file: string, error: ParseError): string {
  const found = error.found === '' ? 'nothing' : `"${error.found}"`;
  return `${file}:${error.line}: expected ${error.expected}, found ${found} [${error.code}]`;
}
