/**
 * A digest of a decision's metadata (what a list or a link shows of it), worked out once per build
 * for each metadata object: a decision appears in several lists and in the links of other
 * decisions' pages, and the cache keys of all those pages cover it. Hashing its JSON once instead
 * of in every key cut the keys' time to a fraction (BENCHMARKS.md).
 */
import { createHash } from 'node:crypto';
import type { DecisionMeta } from '../utils/archive-index';

const digests = new WeakMap<DecisionMeta, string>();

export function metaDigest(meta: DecisionMeta): string {
  let digest = digests.get(meta);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(meta)).digest('base64');
    digests.set(meta, digest);
  }
  return digest;
}

/** An incremental-build cache key: the digest of a value's JSON. */
export function keyDigest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}
