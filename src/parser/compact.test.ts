import { describe, expect, it } from 'vitest';
import { isCompactLayout, itemScore, restoreNumbering } from './compact';
import { toLines } from './lines';
import { isHeadingText, parseSections } from './sections';

const restore = (lines: string[]) => restoreNumbering(toLines(lines.join('\n')), isHeadingText);
/** "P text" for a paragraph, "I1 text" for an item at depth 1, as the section reader will take them. */
const roles = (lines: string[]) =>
  restore(lines).lines.flatMap((l) => {
    if (/^\d+\. /.test(l.text) && l.indent === 2) return [`P ${l.text.replace(/^\d+\. /, '')}`];
    if (l.indent > 2) return [`I${(l.indent - 2) / 2} ${l.text.replace(/^• /, '')}`];
    return [];
  });

describe('isCompactLayout', () => {
  it('is true where paragraphs are "- " lines, false where they are numbered', () => {
    expect(isCompactLayout(toLines('The complaint\n- Mr X complains.'))).toBe(true);
    expect(isCompactLayout(toLines('The complaint\n  1. Mr X complains.\n  • a bullet'))).toBe(false);
  });
});

describe('restoreNumbering', () => {
  it('reads items after a lead-in with ":", and the paragraph after a list that ran on with ";"', () => {
    const lines = ['The complaint', '- Mr X complains the Council:', '- failed to reply;', '- lost his form; and', '- did not apologise.', '- Mr X says this caused him distress.'];
    expect(roles(lines)).toEqual(['P Mr X complains the Council:', 'I1 failed to reply;', 'I1 lost his form; and', 'I1 did not apologise.', 'P Mr X says this caused him distress.']);
    expect(restore(lines).numbering).toBe('restored');
  });

  it('follows the indent of " - " items down and back up', () => {
    const lines = ['Agreed action', '- Within one month the Council will:', ' - apologise to Ms Y;', ' - pay Ms Y £300, made up of:', '   - £200 for her distress; and', '   - £100 for her time and trouble;', ' - review how it assesses applications.', '- The Council will provide us with evidence.'];
    expect(roles(lines)).toEqual([
      'P Within one month the Council will:',
      'I1 apologise to Ms Y;',
      'I1 pay Ms Y £300, made up of:',
      'I2 £200 for her distress; and',
      'I2 £100 for her time and trouble;',
      'I1 review how it assesses applications.',
      'P The Council will provide us with evidence.',
    ]);
  });

  it('keeps the letter of a sub-item the copy printed, for the section reader to take as lettered', () => {
    const lines = ['The complaint', '- Ms X complains the Council:', '- a) failed to collect her bins;', '- b) charged her for garden waste.', '- Ms X says the bins overflowed.'];
    const body = parseSections(restore(lines).lines);
    const first = body.sections[0]!.subsections[0]!.content[0]!;
    expect(first.type === 'paragraph' && first.blocks[0]?.type === 'list' && first.blocks[0].items.map((i) => [i.label, i.anchor, i.text])).toEqual([
      ['a', 'p1a', 'failed to collect her bins;'],
      ['b', 'p1b', 'charged her for garden waste.'],
    ]);
    expect(body.paragraphCount).toBe(2);
  });

  it('takes a line that says the list goes on for an item, though the paragraph above did not lead in, and says it judged', () => {
    const lines = ['The complaint', '- Mrs X complains about the Definitive Map.', '- She says it has failed to record footpaths; and', '- It has refused to work with local people.'];
    const restored = restore(lines);
    expect(roles(lines)).toEqual(['P Mrs X complains about the Definitive Map.', 'I1 She says it has failed to record footpaths; and', 'I1 It has refused to work with local people.']);
    expect([restored.numbering, restored.ambiguous]).toEqual(['inferred', [3, 4]]);
  });

  it('records a line it had to judge, and says the numbering was inferred', () => {
    const lines = ['What happened', '- The Council’s records noted:', '- The Council’s records noted she was calm.', '- The social worker visited twice.', '- Mrs X wanted more support.'];
    const restored = restore(lines);
    expect(restored.numbering).toBe('inferred');
    expect(restored.ambiguous).toEqual([4, 5]);
  });

  it('leaves a numbered body as it is', () => {
    const lines = toLines('The complaint\n  1. Mr X complains.');
    expect(restoreNumbering(lines, isHeadingText)).toEqual({ lines, numbering: 'published', ambiguous: [] });
  });
});

describe('itemScore', () => {
  it('weighs a chronology’s dated paragraph against a list of undated items', () => {
    expect(itemScore('The Council replied on 7 April 2024.', 'the report had not been sent;', ['Mr P was upset;', 'no action was needed;', 'the report had not been sent;'])).toBeLessThan(0);
  });

  it('weighs an item that finishes its lead-in’s sentence as an item', () => {
    expect(itemScore('Discussed the complaint with Ms X.', 'Considered the complaint.', ['Considered the complaint.'], 'I have:')).toBeGreaterThan(0);
  });

  it('weighs a capitalised line after a list in lower case as a paragraph', () => {
    expect(itemScore('The Council replied.', 'did not reply.', ['failed to act;', 'did not reply.'])).toBeLessThanOrEqual(-3);
  });
});
