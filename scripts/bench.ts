/**
 * The archive at scale: `npm run bench -- --n 1000,10000,60000` (`--help` lists the options).
 *
 * For each N, in temporary folders (never content/ or dist/ of the project): generate N synthetic
 * statements (scripts/generate-corpus.ts), then measure
 *   - parse throughput on one core (parseStatement over every statement, in this process),
 *   - ingest cold, then warm (nothing changed), and `astro build`, which ends with the search index
 *     (time, peak memory of any process and of each program, with a memory timeline; the build's
 *     phases, pages and search shards from its own report, scripts/lib/build-report.ts),
 *   - the built site: size, file count, the folder with most entries, page sizes by route,
 *   - search in headless chromium: a cold load of /search/?q=… per query, bytes transferred and
 *     milliseconds to the first result,
 *   - the rebuild after adding 100 new statements (the newest decisions, as a live archive receives
 *     them: `--recent` of the corpus generator) to the built archive, in the same folders.
 * Prints a table and writes everything to bench/results/<timestamp>.json (after every step, so a
 * run stopped half way still leaves its figures). A step over its time limit (--step-timeout,
 * default 20 min) is stopped and recorded as failed, and the run goes on.
 *
 * What is built is, by default, a private copy of the working tree as it is at the start (--tree
 * copy), so that edits made during a run and other builds in the project — Astro writes its
 * prerender bundle to <root>/.astro — cannot disturb it; `head` builds the committed tree, `live`
 * the project folder itself.
 *
 * The steps are in scripts/bench/: prepare (tree, machine, corpus), parse, build, dist, search, run
 * (one N, step by step) and table.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { log } from './bench/console';
import { benchOptions, USAGE, type BenchOptions } from './bench/options';
import { machine, treeCopy } from './bench/prepare';
import type { BenchResults } from './bench/results';
import { benchOne } from './bench/run';
import { searchCost } from './bench/search';
import { benchTable, formatTable } from './bench/table';
import { hasGnuTime } from './lib/measure';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let options: BenchOptions;
try {
  options = benchOptions(process.argv.slice(2), ROOT);
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

// Only the search measurement, on a site already built (e.g. one kept with --keep).
if (options.searchDist) {
  for (const s of await searchCost(path.resolve(options.searchDist), options.queries, () => undefined, undefined, options.repeat)) console.log(JSON.stringify(s));
  process.exit(0);
}

const tree = options.tree === 'live' ? ROOT : await treeCopy(ROOT, options.tree === 'head');
const results: BenchResults = {
  startedAt: new Date().toISOString(),
  machine: await machine(ROOT, tree),
  options: {
    sizes: options.sizes,
    seed: options.seed,
    added: options.added,
    stepTimeoutSeconds: options.stepTimeoutMs / 1000,
    queries: options.queries,
    tree: { copy: 'copy of the working tree', head: 'committed tree (HEAD)', live: 'the project folder' }[options.tree],
    nodeOptions: options.nodeOptions,
    astroConfig: options.astroConfig ?? 'astro.config.mjs',
    gnuTime: hasGnuTime(),
  },
  runs: [],
};
await mkdir(options.out, { recursive: true });
const resultFile = path.join(options.out, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
const save = () => writeFile(resultFile, `${JSON.stringify(results, null, 2)}\n`);

const m = results.machine;
log(`bench: N = ${options.sizes.join(', ')}; ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB; node ${m.node}, astro ${m.astro}, pagefind ${m.pagefind}; ${results.options.tree}`);
// Each run adds itself to the results and saves them after every step.
for (const n of options.sizes) await benchOne(n, { options, tree, results, save });
results.finishedAt = new Date().toISOString();
await save();
console.log(`\n${formatTable(benchTable(results))}`);
log(`bench: results in ${path.relative(process.cwd(), resultFile)}`);
if (tree !== ROOT) await rm(path.dirname(tree), { recursive: true, force: true });
