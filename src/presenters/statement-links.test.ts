import { describe, expect, it } from 'vitest';
import { realStatements, statementOf } from '../../test/helpers/statements';
import { itemAnchors } from '../parser/anchors';
import { segmentParagraphRefs } from '../parser/citations';
import { statementTexts } from '../parser/text';
import { statementLinks } from './statement-links';

const decision = statementOf([
  'The complaint',
  '',
  '  1. Mr X complains the Council delayed. See paragraph 3(a) and paragraphs 2 and 3 above.',
  '  2. The Council replied.',
  '  3. The Council will:',
  '      1. apologise to Mr X; and',
  '      2. pay him £100, as paragraph 1 says.',
]);

describe('statementLinks', () => {
  it('links each reference ingest recorded, a lettered sub-item to its own anchor', () => {
    expect(decision.crossReferences).toEqual([{ from: 1, to: 3 }, { from: 1, to: 2 }, { from: 3, to: 1 }]);
    const links = statementLinks(decision);
    const refs = links.segments('See paragraph 3(a) and paragraphs 2 and 3 above.', 1).filter((s) => s.type === 'paragraph-ref');
    expect(refs.map((s) => [s.text, s.anchor])).toEqual([['paragraph 3(a)', 'p3a'], ['paragraphs 2', 'p2'], ['3', 'p3']]);
    expect(links.segments('pay him £100, as paragraph 1 says.', 3)).toContainEqual({ type: 'paragraph-ref', text: 'paragraph 1', paragraph: 1, anchor: 'p1' });
  });

  it('links nothing that ingest did not record from that paragraph', () => {
    const links = statementLinks({ ...decision, crossReferences: [{ from: 1, to: 2 }] });
    expect(links.segments('See paragraph 3(a) and paragraph 2 above.', 1)).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'text', text: 'paragraph 3(a)' },
      { type: 'text', text: ' and ' },
      { type: 'paragraph-ref', text: 'paragraph 2', paragraph: 2, anchor: 'p2' },
      { type: 'text', text: ' above.' },
    ]);
    expect(links.segments('as paragraph 1 says.', 2)).toEqual([{ type: 'text', text: 'as paragraph 1 says.' }]);
  });

  it('links text outside the numbered paragraphs, from which ingest records none, to the paragraphs the statement has', () => {
    const links = statementLinks(decision);
    expect(links.segments('As paragraph 2 says, and paragraph 9 does not.', null)).toEqual([
      { type: 'text', text: 'As ' },
      { type: 'paragraph-ref', text: 'paragraph 2', paragraph: 2, anchor: 'p2' },
      { type: 'text', text: ' says, and paragraph 9 does not.' },
    ]);
  });

  it('gives every statement of the seeds and fixtures the links the finder gives its text', () => {
    let linked = 0;
    for (const { file, decision: d } of realStatements()) {
      const links = statementLinks(d);
      const targets = { paragraphCount: d.paragraphCount, items: itemAnchors(d.sections) };
      for (const { paragraph, text } of statementTexts(d.sections)) {
        const expected = segmentParagraphRefs(text, targets);
        const actual = links.segments(text, paragraph);
        expect(actual.map((s) => s.text).join(''), file).toBe(text);
        expect(actual.filter((s) => s.type === 'paragraph-ref'), file).toEqual(expected.filter((s) => s.type === 'paragraph-ref'));
        linked += expected.filter((s) => s.type === 'paragraph-ref').length;
      }
    }
    expect(linked).toBeGreaterThan(20);
  });
});
