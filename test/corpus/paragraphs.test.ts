/** Growing a paragraph: where a sentence goes, and how long the paragraph will be. */
import { describe, expect, it } from 'vitest';
import { addSentence, paraSize } from '../../scripts/corpus/paragraphs';
import type { Para } from '../../scripts/corpus/structure';

describe('addSentence', () => {
  it('adds a sentence at the end of a paragraph without a list', () => {
    const p: Para = { kind: 'analysis', number: 3, sentences: ['First.'] };
    addSentence(p, 'Second.');
    expect(p.sentences).toEqual(['First.', 'Second.']);
  });

  it('keeps the line that leads into a list last', () => {
    const p: Para = { kind: 'law', number: 2, sentences: ['The law says.', 'The guidance says:'], list: { ordered: false, items: [{ text: 'a;', children: [] }] } };
    addSentence(p, 'It also says more.');
    expect(p.sentences).toEqual(['The law says.', 'It also says more.', 'The guidance says:']);
  });
});

describe('paraSize', () => {
  it('counts the sentences with their spaces, the items with their markers, and the run-on line', () => {
    expect(paraSize({ kind: 'final', number: 1, sentences: ['abc', 'de'] })).toBe(6 + 6);
    const withList: Para = {
      kind: 'chronology',
      number: 1,
      sentences: ['abc'],
      list: { ordered: false, items: [{ text: 'xy', children: [{ text: 'z', children: [] }] }] },
      runOn: 'run',
    };
    expect(paraSize(withList)).toBe(6 + 3 + (2 + 8) + (1 + 8) + 3);
  });
});
