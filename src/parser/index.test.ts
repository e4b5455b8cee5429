import { describe, expect, it } from 'vitest';
import { parseStatement } from '.';

const header = ['Test Council (21 000 001)', 'Category : Housing > Homelessness', 'Decision : Closed after initial enquiries', 'Decision date : 1 May 2023', "The Ombudsman's final decision:", 'Summary: We will not investigate.'];

describe('parseStatement', () => {
  it('ends the statement at the decision maker and drops the page noise after it', () => {
    const result = parseStatement([...header, 'The complaint', '  1. Mr X complains.', "Investigator's decision on behalf of the Ombudsman", 'Print this page', 'Required cookies'].join('\n'));
    expect(result.ok && [result.value.decisionMaker, result.value.paragraphCount]).toEqual(["Investigator's decision on behalf of the Ombudsman", 1]);
  });

  it('ends it at the page furniture when the decision-maker line is missing', () => {
    const result = parseStatement([...header, 'The complaint', '  1. Mr X complains.', 'Print this page', 'LGO logogram'].join('\n'));
    expect(result.ok && [result.value.decisionMaker, JSON.stringify(result.value.sections).includes('Print')]).toEqual([null, false]);
  });

  it('reads a joint case’s sign-off', () => {
    const result = parseStatement([...header, 'The complaint', '  1. Mr X complains.', "Assistant Ombudsman's decision on behalf of the Ombudsmen"].join('\n'));
    expect(result.ok && result.value.decisionMaker).toBe("Assistant Ombudsman's decision on behalf of the Ombudsmen");
  });

  it('refuses a copy whose paragraphs became "- " lines, since their numbering is lost', () => {
    const result = parseStatement([...header, 'The complaint', '- Mr X complains the Council failed to:', '- empty his bin.', "Investigator's decision on behalf of the Ombudsman"].join('\n'));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'flattened-list', line: 8 })] });
  });

  it('refuses a statement with no numbered paragraph', () => {
    const result = parseStatement([...header, 'The complaint', 'Mr X complains.'].join('\n'));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'no-paragraphs', line: 7 })] });
  });
});
