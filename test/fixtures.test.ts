/**
 * Our own fixture set across the statement family (service areas, outcomes, layouts, encodings),
 * and invalid inputs that must each be refused at the right line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatementBytes } from '../src/parser';
import { isRemedySection } from '../src/parser/remedies';
import type { Decision, ListItem, Paragraph, Section } from '../src/schemas/decision';
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
      const payments = result.value.remedies.flatMap((r) => r.payments);
      expect(payments.map((p) => p.amount).sort((a, b) => a - b)).toEqual([...expected.moneyAmounts].sort((a, b) => a - b));
      // Each sum is named by an action whose kinds say it is money.
      for (const r of result.value.remedies) for (const p of r.payments) expect(r.kinds).toContain(p.refund ? 'refund' : 'payment');
    });
  });
}

/**
 * Every action of an agreed-action section reaches the reader: each sentence there that asks for
 * something, judged by its verbs here and not by the parser's own rules, is the text of some remedy.
 */
describe('no action sentence of an agreed-action section is left out', () => {
  const inDir = (dir: string) => readdirSync(path.join(ROOT, dir)).map((f) => path.join(ROOT, dir, f));
  // The layouts fixtures hold the older summary pages, whose recommendations are unnumbered blocks.
  const sources = [...inDir('content/sources'), ...inDir('test/fixtures/statements'), ...inDir('test/fixtures/layouts')].filter((f) => f.endsWith('.txt'));
  const ASKS = /\b(?:apologi[sz]e|pay|payment|refund|review|remind|train|provide|share|reconsider|reassess|write|arrange|ensure|consider|carry out|offer|monitor|audit|tell|explain)\b|£\s?\d/i;
  /** A closing line: it points back to the actions above and gives them a deadline. */
  const CLOSING = /\b(?:the above|these actions|do so|do this)\b/i;
  const WITHIN = /\bwithin\s+\S+\s+(?:working\s+)?(?:days?|weeks?|months?)\b/i;
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

  function remedyTexts(sections: Section[]): string[] {
    const texts: string[] = [];
    const items = (list: ListItem[]): void => list.forEach((i) => (texts.push(i.text), items(i.children)));
    for (const section of sections.filter((s) => s.heading && isRemedySection(s.heading))) {
      for (const c of section.subsections.flatMap((sub) => sub.content)) {
        const blocks = c.type === 'paragraph' ? [{ type: 'text' as const, text: c.text }, ...c.blocks] : [c];
        for (const b of blocks) (b.type === 'text' ? texts.push(b.text) : items(b.items));
      }
    }
    return texts;
  }

  it.each(sources.map((f) => [path.basename(f), f]))('%s', (_, file) => {
    const result = parseStatementBytes(readFileSync(file));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { remedies, sections } = result.value;
    const actions = remedies.map((r) => squash(r.text));
    const deadlines = remedies.flatMap((r) => (r.deadline ? [squash(r.deadline.text).toLowerCase()] : []));
    const sentences = remedyTexts(sections).flatMap((t) => squash(t).split(/(?<=[.;:!?])\s+(?=[A-Za-z£(])/));
    let checked = 0;
    for (const sentence of sentences.filter((s) => ASKS.test(s))) {
      // "Within one month the Council will:" introduces the actions; unless it pays or apologises itself.
      if (sentence.endsWith(':') && !/£|apolog/i.test(sentence)) continue;
      // "I consider this is a suitable remedy" is the investigator's view.
      if (/^(?:I|We) (?:consider|am satisfied|are satisfied)\b/.test(sentence)) continue;
      const closing = CLOSING.test(sentence) ? WITHIN.exec(sentence) : null;
      if (closing) expect(deadlines.some((d) => d.startsWith(closing[0].toLowerCase())), sentence).toBe(true);
      else expect(actions.some((a) => a.includes(sentence)), sentence).toBe(true);
      checked++;
    }
    // A source with an agreed action has sentences to check; the test is not vacuous.
    expect(checked > 0).toBe(remedies.length > 0);
    // Every action links to a place that exists on the page.
    const anchors = new Set(JSON.stringify(sections).match(/"anchor":"[^"]+"/g)?.map((a) => a.slice(10, -1)));
    for (const r of remedies) expect(r.anchor === `p${r.paragraph}` || anchors.has(r.anchor), r.anchor).toBe(true);
  });
});

describe.each(load<{ file: string; expect: string; line: number }>('invalid'))('invalid/$file', ({ file, expect: what, line }) => {
  it(`is refused (${what}) at line ${line}`, () => {
    const result = parseStatementBytes(readFileSync(path.join(ROOT, 'test/fixtures/invalid', file)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.line).toBe(line);
    expect(result.errors[0]!.expected.length).toBeGreaterThan(10);
  });
});
