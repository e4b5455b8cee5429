import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

/** A small RFC 4180 reader, to check that what toCsv writes reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('London Borough of Barnet')).toBe('London Borough of Barnet');
    expect(csvCell(1000)).toBe('1000');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it.each(['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","click")'])(
    'makes %j inert for spreadsheets with a leading apostrophe',
    (text) => {
      const cell = parseCsv(`${csvCell(text)}\r\n`)[0]![0]!;
      expect(cell).toBe(`'${text}`);
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    },
  );

  it('does not touch numbers, which are not formulas', () => {
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('toCsv', () => {
  it('writes CRLF records with a header, and reads back cell for cell', () => {
    const rows = [
      ['20 005 525', 'Ms X said "no", twice', 300],
      ['19 001 728', '=cmd|" /C calc"!A0', 0],
      ['21 000 259', 'line one\nline two', null],
    ];
    const csv = toCsv(['reference', 'summary', 'amount'], rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('reference,summary,amount');
    expect(parseCsv(csv)).toEqual([
      ['reference', 'summary', 'amount'],
      ['20 005 525', 'Ms X said "no", twice', '300'],
      ['19 001 728', `'=cmd|" /C calc"!A0`, '0'],
      ['21 000 259', 'line one\nline two', ''],
    ]);
  });
});
