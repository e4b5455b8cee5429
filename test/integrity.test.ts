/** Text integrity at the parser: the statement's words, in order, and nothing else. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseStatement, parseStatementBytes } from '../src/parser';
import { statementTexts } from '../src/parser/text';
import { ROOT } from './helpers/build';
import { toCompactLayout } from './helpers/layouts';
import { sourceBodyWords, splitWords } from './helpers/words';

const FOLDERS = ['content/sources', 'test/fixtures/statements', 'test/fixtures/encodings', 'test/fixtures/layouts'].map((f) => path.join(ROOT, f));
const sources = FOLDERS.flatMap((dir) => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
  } catch {
    return [];
  }
});

describe.each(sources.map((file) => ({ file, name: path.relative(ROOT, file) })))('$name', ({ file }) => {
  const bytes = readFileSync(file);
  const result = parseStatementBytes(bytes);

  it('parses', () => expect(result.ok ? [] : result.errors).toEqual([]));

  it('keeps every word of the body, in order, and adds none', () => {
    if (!result.ok) return;
    const parsed = statementTexts(result.value.sections).flatMap((t) => splitWords(t.text));
    expect(parsed).toEqual(sourceBodyWords(decode(bytes)));
  });

  it('keeps every word of the body in the compact list layout made from it too', () => {
    if (!result.ok) return;
    const compact = toCompactLayout(decode(bytes), { toc: true });
    const parsed = parseStatement(compact);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    expect(statementTexts(parsed.value.sections).flatMap((t) => splitWords(t.text))).toEqual(sourceBodyWords(compact));
  });

  it('keeps the typographic characters', () => {
    if (!result.ok) return;
    const all = JSON.stringify(result.value);
    for (const ch of ['’', '“', '”', '£', '–']) {
      if (bytes.includes(Buffer.from(ch))) expect(all).toContain(ch);
    }
  });
});

it('reads at least the five seeds', () => expect(sources.length).toBeGreaterThanOrEqual(5));

/** UTF-8, or else Windows-1252: what the source says, decoded without the parser's help. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'windows-1252');
  }
}
