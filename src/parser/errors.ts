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
  | 'duplicate-reference'
  | 'format-character'
  | 'too-deep'
  | 'too-long-paragraph'
  | 'not-a-file'
  | 'unreadable'
  | 'outside-sources';

export interface ParseError {
  code: ParseErrorCode;
  /** 1-based line of the source the error points at. */
  line: number;
  /** What the parser expected there, in the words of the statement format. */
  expected: string;
  /** What it found instead, shortened. */
  found: string;
}

/**
 * Something the parser changed or dropped so that the statement could be published (characters no
 * feed may carry, say); the source's own text is never altered silently.
 */
export interface ParseWarning {
  code: 'removed-characters';
  line: number;
  /** What was done, in words: "removed 2 characters XML forbids (U+000B)". */
  message: string;
}

export type ParseResult<T> = { ok: true; value: T; warnings?: ParseWarning[] } | { ok: false; errors: ParseError[]; warnings?: ParseWarning[] };

export function parseError(code: ParseErrorCode, line: number, expected: string, found: string): ParseError {
  return { code, line, expected, found: shorten(found) };
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}

/** "file:line: expected X, found Y" — the one format every error is printed in. */
export function formatError(file: string, error: ParseError): string {
  const found = error.found === '' ? 'nothing' : `"${escapeControls(error.found)}"`;
  return `${escapeControls(file)}:${error.line}: expected ${error.expected}, found ${found} [${error.code}]`;
}

/** "file:line: warning: what was done" — the one format every warning is printed in. */
export function formatWarning(file: string, warning: ParseWarning): string {
  return `${escapeControls(file)}:${warning.line}: warning: ${warning.message} [${warning.code}]`;
}

/**
 * Control, bidi and other invisible characters as visible escapes (\n, \u202E), so that a file name
 * or a line of a source can neither forge lines in a log nor send a terminal its escapes.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\p{Cf}\u2028\u2029\ufffe\uffff]/gu, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\t') return '\\t';
    if (ch === '\r') return '\\r';
    return `\\u${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
