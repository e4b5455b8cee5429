/**
 * One decision's full structured statement, read from the entry ingest wrote for it. A page loads
 * only its own decision, so the build's memory does not grow with the archive.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Decision } from '../schemas/decision';
import type { DecisionMeta, RelatedDecisions } from '../utils/archive-index';
import { archive } from './archive';
import { keyDigest, metaDigest } from './meta-digest';
import { generatedDir } from './paths';

export function decisionFile(slug: string): string {
  return path.join(generatedDir(), 'decisions', `${slug}.json`);
}

/** The entry as ingest wrote it: already validated, byte for byte what /decisions/<slug>.json serves. */
export function decisionJson(slug: string): string {
  return readFileSync(decisionFile(slug), 'utf8');
}

/** The decision as ingest validated it against the Decision schema before writing it. */
export function loadDecision(slug: string): Decision {
  return JSON.parse(decisionJson(slug)) as Decision;
}

/**
 * Astro's incremental build keeps a decision's page from the last build while this key is the same.
 * It covers what the page shows besides its code (which Astro hashes itself): the entry, which
 * ingest rewrites only when its source or the parser changed (its size and time change with it),
 * and what the archive index says of the decision and of the decisions its page links to.
 */
export function decisionCacheKey(meta: DecisionMeta, related: RelatedDecisions): string {
  const { size, mtimeMs } = statSync(decisionFile(meta.slug));
  const neighbours = archive().neighbours[meta.slug]!;
  const linked = [related.previous, related.next, ...related.sameAuthority, ...related.sameCategoryAndOutcome, ...related.similar].filter((d) => d !== null).map(metaDigest);
  return keyDigest([size, mtimeMs, metaDigest(meta), neighbours, linked]);
}
