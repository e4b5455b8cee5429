import { describe, expect, it } from 'vitest';
import { normaliseOutcome, parseDate, parseHeader } from './header';
import { toLines } from './lines';

const header = (lines: string[]) => parseHeader(toLines(lines.join('\n')));
const standard = (overrides: Partial<Record<'title' | 'category' | 'decision' | 'date', string | null>> = {}) =>
  [
    overrides.title ?? 'London Borough of Barnet (20 005 525)',
    '',
    overrides.category === null ? '' : `Category : ${overrides.category ?? "Children's care services > Child protection"}`,
    '',
    overrides.decision === null ? '' : `Decision : ${overrides.decision ?? 'Upheld'}`,
    '',
    overrides.date === null ? '' : `Decision date : ${overrides.date ?? '27 May 2021'}`,
    '',
    "The Ombudsman's final decision:",
    '',
    'Summary: Ms X complains.',
    '',
    'The complaint',
  ];

describe('title line', () => {
  it('reads the authority and the reference', () => {
    const result = header(standard());
    expect('header' in result && [result.header.authority, result.header.reference]).toEqual(['London Borough of Barnet', '20 005 525']);
  });

  it('keeps a joint case’s letter suffix, in lower case', () => {
    const result = header(standard({ title: 'Sheffield Teaching Hospitals NHS Foundation Trust (17 002 402B)' }));
    expect('header' in result && result.header.reference).toBe('17 002 402b');
  });

  it('refuses a text without it, naming the line and the expected form', () => {
    const result = header(['', 'Summary', 'Category :', 'Adult care services']);
    expect('errors' in result && result.errors).toEqual([
      expect.objectContaining({ code: 'missing-title', line: 2, expected: expect.stringContaining('Authority (NN NNN NNN)') }),
    ]);
  });

  it('skips a cookie banner that comes before the statement', () => {
    const result = header(['Privacy settings', '', 'LGO logogram', 'Required cookies', 'These cookies enable the website to function properly.', '', ...standard()]);
    expect('header' in result && [result.header.authority, result.header.reference]).toEqual(['London Borough of Barnet', '20 005 525']);
  });

  it('refuses an HTML page', () => {
    const result = header(['<!DOCTYPE html>', '<html><body>Barnet (20 005 525)</body></html>']);
    expect('errors' in result && result.errors[0]!.code).toBe('html');
  });
});

describe('fields', () => {
  it('splits the category at " > "', () => {
    const result = header(standard({ category: 'Benefits and tax > Council tax' }));
    expect('header' in result && [result.header.category, result.header.subcategory]).toEqual(['Benefits and tax', 'Council tax']);
  });

  it('reports every missing field in one go, each at a line', () => {
    const result = header(standard({ category: null, date: null }));
    expect('errors' in result && result.errors.map((e) => e.code)).toEqual(['missing-field', 'missing-field']);
    expect('errors' in result && result.errors.every((e) => e.line > 0)).toBe(true);
  });

  it('reports a header with none of its fields once, where they should start', () => {
    const result = header(['Leeds City Council (23 004 966)', '', "The Ombudsman's final decision:", '', 'Summary: We will not investigate.']);
    expect('errors' in result && result.errors).toEqual([
      expect.objectContaining({ code: 'missing-field', line: 3, expected: expect.stringContaining('"Category : …", "Decision : …" and "Decision date : …"') }),
    ]);
  });

  it('points an impossible date at its line', () => {
    const result = header(standard({ date: '31 Feb 2021' }));
    expect('errors' in result && result.errors).toEqual([expect.objectContaining({ code: 'invalid-date', line: 7, found: '31 Feb 2021' })]);
  });

  it('points an unknown outcome at its line', () => {
    const result = header(standard({ decision: 'Partly upheld' }));
    expect('errors' in result && result.errors).toEqual([expect.objectContaining({ code: 'unknown-outcome', line: 5 })]);
  });

  it('keeps header lines it does not know, as printed', () => {
    const lines = standard();
    lines.splice(8, 0, 'Remedy : Apology', '');
    const result = header(lines);
    expect('header' in result && result.header.otherFields).toEqual([{ label: 'Remedy', value: 'Apology' }]);
  });

  it('takes a summary that starts in lower case', () => {
    const lines = standard();
    lines[10] = 'Summary: the Council failed to act.';
    const result = header(lines);
    expect('header' in result && result.header.summary).toBe('the Council failed to act.');
  });
});

describe('parseDate', () => {
  it.each([
    ['27 May 2021', '2021-05-27'],
    ['1 May 2023', '2023-05-01'],
    ['11 Oct 2019', '2019-10-11'],
    ['3 September 2018', '2018-09-03'],
    ['3 Sept 2018', '2018-09-03'],
    ['29 Feb 2024', '2024-02-29'],
    ['01 May 2023', '2023-05-01'],
    ['27/05/2021', '2021-05-27'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['31 Feb 2021', '29 Feb 2023', '32 May 2021', 'May 2021', '2021-05-27', '27 Mayo 2021', '31/02/2021', ''])('refuses %j', (text) =>
    expect(parseDate(text)).toBeNull(),
  );
});

describe('normaliseOutcome', () => {
  it.each([
    ['Upheld', 'upheld'],
    ['Not upheld', 'not-upheld'],
    ['Closed after initial enquiries', 'closed-after-initial-enquiries'],
    ['Upheld: maladministration and injustice', 'upheld'],
    ['Not upheld: no maladministration', 'not-upheld'],
    ['Closed after initial enquiries - out of jurisdiction', 'closed-after-initial-enquiries'],
    ['upheld', 'upheld'],
  ])('%s → %s', (label, outcome) => expect(normaliseOutcome(label)).toBe(outcome));

  it.each(['Partly upheld', 'Upheldish', 'Withdrawn', '', 'Maladministration'])('has no silent "other" for %j', (label) =>
    expect(normaliseOutcome(label)).toBeNull(),
  );
});
