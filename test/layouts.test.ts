/**
 * One statement, whatever layout a scraping tool wrote it in, is one decision: the same sections,
 * paragraphs, numbering and text. Every numbered-layout statement we hold (the seeds and every
 * fixture) is also read in the compact list layouts made from it, and the committed twins in
 * test/fixtures/layouts/ are read side by side.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../src/parser';
import type { Block, Decision, ListItem } from '../src/schemas/decision';
import { ROOT } from './helpers/build';
import { toCompactLayout } from './helpers/layouts';

/** What a reader reads: headings, numbered paragraphs and the text of every block, markers aside. */
function reading(d: Decision) {
  const items = (list: ListItem[]): unknown[] => list.map((i) => [i.text, items(i.children)]);
  const block = (b: Block) => (b.type === 'text' ? b.text : items(b.items));
  return {
    summary: d.summary,
    paragraphCount: d.paragraphCount,
    sections: d.sections.map((s) => [
      s.heading,
      s.subsections.map((sub) => [
        sub.heading,
        sub.content.map((c) => (c.type === 'paragraph' ? [c.number, c.text, c.blocks.map(block)] : block(c))),
      ]),
    ]),
  };
}

function parse(text: string, where: string): Decision {
  const result = parseStatement(text);
  if (!result.ok) throw new Error(`${where}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

const numbered = [
  ...['content/sources', 'test/fixtures/statements'].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => path.join(dir, f)),
  ),
  ...readdirSync(path.join(ROOT, 'test/fixtures/layouts'))
    .filter((f) => f.endsWith('.numbered.txt'))
    .map((f) => path.join('test/fixtures/layouts', f)),
];

describe.each(numbered)('%s in the compact list layouts', (file) => {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const original = parse(text, file);

  it.each([
    ['"- " lines, with a table of contents', { toc: true }],
    ['" - " list items', { indentItems: true }],
    ['a table of contents after the summary', { tocAfterSummary: true }],
  ])('reads the same with %s', (_, options) => {
    const compact = parse(toCompactLayout(text, options), `${file} (compact)`);
    expect(reading(compact)).toEqual(reading(original));
    expect(compact.remedies.length).toBe(original.remedies.length);
    expect(compact.numbering).not.toBe('published');
  });
});

describe.each(['24-003-118', '19-017-204'])('the committed twins of %s', (reference) => {
  const read = (layout: string) => {
    const file = `test/fixtures/layouts/${reference}.${layout}.txt`;
    return parse(readFileSync(path.join(ROOT, file), 'utf8'), file);
  };
  const [numberedTwin, compact, indented] = ['numbered', 'compact', 'indented'].map(read) as [Decision, Decision, Decision];

  it('give one reading in all three layouts', () => {
    expect(reading(compact)).toEqual(reading(numberedTwin));
    expect(reading(indented)).toEqual(reading(numberedTwin));
  });

  it('say how their numbering was found', () => {
    expect(numberedTwin.numbering).toBe('published');
    expect(compact.numbering).toMatch(/^(restored|inferred)$/);
    expect(indented.numbering).toBe('restored');
  });
});

describe('24 003 118, a statement with the family’s harder parts', () => {
  const d = parse(readFileSync(path.join(ROOT, 'test/fixtures/layouts/24-003-118.numbered.txt'), 'utf8'), '24-003-118');
  const paragraph = (n: number) =>
    d.sections.flatMap((s) => s.subsections.flatMap((sub) => sub.content)).find((c) => c.type === 'paragraph' && c.number === n);

  it('keeps a statutory citation that closes a list in its paragraph, so the next paragraph keeps its heading', () => {
    const role = d.sections.find((s) => s.heading === 'The Ombudsman’s role and powers')!;
    expect(role.subsections.map((s) => s.heading)).toEqual([null]);
    expect(paragraph(4)).toMatchObject({ blocks: [{ type: 'list' }, { type: 'text', text: '(Local Government Act 1974, section 24A(6), as amended)' }] });
    expect(paragraph(5)).toMatchObject({ text: expect.stringMatching(/^When considering complaints/) });
  });

  it('letters the agreed action’s sub-items, each with its own anchor', () => {
    const p21 = paragraph(21);
    expect(p21?.type === 'paragraph' && p21.blocks[0]?.type === 'list' && p21.blocks[0].items.map((i) => [i.label, i.anchor])).toEqual([
      ['a', 'p21a'],
      ['b', 'p21b'],
      ['c', 'p21c'],
    ]);
  });

  it('has 24 paragraphs and links its reference to paragraph 21(b)', () => {
    expect(d.paragraphCount).toBe(24);
    expect(d.crossReferences).toContainEqual({ from: 20, to: 21 });
  });
});

describe('the older site’s summary pages', () => {
  const read = (file: string) => parse(readFileSync(path.join(ROOT, 'test/fixtures/layouts', file), 'utf8'), file);

  it('publishes the blocks with their headings, no paragraph numbers, and anchors of their own', () => {
    const d = read('16-011-930.txt');
    expect([d.numbering, d.paragraphCount, d.summary]).toEqual([
      'none',
      0,
      "A mother complains the council did not provide the speech and language therapy in her son's statement of special educational needs for most of a school year.",
    ]);
    expect(d.sections.map((s) => s.heading)).toEqual(['The complaint', 'Finding', 'Recommendations']);
    const anchors = d.sections.flatMap((s) => s.subsections.flatMap((sub) => sub.content.map((c) => (c.type === 'paragraph' ? null : c.anchor))));
    expect(anchors).toEqual(['b1', 'b2', 'b3', 'b4']);
  });

  it('keeps the date the Ombudsman was satisfied with the response as data, not as text', () => {
    const d = read('16-011-930.txt');
    expect(d.complianceDate).toBe('2017-11-04');
    expect(JSON.stringify(d.sections)).not.toContain('satisfied');
  });

  it('reads the compact copy, with "Summary" alone on its line and no recommendations', () => {
    const d = read('15-019-842.txt');
    expect([d.numbering, d.outcome.value, d.complianceDate, d.remedies]).toEqual(['none', 'not-upheld', null, []]);
    expect(d.sections.map((s) => [s.heading, s.subsections.flatMap((sub) => sub.content).length])).toEqual([
      ['The complaint', 1],
      ['Finding', 2],
    ]);
  });
});
