import { describe, expect, it } from 'vitest';
import type { ListBlock, Paragraph, Section } from '../schemas/decision';
import { toLines } from './lines';
import { parseSections } from './sections';

const parse = (text: string) => parseSections(toLines(text));
const paragraphs = (sections: Section[]) =>
  sections.flatMap((s) => s.subsections.flatMap((sub) => sub.content.filter((c): c is Paragraph => c.type === 'paragraph')));

const standard = `The complaint

  1. Mr X complains.

Back to top

What I found

Law and guidance

  1. The law says this.
  2. The guidance says:
  • one thing;
  • another thing.
  1. After the list the scrape restarts at one.

What happened

  1. Something happened.
This unindented sentence continues the paragraph after its bullets, which the scrape left at the margin.

Back to top

Agreed action

  1. Within one month the Council will:
      1. apologise; and
      2. pay £100.

Back to top
`;

describe('standard layout', () => {
  const body = parse(standard);

  it('splits top-level sections at "Back to top"', () => {
    expect(body.sections.map((s) => s.heading)).toEqual(['The complaint', 'What I found', 'Agreed action']);
  });

  it('makes shorter unindented lines inside a section subheadings', () => {
    expect(body.sections[1]!.subsections.map((s) => s.heading)).toEqual(['Law and guidance', 'What happened']);
  });

  it('numbers paragraphs 1..N across the whole text, also after a list restarts the scrape’s numbering', () => {
    expect(paragraphs(body.sections).map((p) => [p.number, p.text])).toEqual([
      [1, 'Mr X complains.'],
      [2, 'The law says this.'],
      [3, 'The guidance says:'],
      [4, 'After the list the scrape restarts at one.'],
      [5, 'Something happened.'],
      [6, 'Within one month the Council will:'],
    ]);
    expect(body.paragraphCount).toBe(6);
  });

  it('attaches bullets to their paragraph', () => {
    const list = paragraphs(body.sections)[2]!.blocks[0] as ListBlock;
    expect(list).toMatchObject({ type: 'list', ordered: false });
    expect(list.items.map((i) => [i.marker, i.text])).toEqual([
      ['•', 'one thing;'],
      ['•', 'another thing.'],
    ]);
  });

  it('keeps an unindented run-on sentence in its paragraph, not as a heading', () => {
    expect(paragraphs(body.sections)[4]!.blocks).toEqual([
      { type: 'text', text: 'This unindented sentence continues the paragraph after its bullets, which the scrape left at the margin.', anchor: null },
    ]);
  });

  it('keeps a statutory citation that closes a list in its paragraph, and files the next paragraph under the same heading', () => {
    const cited = parse(
      [
        'What I found',
        '',
        'Law',
        '',
        '  1. We may decide not to start an investigation if:',
        '  • the injustice is not significant; or',
        '  • further investigation would not lead to a different outcome.',
        '(Local Government Act 1974, section 24A(6), as amended)',
        '  1. The next paragraph.',
        '',
        'Back to top',
      ].join('\n'),
    );
    expect(cited.sections[0]!.subsections.map((s) => s.heading)).toEqual(['Law']);
    expect(paragraphs(cited.sections)[0]!.blocks.at(-1)).toEqual({ type: 'text', text: '(Local Government Act 1974, section 24A(6), as amended)', anchor: null });
    expect(paragraphs(cited.sections).map((p) => p.number)).toEqual([1, 2]);
  });

  it('letters the numbered sub-items of a paragraph and gives each its own anchor', () => {
    const list = paragraphs(body.sections)[5]!.blocks[0] as ListBlock;
    expect(list.items.map((i) => [i.label, i.anchor])).toEqual([
      ['a', 'p6a'],
      ['b', 'p6b'],
    ]);
  });

  it('nests deeper numbers under their paragraph as an ordered list', () => {
    const list = paragraphs(body.sections)[5]!.blocks[0] as ListBlock;
    expect(list.ordered).toBe(true);
    expect(list.items.map((i) => i.text)).toEqual(['apologise; and', 'pay £100.']);
  });

  it('gives every heading a unique id', () => {
    const ids = body.sections.flatMap((s) => [s.id, ...s.subsections.map((x) => x.id).filter(Boolean)]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('compact layout (no blank lines, no "Back to top")', () => {
  const compact = standard.split('\n').filter((l) => l !== '' && l !== 'Back to top').join('\n');
  const body = parse(compact);

  it('finds the same sections by their names', () => {
    expect(body.sections.map((s) => s.heading)).toEqual(['The complaint', 'What I found', 'Agreed action']);
  });

  it('finds the same paragraphs', () => {
    expect(paragraphs(body.sections).map((p) => p.text)).toEqual(paragraphs(parse(standard).sections).map((p) => p.text));
  });
});

describe('nesting', () => {
  it('puts numbered items under a bullet when they are deeper', () => {
    const body = parse(['Agreed action', '  1. The Council will:', '    • Remind staff of:', '      1. one duty;', '      2. another.', '    • Pay £50.'].join('\n'));
    const list = paragraphs(body.sections)[0]!.blocks[0] as ListBlock;
    expect(list.items.map((i) => [i.text, i.children.map((c) => c.text)])).toEqual([
      ['Remind staff of:', ['one duty;', 'another.']],
      ['Pay £50.', []],
    ]);
  });

  it('keeps duplicate subheadings apart with their own ids', () => {
    const body = parse(['What I found', 'What happened?', '  1. A.', 'What happened?', '  1. B.'].join('\n'));
    expect(body.sections[0]!.subsections.map((s) => s.id)).toEqual(['what-happened', 'what-happened-2']);
  });
});

describe('lines that end what a line above began', () => {
  const runOns = (text: string) => parseSections(toLines(['What I found', '', '  1. We may decide not to investigate if:', '  • it is unlikely we would find fault.', text, '  1. Next.', '', 'Back to top'].join('\n')));

  it.each(['(Local Government Act 1974, section 24A(6), as amended)', 'section 24A (6), as amended)', 'Local Government Act 1974, s.26)'])('keeps %j in its paragraph', (text) => {
    const body = runOns(text);
    expect(body.sections[0]!.subsections.map((s) => s.heading)).toEqual([null]);
    expect(paragraphs(body.sections)[0]!.blocks.at(-1)).toEqual({ type: 'text', text, anchor: null });
  });

  it('still takes a bracketed title for a subheading', () => {
    expect(runOns('Section 17 (Children Act 1989)').sections[0]!.subsections.map((s) => s.heading)).toEqual([null, 'Section 17 (Children Act 1989)']);
  });
});
