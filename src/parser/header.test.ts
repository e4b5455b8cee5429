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
    expect([result.header?.authority, result.header?.reference]).toEqual(['London Borough of Barnet', '20 005 525']);
  });

  it('keeps a joint case’s letter suffix, in lower case', () => {
    const result = header(standard({ title: 'Sheffield Teaching Hospitals NHS Foundation Trust (17 002 402B)' }));
    expect(result.header?.reference).toBe('17 002 402b');
  });

  it('refuses a text without it, naming the line and the expected form', () => {
    const result = header(['', 'Summary', 'Category :', 'Adult care services']);
    expect('errors' in result && result.errors).toEqual([
      expect.objectContaining({ code: 'missing-title', line: 2, expected: expect.stringContaining('Authority (NN NNN NNN)') }),
    ]);
  });

  it('skips a cookie banner that comes before the statement', () => {
    const result = header(['Privacy settings', '', 'LGO logogram', 'Required cookies', 'These cookies enable the website to function properly.', '', ...standard()]);
    expect([result.header?.authority, result.header?.reference]).toEqual(['London Borough of Barnet', '20 005 525']);
  });

  it('refuses an HTML page', () => {
    const result = header(['<!DOCTYPE html>', '<html><body>Barnet (20 005 525)</body></html>']);
    expect('errors' in result && result.errors[0]!.code).toBe('html');
  });
});

describe('fields', () => {
  it('splits the category at " > "', () => {
    const result = header(standard({ category: 'Benefits and tax > Council tax' }));
    expect([result.header?.category, result.header?.subcategory]).toEqual(['Benefits and tax', 'Council tax']);
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
    expect(result.header?.otherFields).toEqual([{ label: 'Remedy', value: 'Apology' }]);
  });

  it('takes a summary that starts in lower case', () => {
    const lines = standard();
    lines[10] = 'Summary: the Council failed to act.';
    const result = header(lines);
    expect(result.header?.summary).toBe('the Council failed to act.');
  });
});

describe('the header as other tools copy it', () => {
  const compact = ['Test Council (21 000 001)', 'Category : Housing > Homelessness', 'Decision : Upheld', 'Decision date : 1 May 2023', "The Ombudsman's final decision:", 'Summary: Mr X complains.', 'The complaint'];

  it('reads a header whose lines follow each other with no blank lines', () => {
    const result = header(compact);
    expect([result.errors, result.header?.summary, result.header?.decisionDate]).toEqual([[], 'Mr X complains.', '2023-05-01']);
  });

  it('skips a table of contents after the title, with no false missing summary', () => {
    const lines = [compact[0]!, '- The complaint', '- What I found', '- Final decision', ...compact.slice(1)];
    const result = header(lines);
    expect([result.errors, result.header?.category, result.header?.summary]).toEqual([[], 'Housing', 'Mr X complains.']);
  });

  it('finds the title below page furniture it does not know', () => {
    const result = header(['Home', 'Decisions', 'Search decisions', ...compact]);
    expect([result.errors, result.header?.reference]).toEqual([[], '21 000 001']);
  });

  it('reads "Summary" without a colon, with its text on the next line', () => {
    const result = header([...standard().slice(0, 9), 'Summary', '', 'A family complains about the school transport decision.', '', 'The complaint']);
    expect([result.errors, result.header?.summary]).toEqual([[], 'A family complains about the school transport decision.']);
  });

  it('reads fields whose values were put on the lines below their labels', () => {
    const result = header(['Test Council (16 000 001)', 'Category :', 'Education', '>', 'School transport', 'Decision :', 'Upheld', 'Decision date :', '22 Feb 2017', 'Summary', 'A family complains.', 'The complaint']);
    expect([result.errors, result.header?.category, result.header?.subcategory, result.header?.decisionDate]).toEqual([[], 'Education', 'School transport', '2017-02-22']);
  });

  it('still finds the summary and the body after a malformed header line, reporting the line once', () => {
    const lines = [...compact];
    lines.splice(3, 0, 'An unexpected line', 'Another one');
    const result = header(lines);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'malformed-field', line: 4 })]);
    expect(lines[result.bodyStart]).toBe('The complaint');
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
