/** Properties of the parser over generated inputs (fast-check). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatement, parseStatementBytes } from '../src/parser';
import { statementTexts } from '../src/parser/text';
import type { Paragraph } from '../src/schemas/decision';
import { ROOT } from './helpers/build';
import { toCompactLayout } from './helpers/layouts';
import { splitWords } from './helpers/words';

const seed = readFileSync(path.join(ROOT, 'content/sources/20-005-525.txt'), 'utf8');
const CODES = new Set(['empty', 'binary', 'too-large', 'html', 'missing-title', 'missing-field', 'malformed-field', 'invalid-date', 'unknown-outcome', 'missing-summary', 'no-paragraphs', 'invalid-decision']);

function expectTypedResult(result: ReturnType<typeof parseStatement>) {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(CODES.has(error.code)).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.expected.length).toBeGreaterThan(0);
  }
}

describe('the parser never throws, whatever the input', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => expectTypedResult(parseStatement(text))), { numRuns: 500 });
  });

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectTypedResult(parseStatementBytes(bytes))), { numRuns: 500 });
  });

  it('on a real statement with lines dropped, duplicated or shuffled', () => {
    const lines = seed.split('\n');
    fc.assert(
      fc.property(fc.array(fc.nat(lines.length - 1), { maxLength: 12 }), fc.array(fc.nat(lines.length - 1), { maxLength: 12 }), (drop, dup) => {
        const mutated = lines.filter((_, i) => !drop.includes(i)).flatMap((l, i) => (dup.includes(i) ? [l, l] : [l]));
        expectTypedResult(parseStatement(mutated.join('\n')));
      }),
      { numRuns: 300 },
    );
  });
});

/** A statement in the scraped format, built from a generated structure, with the words it holds. */
const word = fc.stringMatching(/^[A-Za-z’£][a-z’,;]{0,9}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
const heading = fc.array(fc.stringMatching(/^[A-Z][a-z]{2,8}$/), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const paragraph = fc.record({
  text: sentence,
  bullets: fc.array(sentence, { maxLength: 3 }),
  nested: fc.array(sentence, { maxLength: 2 }),
  runOn: fc.option(fc.array(word, { minLength: 40, maxLength: 50 }).map((w) => `${w.join(' ')}.`), { freq: 4 }),
});
const subsection = fc.record({ heading: fc.option(heading, { freq: 2 }), paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }) });
const statement = fc.record({
  compact: fc.boolean(),
  sections: fc.array(fc.record({ heading, subsections: fc.array(subsection, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 5 }),
});
const COMPACT_SECTIONS = ['The complaint', 'How I considered this complaint', 'What I found', 'Agreed action', 'Final decision'];
type Generated = typeof statement extends fc.Arbitrary<infer T> ? T : never;

function render(s: Generated): { text: string; words: string[]; paragraphs: number } {
  const out: string[] = ['Test Council (21 000 001)', 'Category : Housing > Homelessness', 'Decision : Upheld', 'Decision date : 1 May 2023', "The Ombudsman's final decision:", 'Summary: A summary.'];
  const words: string[] = [];
  let paragraphs = 0;
  for (const [index, section] of s.sections.entries()) {
    // Without "Back to top", only the family's own section names mark a section.
    const title = s.compact ? COMPACT_SECTIONS[index]! : `Part ${section.heading}`;
    out.push(title);
    words.push(...splitWords(title));
    for (const sub of section.subsections) {
      if (sub.heading) {
        out.push(`Sub ${sub.heading}`);
        words.push(...splitWords(`Sub ${sub.heading}`));
      }
      for (const p of sub.paragraphs) {
        paragraphs++;
        out.push(`  1. ${p.text}`);
        words.push(...splitWords(p.text));
        for (const b of p.bullets) {
          out.push(`  • ${b}`);
          words.push(...splitWords(b));
        }
        p.nested.forEach((n, i) => {
          out.push(`      ${i + 1}. ${n}`);
          words.push(...splitWords(n));
        });
        if (p.runOn) {
          out.push(p.runOn);
          words.push(...splitWords(p.runOn));
        }
      }
    }
    if (!s.compact) out.push('Back to top');
  }
  out.push("Investigator's decision on behalf of the Ombudsman", 'Print this page');
  return { text: s.compact ? out.join('\n') : out.join('\n\n'), words, paragraphs };
}

describe('on generated statements', () => {
  it('parse → words is lossless, and numbering is always 1..N', () => {
    fc.assert(
      fc.property(statement, (s) => {
        const { text, words, paragraphs } = render(s);
        const result = parseStatement(text);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(statementTexts(result.value.sections).flatMap((t) => splitWords(t.text))).toEqual(words);
        const numbers = result.value.sections.flatMap((x) => x.subsections.flatMap((sub) => sub.content.filter((c): c is Paragraph => c.type === 'paragraph').map((p) => p.number)));
        expect(numbers).toEqual(Array.from({ length: paragraphs }, (_, i) => i + 1));
        expect(result.value.sections.length).toBe(s.sections.length);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Statements with the family's list habits (a lead-in ending in ":", items in lower case that run on
 * with ";" and close with "."), written in the numbered layout and in the compact list layouts made
 * from it: the compact copies must give back the same paragraphs, numbering and words.
 */
const lower = fc.array(fc.stringMatching(/^[a-z][a-z’]{0,8}$/), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
const capital = fc.tuple(fc.stringMatching(/^[A-Z][a-z]{0,8}$/), fc.array(word, { maxLength: 12 })).map(([first, rest]) => [first, ...rest].join(' '));
const habitParagraph = fc.record({
  text: capital,
  items: fc.array(lower, { maxLength: 4 }),
  ordered: fc.boolean(),
  runOn: fc.option(fc.array(word, { minLength: 40, maxLength: 50 }).map((w) => `${w.join(' ')}.`), { freq: 4 }),
});
const habitStatement = fc.array(
  fc.record({ heading: fc.constantFrom(...COMPACT_SECTIONS), paragraphs: fc.array(habitParagraph, { minLength: 1, maxLength: 4 }) }),
  { minLength: 1, maxLength: 5 },
);

function renderHabits(sections: (typeof habitStatement extends fc.Arbitrary<infer T> ? T : never)): string {
  const out = ['Test Council (21 000 001)', '', 'Category : Housing > Homelessness', '', 'Decision : Upheld', '', 'Decision date : 1 May 2023', '', 'Summary: A summary.', ''];
  for (const section of sections) {
    out.push(section.heading, '');
    for (const p of section.paragraphs) {
      out.push(`  1. ${p.text}${p.items.length > 0 ? ':' : '.'}`);
      // Items that are whole sentences bring their own full stop; the others run on with ";".
      p.items.forEach((item, i) => out.push(`${p.ordered ? `      ${i + 1}.` : '    •'} ${item}${item.endsWith('.') ? '' : i === p.items.length - 1 ? '.' : ';'}`));
      if (p.runOn) out.push(p.runOn);
    }
    out.push('', 'Back to top', '');
  }
  out.push("Investigator's decision on behalf of the Ombudsman");
  return out.join('\n');
}

describe('on generated statements in the compact list layout', () => {
  it('restores the published paragraphs, numbering and words from the "- " lines', () => {
    fc.assert(
      fc.property(habitStatement, fc.boolean(), (sections, indentItems) => {
        const numbered = renderHabits(sections);
        const original = parseStatement(numbered);
        const compact = parseStatement(toCompactLayout(numbered, { indentItems, toc: !indentItems }));
        if (!original.ok || !compact.ok) throw new Error(JSON.stringify([original, compact]));
        const paragraphs = (d: typeof original.value) =>
          d.sections.flatMap((x) => x.subsections.flatMap((sub) => sub.content.filter((c): c is Paragraph => c.type === 'paragraph').map((c) => [c.number, c.text])));
        expect(paragraphs(compact.value)).toEqual(paragraphs(original.value));
        expect(paragraphs(compact.value).length).toBe(sections.reduce((n, s) => n + s.paragraphs.length, 0));
        expect(statementTexts(compact.value.sections).flatMap((t) => splitWords(t.text))).toEqual(
          statementTexts(original.value.sections).flatMap((t) => splitWords(t.text)),
        );
        expect(['restored', 'inferred']).toContain(compact.value.numbering);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Lists of whole sentences ("The Council wrote to her.") after a lead-in, the hard case: a compact
 * copy may be read wrongly, but never silently. Where the parser says its numbering was restored
 * (not inferred), the paragraphs are the published ones; and no word is ever lost or added.
 */
const sentenceItem = fc.tuple(fc.stringMatching(/^[A-Z][a-z]{1,8}$/), fc.array(word, { minLength: 1, maxLength: 14 })).map(([first, rest]) => `${[first, ...rest].join(' ')}.`);
const sentenceParagraph = fc.record({ text: capital, items: fc.array(sentenceItem, { maxLength: 4 }) });
const sentenceStatement = fc.array(
  fc.record({ heading: fc.constantFrom(...COMPACT_SECTIONS), paragraphs: fc.array(sentenceParagraph, { minLength: 1, maxLength: 5 }) }),
  { minLength: 1, maxLength: 4 },
);

describe('on generated statements whose lists are whole sentences', () => {
  it('never claims a restored numbering it got wrong, and keeps every word', () => {
    fc.assert(
      fc.property(sentenceStatement, (sections) => {
        const numbered = renderHabits(sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => ({ ...p, ordered: false, runOn: null })) })));
        const original = parseStatement(numbered);
        const compact = parseStatement(toCompactLayout(numbered));
        if (!original.ok || !compact.ok) throw new Error(JSON.stringify([original, compact]));
        const paragraphs = (d: typeof original.value) =>
          d.sections.flatMap((x) => x.subsections.flatMap((sub) => sub.content.filter((c): c is Paragraph => c.type === 'paragraph').map((c) => [c.number, c.text])));
        if (compact.value.numbering === 'restored') expect(paragraphs(compact.value)).toEqual(paragraphs(original.value));
        expect(statementTexts(compact.value.sections).flatMap((t) => splitWords(t.text))).toEqual(
          statementTexts(original.value.sections).flatMap((t) => splitWords(t.text)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
