/**
 * One source's whole work: read it, hash it and, unless its bytes are the ones the cache has an
 * outcome for, parse it and write its decision's entry. Ingest runs it in its own thread or in
 * worker threads (./source-workers.ts), and only what it keeps comes back: the bytes and the
 * decision's JSON stay in the thread that made them.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ParseError } from '../../src/parser/errors';
import { parseSource, type ParsedSource } from './parse-source';
import { readSource, writeJson } from './source-file';

export interface SourceJob {
  /** The sources folder's real path, and the source's name in it. */
  realDir: string;
  file: string;
  /** Where a decision's entry is written. */
  decisionsDir: string;
  /** The hash of the bytes the cache has an outcome for: bytes that still have it are not parsed. */
  knownHash?: string;
}

/** A parse as ingest keeps it: the decision's JSON is in its entry, written. */
export type KeptParse = Exclude<ParsedSource, { ok: true }> | Omit<Extract<ParsedSource, { ok: true }>, 'json'>;

export type SourceDone =
  | { read: false; error: ParseError }
  | { read: true; hash: string; known: true }
  | { read: true; hash: string; known: false; parsed: KeptParse };

export function runSourceJob(job: SourceJob): SourceDone {
  const read = readSource(job.realDir, job.file);
  if (!read.ok) return { read: false, error: read.error };
  const hash = createHash('sha256').update(read.bytes).digest('hex');
  if (hash === job.knownHash) return { read: true, hash, known: true };
  const result = parseSource(read.bytes);
  if (!result.ok) return { read: true, hash, known: false, parsed: result };
  const { json, ...parsed } = result;
  writeJson(path.join(job.decisionsDir, `${parsed.slug}.json`), undefined, json);
  return { read: true, hash, known: false, parsed };
}
