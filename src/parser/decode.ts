/**
 * Bytes to statement text. Scraped statements arrive as UTF-8 (with or without a BOM) or as
 * Windows-1252 from older tools; both must decode to the same text.
 */
import iconv from 'iconv-lite';
import { parseError, type ParseResult, type ParseWarning } from './errors';

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

/**
 * Line endings to \n, non-breaking and other odd spaces to plain ones, and composed characters in
 * one form (NFC), so that "é" typed two ways is one letter in names, slugs and search; nothing else
 * changes.
 */
export function normaliseText(text: string): string {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // One look at every character says which passes the text needs: most statements need none, and
  // each pattern run over the whole text showed in the parser's profile.
  let returns = false;
  let oddSpaces = false;
  let beyondNfcSafe = false;
  for (let i = 0; i < out.length; i++) {
    const c = out.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x0d) returns = true;
    } else if (c === 0xa0 || c === 0x2007 || c === 0x202f) {
      oddSpaces = true;
    } else if (!(c <= 0x2ff || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20bf))) {
      // Latin letters, general punctuation and currency signs never change under NFC; other
      // characters (combining accents, Hangul, the Ohm sign…) may.
      beyondNfcSafe = true;
    }
  }
  if (returns) out = out.replace(/\r\n?/g, '\n');
  if (oddSpaces) out = out.replace(/[\u00A0\u2007\u202F]/g, ' ');
  return beyondNfcSafe ? out.normalize('NFC') : out;
}

/** Characters no XML document may hold: a feed that carried them would no longer parse. */
const XML_FORBIDDEN = /[\u000b\u000c\ufffe\uffff]/g;

/**
 * The text without the characters XML forbids (vertical tab, form feed, U+FFFE, U+FFFF), which
 * scrapers leave where a page had a page break; each line that lost one is named in a warning.
 */
export function removeXmlForbidden(text: string): { text: string; warnings: ParseWarning[] } {
  if (!text.includes('\u000b') && !text.includes('\u000c') && !text.includes('\ufffe') && !text.includes('\uffff')) return { text, warnings: [] };
  const warnings: ParseWarning[] = [];
  const lines = text.split('\n').map((line, i) => {
    const found = line.match(XML_FORBIDDEN);
    if (!found) return line;
    const kinds = [...new Set(found.map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))].join(', ');
    warnings.push({ code: 'removed-characters', line: i + 1, message: `removed ${found.length} character${found.length === 1 ? '' : 's'} XML forbids (${kinds})` });
    return line.replace(XML_FORBIDDEN, '');
  });
  return { text: lines.join('\n'), warnings };
}

function fail(code: 'empty' | 'binary' | 'too-large', line: number, expected: string, found: string) {
  return { ok: false as const, errors: [parseError(code, line, expected, found)] };
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
