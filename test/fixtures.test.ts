/**
 * Our own fixture set across the statement family (service areas, outcomes, layouts, encodings),
 * and invalid inputs that must each be refused at the right line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatementBytes } from '../src/parser';
import type { Decision, Paragraph } from '../src/schemas/decision';
import { ROOT } from './helpers/build';

interface Expected {
  file: string;
  authority: string;
  reference: string;
  slug: string;
  category: string;
  subcategory: string | null;
  outcomeRaw: string;
  outcome: string;
  decisionDate: string;
  paragraphCount: number;
  firstParagraph: string;
  lastParagraph: string;
  sectionHeadings: string[];
  moneyAmounts: number[];
  decisionMaker: string;
}

const load = <T>(dir: string): T[] => JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures', dir, 'expected.json'), 'utf8')) as T[];
const paragraphs = (d: Decision) => d.sections.flatMap((s) => s.subsections.flatMap((x) => x.content.filter((c): c is Paragraph => c.type === 'paragraph')));

for (const dir of ['statements', 'encodings']) {
  describe.each(load<Expected>(dir))(`${dir}/$file`, (expected) => {
    const result = parseStatementBytes(readFileSync(path.join(ROOT, 'test/fixtures', dir, expected.file)));

    it('parses into the expected decision', () => {
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const d = result.value;
      expect({
        authority: d.authority.name,
        reference: d.reference,
        slug: d.slug,
        category: d.category.name,
        subcategory: d.subcategory?.name ?? null,
        outcomeRaw: d.outcome.label,
        outcome: d.outcome.value,
        decisionDate: d.decisionDate,
        paragraphCount: d.paragraphCount,
        sectionHeadings: d.sections.map((s) => s.heading),
        decisionMaker: d.decisionMaker,
      }).toEqual({
        authority: expected.authority,
        reference: expected.reference,
        slug: expected.slug,
        category: expected.category,
        subcategory: expected.subcategory,
        outcomeRaw: expected.outcomeRaw,
        outcome: expected.outcome,
        decisionDate: expected.decisionDate,
        paragraphCount: expected.paragraphCount,
        sectionHeadings: expected.sectionHeadings,
        decisionMaker: expected.decisionMaker,
      });
    });

    it('has the expected first and last paragraphs, numbered 1..N', () => {
      if (!result.ok) return;
      const paras = paragraphs(result.value);
      expect(paras.map((p) => p.number)).toEqual(paras.map((_, i) => i + 1));
      expect(paras[0]!.text).toBe(expected.firstParagraph);
      expect(paras.at(-1)!.text).toBe(expected.lastParagraph);
    });

    it('takes each money amount of the agreed action once', () => {
      if (!result.ok) return;
      const amounts = result.value.remedies.flatMap((r) => (r.amount === null ? [] : [r.amount]));
      expect([...amounts].sort((a, b) => a - b)).toEqual([...expected.moneyAmounts].sort((a, b) => a - b));
    });
  });
}

describe.each(load<{ file: string; expect: string; line: number }>('invalid'))('invalid/$file', ({ file, expect: what, line }) => {
  it(`is refused (${what}) at line ${line}`, () => {
    const result = parseStatementBytes(readFileSync(path.join(ROOT, 'test/fixtures/invalid', file)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.line).toBe(line);
    expect(result.errors[0]!.expected.length).toBeGreaterThan(10);
  });
});
