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

  it('restores the numbering of a copy whose paragraphs and items all became "- " lines', () => {
    const result = parseStatement([...header, 'The complaint', '- Mr X complains the Council failed to:', '- empty his bin.', '- The Council apologised.', "Investigator's decision on behalf of the Ombudsman"].join('\n'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const content = result.value.sections[0]!.subsections[0]!.content;
    expect(content.map((c) => (c.type === 'paragraph' ? [c.number, c.text, c.blocks.length] : c.type))).toEqual([
      [1, 'Mr X complains the Council failed to:', 1],
      [2, 'The Council apologised.', 0],
    ]);
    expect(result.value.numbering).toBe('restored');
  });

  it('publishes a statement without numbered paragraphs as unnumbered blocks, each with an anchor', () => {
    const result = parseStatement([...header, 'The complaint', 'Mr X complains.', 'Finding', 'Not upheld.'].join('\n'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect([result.value.numbering, result.value.paragraphCount]).toEqual(['none', 0]);
    const blocks = result.value.sections.flatMap((s) => s.subsections.flatMap((sub) => sub.content));
    expect(blocks.map((b) => b.type !== 'paragraph' && b.anchor)).toEqual(['b1', 'b2']);
  });

  it('refuses a statement with nothing after the summary', () => {
    const result = parseStatement([...header, "Investigator's decision on behalf of the Ombudsman"].join('\n'));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'no-paragraphs', line: 7 })] });
  });

  it('reports the body’s errors with the header’s, in one run', () => {
    const result = parseStatement(['Test Council (21 000 001)', 'Category : Housing > Homelessness', 'Decision : Partly upheld', 'Decision date : 31 Feb 2023', 'Summary: We will not investigate.', "Investigator's decision on behalf of the Ombudsman"].join('\n'));
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.line])).toEqual([
      ['unknown-outcome', 3],
      ['invalid-date', 4],
      ['no-paragraphs', 6],
    ]);
  });

  it('reports a missing summary and still reads the body after it', () => {
    const result = parseStatement([...header.slice(0, 5), 'The complaint', 'Mr X complains.'].join('\n'));
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['missing-summary']);
  });

  it('refuses a compact copy whose tool dropped the header lines, naming what is missing', () => {
    const result = parseStatement(['Test Council (21 000 001)', "The Ombudsman's final decision:", 'Summary: Mr X complains.', 'The complaint', '- Mr X complains.'].join('\n'));
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ code: 'missing-field', line: 2, expected: expect.stringContaining('Category') })]);
  });

  it('drops a table of contents the copy put after the summary, whose entries are the body’s headings', () => {
    const result = parseStatement([...header, '- The complaint', '- Final decision', 'The complaint', '- Mr X complains.', 'Final decision', '- I have closed the complaint.'].join('\n'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.sections.map((s) => s.heading)).toEqual(['The complaint', 'Final decision']);
    expect(result.value.paragraphCount).toBe(2);
  });

  it('keeps "- " lines after the summary that are not the body’s headings', () => {
    const result = parseStatement([...header, '- Mr X complains.', '- The Council says it acted properly.', 'Final decision', '- I have closed the complaint.'].join('\n'));
    expect(result.ok && result.value.paragraphCount).toBe(3);
  });

  it('takes the header fields from a header box the copy put after the statement', () => {
    const result = parseStatement(['Test Council (21 000 001)', "The Ombudsman's final decision:", 'Summary: Mr X complains.', 'The complaint', '- Mr X complains.', "Investigator's decision on behalf of the Ombudsman", 'Category : Housing > Homelessness', 'Decision : Upheld', 'Decision date : 1 May 2023'].join('\n'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect([result.value.category.name, result.value.outcome.value, result.value.decisionDate, result.value.paragraphCount]).toEqual(['Housing', 'upheld', '2023-05-01', 1]);
  });

  it('does not take a lone "Decision : …" line in the text for a header box', () => {
    const result = parseStatement(['Test Council (21 000 001)', 'Summary: Mr X complains.', 'The complaint', '- Mr X complains.', 'Decision : Upheld'].join('\n'));
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['missing-field']);
  });
});
