/**
 * The corpus: a seed's sequence of statements. References are drawn in order, each unique within
 * the seed, so that any prefix of the sequence is stable and a corpus can grow by `start`.
 */
import { Random } from './random';
import { generateStatement, type GeneratedStatement } from './statement';
import { pad } from './text';

export interface CorpusOptions {
  n: number;
  seed: number;
  /** Index of the first statement: statements start..start+n-1 of the seed's sequence. */
  start?: number;
  /** These statements are the newest decisions: registered in 2025, decided in November or December 2025. */
  recent?: boolean;
}

/** References come from a stream of their own, so that redrawing a taken one shifts no statement's draws. */
const REFERENCE_STREAM = 0x5eed;

/** The references of statements 0..count-1 for a seed, each "YY NNN NNN" (rarely with a letter). */
export function corpusReferences(seed: number, count: number, recentFrom = Infinity): string[] {
  const used = new Set<string>();
  const refs: string[] = [];
  for (let i = 0; i < count; i++) {
    const rng = new Random(seed, REFERENCE_STREAM, i);
    let ref: string;
    do {
      const yy = i >= recentFrom ? 25 : rng.int(13, 25);
      const serial = rng.int(0, 21999);
      const suffix = rng.chance(1 / 400) ? rng.pick(['a', 'b']) : '';
      ref = `${yy} ${pad(Math.floor(serial / 1000), 3)} ${pad(serial % 1000, 3)}${suffix}`;
    } while (used.has(ref));
    used.add(ref);
    refs.push(ref);
  }
  return refs;
}

/** The corpus, one statement at a time (60,000 statements do not need to be in memory at once). */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedStatement> {
  const start = options.start ?? 0;
  const refs = corpusReferences(options.seed, start + options.n, options.recent ? start : Infinity);
  for (let i = start; i < start + options.n; i++) yield generateStatement(options.seed, i, refs[i]!, options.recent);
}
