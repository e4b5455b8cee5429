import { describe, expect, it } from 'vitest';
import { findLegislation, paragraphRefs, segmentParagraphRefs, uniqueLegislation } from './citations';

describe('findLegislation', () => {
  const labels = (text: string) => uniqueLegislation(findLegislation(text)).map((l) => l.label);

  it.each([
    ['(Local Government Act 1974, sections 26(1) and 26A(1), as amended)', ['Local Government Act 1974 s.26(1)', 'Local Government Act 1974 s.26A(1)']],
    ['(Section 47 of the Children Act 1989)', ['Children Act 1989 s.47']],
    ['under the Care Act 2014, section 42', ['Care Act 2014 s.42']],
    ['Housing Act 1996, section 202', ['Housing Act 1996 s.202']],
    ['the Equality Act 2010 applies', ['Equality Act 2010']],
    ['the Children’s Act 1989', ['Children Act 1989']],
  ])('%j', (text, expected) => expect(labels(text)).toEqual(expected));

  it('links each to its legislation.gov.uk address', () => {
    const [lga] = findLegislation('Local Government Act 1974, section 26(1)');
    expect(lga!.url).toBe('https://www.legislation.gov.uk/ukpga/1974/7/section/26');
    const [unknown] = findLegislation('the Widgets Act 2031');
    expect(unknown!.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\/search\?title=Widgets%20Act&year=2031$/);
  });

  it('lists an Act cited with sections only with those sections', () => {
    expect(labels('The Children Act 1989 ... section 47 of the Children Act 1989')).toEqual(['Children Act 1989 s.47']);
  });
});

describe('paragraph cross-references', () => {
  it.each([
    ['described in paragraph 18', [18]],
    ['see paragraph 7', [7]],
    ['paragraphs 12 and 13', [12, 13]],
    ['paragraphs 4, 5 and 6 above', [4, 5, 6]],
  ])('%j links to %j', (text, targets) => expect(paragraphRefs(text, 40)).toEqual(targets));

  it.each([
    '(Local Government Act 1974, Schedule 5/5A, paragraph 1/3, as amended)',
    'paragraph 4 of the statutory guidance',
    'paragraph 3.2 of the code',
    'paragraph 99',
  ])('leaves %j as text', (text) => expect(paragraphRefs(text, 40)).toEqual([]));

  it('keeps every character of the text in its segments', () => {
    const text = 'As paragraphs 12 and 13 say, and paragraph 7 too.';
    const segments = segmentParagraphRefs(text, { paragraphCount: 20, items: new Set() });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.type === 'paragraph-ref').map((s) => s.text)).toEqual(['paragraphs 12', '13', 'paragraph 7']);
  });

  it('links "paragraph 34(b)" to the lettered sub-item where the statement has it, else to the paragraph', () => {
    const targets = { paragraphCount: 40, items: new Set(['p34b', 'p34b-ii']) };
    const refs = (text: string) => segmentParagraphRefs(text, targets).flatMap((s) => (s.type === 'paragraph-ref' ? [[s.text, s.anchor]] : []));
    expect(refs('See paragraph 34(b) above.')).toEqual([['paragraph 34(b)', 'p34b']]);
    expect(refs('See paragraph 34(b)(ii).')).toEqual([['paragraph 34(b)(ii)', 'p34b-ii']]);
    expect(refs('See paragraph 34(c).')).toEqual([['paragraph 34', 'p34']]);
    expect(refs('paragraphs 34(b) and 35')).toEqual([['paragraphs 34(b)', 'p34b'], ['35', 'p35']]);
  });
});
