/**
 * Generated hostile statements (a real statement with hostile fragments dropped into its lines:
 * invisible and control characters, markup, lone surrogates, runaway nesting, huge words) through
 * ingest's steps and the pure functions that render its outputs (the archive index, feed items and
 * the feed itself, CSV, JSON, linked text): nothing throws but a typed parse error, and every feed is
 * well-formed XML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '../src/parser';
import { segmentParagraphRefs } from '../src/parser/citations';
import { itemAnchors } from '../src/parser/anchors';
import { statementTexts } from '../src/parser/text';
import { buildArchiveIndex, toMeta } from '../src/utils/archive-index';
import { toCsv } from '../src/utils/csv';
import { decisionFeed } from '../src/utils/feed';
import { ROOT } from './helpers/build';
import { xmlError } from './helpers/xml';

const seed = readFileSync(path.join(ROOT, 'content/sources/20-005-525.txt'), 'utf8').split('\n');
const FRAGMENTS = [
  '\u000b', '\u000c', '\ufffe', '\uffff', '\u202e', '\u200b', '\u2066', '\u00ad', '\ud800', '\u0000', '\u001b[31m',
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', ']]>', '&amp;', '&#0;', '"', "'", '=cmd|', '\\',
  '  • ', '      1. ', '- ', ' - ', 'a) ', '(Local Government Act 1974, section 24A(6), as amended)', 'x'.repeat(5000),
  'Category : ', 'Summary: ', 'Back to top', 'paragraph 999(b)', '£1,000,000,000', 'within 99999 months',
];
const hostileLines = fc.array(fc.tuple(fc.nat(seed.length - 1), fc.constantFrom(...FRAGMENTS), fc.boolean()), { maxLength: 12 }).map((edits) => {
  const lines = [...seed];
  for (const [at, fragment, own] of edits) lines[at] = own ? fragment : `${lines[at]}${fragment}`;
  return lines.join('\n');
});
const deepList = fc.integer({ min: 1, max: 400 }).map((depth) =>
  seed.join('\n').replace('  1. Ms X complains that', `  1. Nested:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(4 + 2 * i)}• level ${i}`).join('\n')}\n  1. Ms X complains that`),
);
const CODES = new Set(['empty', 'binary', 'too-large', 'html', 'missing-title', 'missing-field', 'malformed-field', 'invalid-date', 'unknown-outcome', 'missing-summary', 'no-paragraphs', 'invalid-decision', 'format-character', 'too-deep', 'too-long-paragraph']);

describe('hostile statements through ingest and the outputs', () => {
  it('never throw but a typed error, and leave every feed well-formed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileLines, deepList), async (text) => {
        const result = parseStatement(text);
        if (!result.ok) {
          for (const error of result.errors) {
            expect(CODES.has(error.code), error.code).toBe(true);
            expect(error.line).toBeGreaterThanOrEqual(1);
          }
          return;
        }
        const decision = result.value;
        const meta = toMeta(decision);
        const index = buildArchiveIndex([meta]);
        expect(index.decisions).toHaveLength(1);
        const refs = { paragraphCount: decision.paragraphCount, items: itemAnchors(decision.sections) };
        for (const { text: piece } of statementTexts(decision.sections)) expect(segmentParagraphRefs(piece, refs).map((s) => s.text).join('')).toBe(piece);
        expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
        expect(() => toCsv(['authority', 'summary'], [[meta.authority.name, meta.summary]])).not.toThrow();
        const feed = await (await decisionFeed({ title: 'Feed', description: 'All', page: '/', self: '/feed.xml', decisions: index.decisions, site: new URL('https://archive.example/') })).text();
        expect(xmlError(feed)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
