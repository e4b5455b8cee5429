/**
 * Where ingest works on its sources: in worker threads on every core (Piscina) once there is enough
 * to do to pay for starting them (each loads the parser: about a second), in ingest's own thread
 * until then. A job is a source that must be read: a rebuild that reads a hundred new statements
 * never starts them; a cold ingest of thousands does, after its first THREADS_FROM, and so does a
 * run whose sources all look new by their files (a fresh clone: other inodes and change times),
 * though most are then only hashed. Each job is the same function either way (./source-job.ts),
 * and does a source's reading, hashing, parsing and writing where it runs: with ingest's own thread
 * doing the reading and writing for both, the worker threads waited for it 30 % of the time (a
 * profile at 10,000).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { runSourceJob, type SourceDone, type SourceJob } from './source-job';

/** Jobs run in ingest's own thread before the worker threads start. */
export const THREADS_FROM = 200;

/**
 * Jobs a worker thread is handed at once. A job is synchronous, so they run one after another, but
 * the next is already there when one ends: handed one at a time, each waited for ingest's own
 * thread (busy on a core the workers share) to take the answer and send another, 14 % of the time.
 */
const JOBS_PER_THREAD = 3;

export interface SourceWorkers {
  run(job: SourceJob): Promise<SourceDone>;
  close(): Promise<void>;
  /** Worker threads started: 0 while all ran in this thread. */
  readonly threads: number;
}

/** Jobs that move to `threads` worker threads (default: one a core) after `from` of them. */
export function sourceWorkers({ threads = availableParallelism(), from = THREADS_FROM }: { threads?: number; from?: number } = {}): SourceWorkers {
  let pool: Piscina<SourceJob, SourceDone> | undefined;
  let asked = 0;
  return {
    async run(job) {
      if (threads > 1 && ++asked > from) {
        pool ??= new Piscina({
          filename: new URL('./source-worker.mjs', import.meta.url).href,
          minThreads: threads,
          maxThreads: threads,
          concurrentTasksPerWorker: JOBS_PER_THREAD,
        });
        return pool.run(job) as Promise<SourceDone>;
      }
      return Promise.resolve(runSourceJob(job));
    },
    close: async () => pool?.destroy(),
    get threads() {
      return pool ? threads : 0;
    },
  };
}
