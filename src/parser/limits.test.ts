/** What no real statement has, refused or cleaned with file:line, so that one hostile source cannot break the archive. */
import { describe, expect, it } from 'vitest';
import { parseStatement, parseStatementBytes } from '.';
import { MAX_LIST_DEPTH, MAX_PARAGRAPH_CHARS } from './sections';

const header = (title = 'Test Council (21 000 001)') => [title, 'Category : Housing > Homelessness', 'Decision : Upheld', 'Decision date : 1 May 2023', 'Summary: Mr X complains.'];
const statement = (body: string[], title?: string) => [...header(title), 'The complaint', ...body, "Investigator's decision on behalf of the Ombudsman"].join('\n');
const codes = (result: ReturnType<typeof parseStatement>) => (result.ok ? [] : result.errors.map((e) => [e.code, e.line]));

describe('characters XML forbids', () => {
  it('are removed, each line that lost one named in a warning, and the rest published', () => {
    const result = parseStatement(statement(['  1. Mr X\u000b complains.', '  2. The Council\u000c replied.\uffff']));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings?.map((w) => [w.code, w.line, w.message])).toEqual([
      ['removed-characters', 7, 'removed 1 character XML forbids (U+000B)'],
      ['removed-characters', 8, 'removed 2 characters XML forbids (U+000C, U+FFFF)'],
    ]);
    expect(JSON.stringify(result.value)).not.toMatch(/[\u000b\u000c\ufffe\uffff]/);
  });

  it('leave no warning where there are none', () => {
    const result = parseStatement(statement(['  1. Mr X complains.']));
    expect(result.ok && result.warnings).toBeUndefined();
  });
});

describe('invisible characters in the title and header', () => {
  it.each([
    ['a right-to-left override', 'London Borough of Barnet\u202e (21 000 001)'],
    ['a zero-width space', 'London\u200b Borough of Barnet (21 000 001)'],
    ['a zero-width joiner', 'London Borough\u200d of Barnet (21 000 001)'],
  ])('refuses %s in the title, naming its line and showing it', (_, title) => {
    const result = parseStatement(statement(['  1. Mr X complains.'], title));
    expect(codes(result)).toEqual([['format-character', 1]]);
    expect(!result.ok && result.errors[0]!.found).toMatch(/\\u20(2E|0B|0D)/);
  });

  it('refuses one in a header line', () => {
    const lines = statement(['  1. Mr X complains.']).split('\n');
    lines[1] = 'Category : Housing\u2066 > Homelessness';
    expect(codes(parseStatement(lines.join('\n')))).toEqual([['format-character', 2]]);
  });

  it('keeps one in the body, where it is the statement’s own text', () => {
    expect(parseStatement(statement(['  1. Mr X\u00ad complains.'])).ok).toBe(true);
  });

  it('puts a name typed with combining accents into one form (NFC) as it decodes the file', () => {
    const result = parseStatementBytes(new TextEncoder().encode(statement(['  1. Mr X complains.'], 'Conseil de la Cite\u0301 (21 000 001)')));
    expect(result.ok && result.value.authority.name).toBe('Conseil de la Cit\u00e9');
  });
});

describe('lists nested deeper than any statement', () => {
  const nested = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(4 + 2 * i)}• level ${i + 1}`);

  it(`reads ${MAX_LIST_DEPTH} levels`, () => {
    expect(parseStatement(statement(['  1. Mr X complains:', ...nested(MAX_LIST_DEPTH)])).ok).toBe(true);
  });

  it.each([MAX_LIST_DEPTH + 1, 300, 1500])('refuses %i levels at the first line too deep, without throwing', (depth) => {
    const result = parseStatement(statement(['  1. Mr X complains:', ...nested(depth)]));
    expect(codes(result)).toEqual([['too-deep', 8 + MAX_LIST_DEPTH]]);
  });
});

describe('a paragraph longer than any statement’s', () => {
  it('is refused at its first line', () => {
    const long = `  2. ${'The Council wrote again. '.repeat(Math.ceil(MAX_PARAGRAPH_CHARS / 25) + 10)}`;
    expect(codes(parseStatement(statement(['  1. Mr X complains.', long])))).toEqual([['too-long-paragraph', 8]]);
  });

  it('counts its lists and run-on lines too', () => {
    const items = Array.from({ length: 40 }, () => `    • ${'an item of the list that goes on and on. '.repeat(20)}`);
    expect(codes(parseStatement(statement(['  1. Mr X complains:', ...items])))).toEqual([['too-long-paragraph', 7]]);
  });

  it('publishes a long but real-sized one', () => {
    expect(parseStatement(statement([`  1. ${'Mr X complains about the delay. '.repeat(150)}`])).ok).toBe(true);
  });
});
