/**
 * Bytes to statement text. Scraped statements arrive as UTF-8 (with or without a BOM) or as
 * Windows-1252 from older tools; both must decode to the same text.
 */
import iconv from 'iconv-lite';
import { parseError, type ParseResult } from './errors';

const CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f]/;
const PLAIN_TEXT = 'plain text (UTF-8 or Windows-1252)';

export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeSource(bytes: Uint8Array): ParseResult<string> {
  if (bytes.length === 0) return fail('empty', 1, 'a statement beginning with its title line', '');
  if (bytes.length > MAX_SOURCE_BYTES) {
    return fail('too-large', 1, `a statement under ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`, `${bytes.length} bytes`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail('binary', lineAt(bytes, nul), PLAIN_TEXT, 'a NUL byte (binary data)');

  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not valid UTF-8: every byte sequence is valid Windows-1252, the encoding older exports used.
    text = iconv.decode(Buffer.from(body), 'windows-1252');
  }
  const index = text.search(CONTROL);
  if (index !== -1) {
    const controls = text.match(new RegExp(CONTROL, 'g'))!.length;
    return fail('binary', text.slice(0, index).split('\n').length, PLAIN_TEXT, `${controls} control characters`);
  }
  return { ok: true, value: normaliseText(text) };
}

/** Line endings to \n, and non-breaking and other odd spaces to plain ones; nothing else changes. */
export function normaliseText(text: string): string {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  if (/[\u00A0\u2007\u202F]/.test(out)) out = out.replace(/[\u00A0\u2007\u202F]/g, ' ');
  return out;
}

function fail(code: 'empty' | 'binary' | 'too-large', line: number, expected: string, found: string) {
  return { ok: false as const, errors: [parseError(code, line, expected, found)] };
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
