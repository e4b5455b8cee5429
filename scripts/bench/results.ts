/**
 * What a bench run records, per N: the JSON written to bench/results/<timestamp>.json after every
 * step, from which the table is printed.
 */
import type { BuildReport } from '../lib/build-report';
import type { Measurement, ProfileSummary } from '../lib/measure';
import type { DistStats } from './dist';
import type { ParseResult } from './parse';
import type { CorpusResult } from './prepare';
import type { SearchResult } from './search';

export interface StepFailure {
  step: string;
  error: string;
}

/** `astro build` (pages, decision JSON, search index, service worker), measured from outside and reported from inside. */
export interface AstroBuild extends Measurement {
  /** The build's own report (scripts/lib/build-report.ts): its phases, pages, search shards. */
  report?: BuildReport;
  dataStoreBytes: number | null;
  profile?: ProfileSummary;
}

/** Ingest cold and `astro build`, as one. */
export interface FullBuild {
  seconds: number;
  peakRssMB: number;
  peakStep: string;
  msPerDecision: number;
}

/** Statements added to the built archive, and the build again in the same folders. */
export interface Rebuild {
  added: number;
  steps: Measurement[];
  seconds: number;
  peakRssMB: number;
  report?: BuildReport;
}

export interface RunResult {
  n: number;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews timings. */
  loadAverage: string;
  seed: number;
  work: string;
  corpus?: CorpusResult;
  parse?: ParseResult;
  ingestCold?: Measurement;
  ingestWarm?: Measurement;
  astroBuild?: AstroBuild;
  fullBuild?: FullBuild;
  dist?: DistStats;
  search?: SearchResult[];
  rebuild?: Rebuild;
  /** One statement of the archive corrected (its summary reworded), and the build again. */
  change?: Rebuild;
  failures: StepFailure[];
}

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  machine: Record<string, string | number>;
  options: {
    sizes: number[];
    seed: number;
    added: number;
    stepTimeoutSeconds: number;
    queries: string[];
    tree: string;
    nodeOptions: string;
    astroConfig: string;
    gnuTime: boolean;
  };
  runs: RunResult[];
}
