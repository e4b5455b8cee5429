/**
 * One source's bytes to what ingest keeps of it: the parse, and for a decision its JSON, the hash
 * that tells two copies of a statement from two statements, its metadata and its most frequent
 * words. No I/O: ingest runs it in a job (./source-job.ts), in worker threads or in its own.
 */
import { createHash } from 'node:crypto';
import { parseStatementBytes } from '../../src/parser/index';
import type { ParseError, ParseWarning } from '../../src/parser/errors';
import type { Decision } from '../../src/schemas/decision';
import { toMeta, type DecisionMeta } from '../../src/utils/archive-index';
import { decisionTerms, type TermCounts } from '../../src/utils/similar';

export type ParsedSource =
  | { ok: true; slug: string; json: string; decision: string; meta: DecisionMeta; terms: TermCounts; warnings?: ParseWarning[] }
  | { ok: false; errors: ParseError[]; warnings?: ParseWarning[] };

export function parseSource(bytes: Uint8Array): ParsedSource {
  const result = parseStatementBytes(bytes);
  const warnings = result.warnings?.length ? { warnings: result.warnings } : {};
  if (!result.ok) return { ok: false, errors: result.errors, ...warnings };
  const json = JSON.stringify(result.value);
  const decision = createHash('sha256').update(json).digest('hex');
  return { ok: true, slug: result.value.slug, json, decision, ...metaOf(result.value), ...warnings };
}

/**
 * The metadata ingest keeps of a decision, and its most frequent words. A copy, not slices: V8 keeps
 * a sliced string's whole source alive, so metadata cut out of a statement would hold every
 * statement's full text in memory until the run ends.
 */
export function metaOf(decision: Decision): { meta: DecisionMeta; terms: TermCounts } {
  return structuredClone({ meta: toMeta(decision), terms: decisionTerms(decision) });
}
