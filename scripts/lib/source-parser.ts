/**
 * Where ingest parses: in worker threads on every core (Piscina) once there is enough to parse to
 * pay for starting them (each loads the parser: about a second), in ingest's own thread until then.
 * A rebuild that parses a hundred new statements never starts them; a cold ingest of thousands
 * does, after its first THREADS_FROM. The work is the same pure function either way
 * (./parse-source.ts).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { parseSource, type ParsedSource } from './parse-source';

/** Sources parsed in ingest's own thread before the worker threads start. */
export const THREADS_FROM = 200;

export interface SourceParser {
  parse(bytes: Uint8Array): Promise<ParsedSource>;
  close(): Promise<void>;
  /** Worker threads started: 0 while all was parsed in this thread. */
  readonly threads: number;
}

/** A parser that moves to `threads` worker threads (default: one a core) after `from` parses. */
export function sourceParser({ threads = availableParallelism(), from = THREADS_FROM }: { threads?: number; from?: number } = {}): SourceParser {
  let pool: Piscina<Uint8Array, ParsedSource> | undefined;
  let asked = 0;
  return {
    async parse(bytes) {
      if (threads > 1 && ++asked > from) {
        pool ??= new Piscina({ filename: new URL('./parse-worker.mjs', import.meta.url).href, minThreads: threads, maxThreads: threads });
        return pool.run(bytes) as Promise<ParsedSource>;
      }
      return parseSource(bytes);
    },
    close: async () => pool?.destroy(),
    get threads() {
      return pool ? threads : 0;
    },
  };
}
