/**
 * One decision's full structured statement, read from the entry ingest wrote for it. A page loads
 * only its own decision, so the build's memory does not grow with the archive.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DecisionSchema, type Decision } from '../schemas/decision';
import { archive, decisionMeta } from './archive';
import { generatedDir } from './paths';

export function decisionFile(slug: string): string {
  return path.join(generatedDir(), 'decisions', `${slug}.json`);
}

/** The entry as ingest wrote it: already validated, byte for byte what /decisions/<slug>.json serves. */
export function decisionJson(slug: string): string {
  return readFileSync(decisionFile(slug), 'utf8');
}

export function loadDecision(slug: string): Decision {
  return DecisionSchema.parse(JSON.parse(decisionJson(slug)));
}

/**
 * Astro's incremental build keeps a decision's page from the last build while this key is the same.
 * It covers what the page shows besides its code (which Astro hashes itself): the entry, which
 * ingest rewrites only when its source or the parser changed (its size and time change with it),
 * and what the archive index says of the decision and of the decisions its page links to.
 */
export function decisionCacheKey(slug: string): string {
  const { size, mtimeMs } = statSync(decisionFile(slug));
  const neighbours = archive().neighbours[slug]!;
  const linked = [neighbours.previous, neighbours.next, ...neighbours.sameAuthority, ...neighbours.sameCategoryAndOutcome].flatMap((s) => (s ? [decisionMeta(s)] : []));
  return createHash('sha256').update(JSON.stringify([size, mtimeMs, decisionMeta(slug), neighbours, linked])).digest('hex').slice(0, 32);
}
