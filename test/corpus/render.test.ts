/** The text layouts of a generated statement. */
import { describe, expect, it } from 'vitest';
import { FOOTER, render, toListLayout } from '../../scripts/corpus/render';
import type { Para, Section } from '../../scripts/corpus/structure';

const para = (number: number, sentences: string[], extra: Partial<Para> = {}): Para => ({ kind: 'chronology', number, sentences, ...extra });

const sections = (): Section[] => [
  { heading: 'The complaint', subs: [{ heading: null, paras: [para(1, ['Mrs X complains.', 'She says so.'])] }] },
  {
    heading: 'What I found',
    subs: [
      {
        heading: 'What happened',
        paras: [
          para(2, ['The notes record:'], {
            list: { ordered: false, items: [{ text: 'one;', children: [{ text: 'inner;', children: [] }] }, { text: 'two.', children: [] }] },
          }),
          para(3, ['The Council replied.']),
          para(4, ['It agreed to:'], { list: { ordered: true, items: [{ text: 'apologise;', children: [] }, { text: 'pay £200.', children: [] }] }, runOn: 'It did both.' }),
          para(5, ['Mrs X was content.']),
        ],
      },
    ],
  },
];
const header = ['Test Council (21 000 001)', 'Decision : Upheld'];
const signOff = "Investigator's decision on behalf of the Ombudsman";

describe('render', () => {
  it('writes the numbered layout: blocks between blank lines, numbers afresh after a list, "Back to top" after each section', () => {
    const text = render(header, sections(), false, 2, signOff);
    expect(text).toBe(
      [
        'Test Council (21 000 001)',
        'Decision : Upheld',
        'The complaint',
        '  1. Mrs X complains. She says so.',
        'Back to top',
        'What I found',
        'What happened',
        '  1. The notes record:\n  • one;\n    • inner;\n  • two.\n  1. The Council replied.\n  2. It agreed to:\n      1. apologise;\n      2. pay £200.',
        'It did both.',
        '  1. Mrs X was content.',
        'Back to top',
        signOff,
        ...FOOTER,
      ].join('\n\n'),
    );
  });

  it('writes the compact layout without blank lines or "Back to top", and indents bullets as asked', () => {
    const text = render(header, sections(), true, 4, signOff);
    expect(text).not.toMatch(/\n\n|Back to top/);
    expect(text).toContain('\n    • one;\n      • inner;\n    • two.\n');
    expect(text.endsWith(FOOTER[FOOTER.length - 1]!)).toBe(true);
  });
});

describe('toListLayout', () => {
  const numbered = render(header, sections(), false, 2, signOff);

  it('makes every paragraph and item a "- " line, items indented one space where asked', () => {
    const lines = toListLayout(numbered, true).split('\n');
    expect(lines.slice(0, 14)).toEqual([
      'Test Council (21 000 001)',
      'Decision : Upheld',
      'The complaint',
      '- Mrs X complains. She says so.',
      'What I found',
      'What happened',
      '- The notes record:',
      ' - one;',
      ' - inner;',
      ' - two.',
      '- The Council replied.',
      '- It agreed to:',
      ' - apologise;',
      ' - pay £200.',
    ]);
    expect(toListLayout(numbered, false)).toContain('\n- apologise;\n');
  });

  it('drops blank lines and "Back to top", and keeps other lines as they are', () => {
    const text = toListLayout(numbered, false);
    expect(text).not.toMatch(/\n\n|Back to top/);
    expect(text).toContain('\nIt did both.\n');
  });
});
