/**
 * The archive at scale: `npm run bench -- --n 1000,10000,60000`.
 *
 * For each N, in temporary folders (never content/ or dist/ of the project): generate N synthetic
 * statements (scripts/generate-corpus.ts), then measure
 *   - parse throughput on one core (parseStatement over every statement, in this process),
 *   - ingest cold, then warm (nothing changed), and `astro build`, which ends with the search index
 *     (time, peak memory of any process and of each program, with a memory timeline, Astro's own
 *     phases and per-route times, and each search shard's size and time from the build's log),
 *   - the built site: size, file count, the folder with most entries, page sizes by route,
 *   - search in headless chromium: a cold load of /search/?q=… per query, bytes transferred and
 *     milliseconds to the first result,
 *   - the rebuild after adding 100 new statements (the newest decisions, as a live archive receives
 *     them: `--recent` of the corpus generator) to the built archive, in the same folders.
 * Prints a table and writes everything to bench/results/<timestamp>.json (after every step, so a
 * run stopped half way still leaves its figures). A step over its time limit (--step-timeout,
 * default 20 min) is stopped and recorded as failed, and the run goes on.
 *
 * Options: --seed 1, --queries "council,dementia,…", --add 100, --step-timeout 1200 (seconds),
 * --keep (leave the temporary folders), --no-search, --profile (CPU profile of astro build),
 * --node-options "--max-old-space-size=8192" (for the build steps), --astro-config <file> (a variant
 * config, e.g. bench/variants/chunked-store.mjs), --tree copy|head|live (what to build: by default a
 * private copy of the working tree as it is at the start, so that edits made during a run and other
 * builds in the project — Astro writes its prerender bundle to <root>/.astro — cannot disturb it;
 * `head` the committed tree; `live` the project folder itself), --out bench/results,
 * --search-dist <dist> (only the search measurement, on a site built before).
 */
import { execFileSync } from 'node:child_process';
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from './generate-corpus';
import { pageLine, stripAnsi } from './lib/astro-log';
import { hasGnuTime, measure, summariseCpuProfile, type Measurement, type OutputLine, type ProfileSummary } from './lib/measure';
import { serveStatic } from './lib/serve';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_QUERIES = ['council', 'safeguarding', 'homelessness', 'dementia', 'parking penalty'];
const live = Boolean(process.stderr.isTTY) && !process.env.CI;
let statusShown = false;
/** What a host would gzip: Pagefind's own index files are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|csv|webmanifest)$/;

/* ------------------------------------------------------------------------------------------------
 * Results
 * --------------------------------------------------------------------------------------------- */

interface StepFailure {
  step: string;
  error: string;
}

interface AstroPhases {
  /** Seconds since the start of `astro build` at which each logger label was first and last seen. */
  labels: Record<string, { first: number; last: number }>;
  /** The routes Astro reported, by kind: count and the time it printed for each ("+12ms"). */
  routes: { kind: string; count: number; totalSeconds: number; meanMs: number; maxMs: number }[];
  routesSeconds: number;
  /** Seconds from the start to the first route, and from the last route to the end. */
  beforeRoutes: number | null;
  afterRoutes: number | null;
  pagesLine: string | null;
}

interface SizeOfKind {
  kind: string;
  count: number;
  bytes: number;
  maxBytes: number;
  meanBytes: number;
  maxPath: string;
}

interface DistStats {
  bytes: number;
  files: number;
  folders: number;
  largestFolder: { path: string; entries: number };
  topLevel: { path: string; bytes: number; files: number }[];
  kinds: SizeOfKind[];
  largestHtml: { path: string; bytes: number }[];
  /** The largest HTML page that is not a decision: what must not grow with N. */
  largestOtherHtml: { path: string; bytes: number } | null;
  pagefind: { files: number; bytes: number; indexChunks: number; fragments: number; filterBytes: number; metaBytes: number; entryJsonBytes: number } | null;
}

/** What the build's log says of the search index (scripts/integrations/pagefind.ts). */
interface SearchIndexLog {
  shards: { id: string; decisions: number; seconds: number }[];
  indexed: number;
  reused: number;
  seconds: number | null;
}

interface SearchResult {
  query: string;
  /** false: service workers blocked, the search's own cost; true: the first visit as shipped, with its precache. */
  serviceWorker: boolean;
  ok: boolean;
  error?: string;
  /** performance.now() in the page (from navigation start) when the first result appeared. */
  msToFirstResult?: number;
  /** Bytes over the wire (headers and bodies, as served, uncompressed) until the first result. */
  bytesToFirstResult?: number;
  /** The same, estimated for a host that gzips text (HTML, JS, CSS, JSON); Pagefind's files are already compressed. Service worker blocked only. */
  gzipBytesToFirstResult?: number;
  /** Everything the first visit fetched once the network was quiet (including a service worker's precache). */
  bytesAfterIdle?: number;
  requests?: number;
  status?: string;
  byKind?: Record<string, { requests: number; bytes: number }>;
  /** Milliseconds from navigation start: the page's DOMContentLoaded, and when the last file of each kind had arrived by the first result. */
  timeline?: Record<string, number>;
}

interface RunResult {
  n: number;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews timings. */
  loadAverage: string;
  seed: number;
  work: string;
  corpus?: { files: number; bytes: number; seconds: number; meanBytes: number };
  parse?: { files: number; bytes: number; seconds: number; mbPerSecond: number; msPerStatement: number; failures: number; examples: { file: string; errors: string[]; snippet: string }[] };
  ingestCold?: Measurement;
  ingestWarm?: Measurement;
  astroBuild?: Measurement & { phases: AstroPhases; dataStoreBytes: number | null; searchIndex: SearchIndexLog; profile?: ProfileSummary };
  fullBuild?: { seconds: number; peakRssMB: number; peakStep: string; msPerDecision: number };
  dist?: DistStats;
  search?: SearchResult[];
  rebuild?: { added: number; steps: Measurement[]; seconds: number; peakRssMB: number; decisionPages?: { rendered: number; kept: number }; searchIndex?: SearchIndexLog };
  failures: StepFailure[];
}

interface BenchReport {
  startedAt: string;
  finishedAt?: string;
  machine: Record<string, string | number>;
  options: Record<string, unknown>;
  runs: RunResult[];
}

/* ------------------------------------------------------------------------------------------------
 * Main
 * --------------------------------------------------------------------------------------------- */

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    queries: { type: 'string' },
    add: { type: 'string', default: '100' },
    'step-timeout': { type: 'string', default: '1200' },
    keep: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'node-options': { type: 'string', default: '' },
    'astro-config': { type: 'string' },
    tree: { type: 'string', default: 'copy' },
    'search-dist': { type: 'string' },
    out: { type: 'string', default: path.join(ROOT, 'bench/results') },
  },
});

const sizes = values.n.split(',').map((s) => Number(s.replace(/_/g, '').trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('bench: --n takes whole numbers, e.g. --n 1000,10000,60000');
  process.exit(2);
}
const seed = Number(values.seed);
const added = Number(values.add);
const stepTimeoutMs = Number(values['step-timeout']) * 1000;
const queries = values.queries ? values.queries.split(',').map((q) => q.trim()).filter(Boolean) : DEFAULT_QUERIES;

// Only the search measurement, on a site already built (e.g. one kept with --keep).
if (values['search-dist']) {
  for (const s of await searchCost(path.resolve(values['search-dist']), queries, () => undefined)) console.log(JSON.stringify(s));
  process.exit(0);
}

if (!['copy', 'head', 'live'].includes(values.tree)) {
  console.error('bench: --tree is copy, head or live');
  process.exit(2);
}
const tree = values.tree === 'live' ? ROOT : await treeCopy(values.tree === 'head');
const report: BenchReport = {
  startedAt: new Date().toISOString(),
  machine: await machine(tree),
  options: { sizes, seed, added, stepTimeoutSeconds: stepTimeoutMs / 1000, queries, tree: { copy: 'copy of the working tree', head: 'committed tree (HEAD)', live: 'the project folder' }[values.tree], nodeOptions: values['node-options'], astroConfig: values['astro-config'] ?? 'astro.config.mjs', gnuTime: hasGnuTime() },
  runs: [],
};
await mkdir(values.out, { recursive: true });
const resultFile = path.join(values.out, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
const save = () => writeFile(resultFile, `${JSON.stringify(report, null, 2)}\n`);

log(`bench: N = ${sizes.join(', ')}; ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGB} GB; node ${report.machine.node}, astro ${report.machine.astro}, pagefind ${report.machine.pagefind}; ${report.options.tree}`);
// Each run adds itself to the report and saves it after every step.
for (const n of sizes) await benchOne(n);
report.finishedAt = new Date().toISOString();
await save();
printTable(report);
log(`bench: results in ${path.relative(process.cwd(), resultFile)}`);
if (tree !== ROOT) await rm(path.dirname(tree), { recursive: true, force: true });

async function benchOne(n: number): Promise<RunResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), `archive-bench-${n}-`));
  const dirs = { sources: path.join(work, 'sources'), generated: path.join(work, 'generated'), cache: path.join(work, 'cache'), dist: path.join(work, 'dist') };
  const run: RunResult = { n, seed, loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' '), work, failures: [] };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ARCHIVE_SOURCES: dirs.sources,
    ARCHIVE_GENERATED: dirs.generated,
    ARCHIVE_CACHE_DIR: dirs.cache,
    ...(values['node-options'] ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${values['node-options']}`.trim() } : {}),
  };
  const saveRun = async () => {
    const at = report.runs.indexOf(run);
    if (at === -1) report.runs.push(run);
    await save();
  };
  const fail = (step: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    run.failures.push({ step, error: message });
    log(`  ✗ ${step}: ${message}`);
  };
  const bin = (name: string) => path.join(tree, 'node_modules/.bin', name);
  const step = (label: string, command: string, args: string[], onLine?: (l: OutputLine) => void) =>
    measure(command, args, { label, cwd: tree, env, timeoutMs: stepTimeoutMs, onLine, onTick: (t, mb) => status(`${label} (N=${n}) ${clock(t)}  RSS ${formatMB(mb)}`) });
  const done = (m: Measurement) => {
    clearStatus();
    log(`  ${m.ok ? '✓' : '✗'} ${m.label}: ${m.wallSeconds.toFixed(1)} s, peak ${formatMB(m.maxRssMB ?? m.peakProcess?.rssMB ?? 0)} (${m.peakProcess?.command ?? '?'})${m.ok ? '' : ` — ${m.error}`}`);
    if (!m.ok) run.failures.push({ step: m.label, error: m.error ?? 'failed' });
  };

  log(`\nN = ${n.toLocaleString('en-GB')} (${work}; load average ${run.loadAverage})`);

  // 1. The corpus.
  try {
    let done = 0;
    const corpus = await writeCorpus({ n, seed, out: dirs.sources, onFile: () => ++done % 500 === 0 && status(`generate (N=${n}) ${done}/${n}`) });
    run.corpus = { ...corpus, seconds: round(corpus.seconds, 2), meanBytes: Math.round(corpus.bytes / corpus.files) };
    clearStatus();
    log(`  ✓ generate: ${n} statements, ${formatMB(corpus.bytes / 1e6)} in ${corpus.seconds.toFixed(1)} s`);
  } catch (error) {
    fail('generate', error);
    await saveRun();
    return run;
  }
  await saveRun();

  // 2. Parse throughput, in this process, one core.
  try {
    run.parse = await parseThroughput(dirs.sources);
    clearStatus();
    log(`  ✓ parse: ${run.parse.mbPerSecond.toFixed(1)} MB/s (${run.parse.msPerStatement.toFixed(2)} ms a statement), ${run.parse.failures} failures`);
    if (run.parse.failures > 0) run.failures.push({ step: 'parse', error: `${run.parse.failures} generated statements refused; first: ${run.parse.examples[0]?.errors.join('; ')}` });
  } catch (error) {
    fail('parse', error);
  }
  await saveRun();

  // 3. Ingest, cold then warm.
  run.ingestCold = await step('ingest (cold)', bin('tsx'), ['scripts/ingest.ts']);
  done(run.ingestCold);
  await saveRun();
  if (!run.ingestCold.ok) return finish();
  run.ingestWarm = await step('ingest (warm)', bin('tsx'), ['scripts/ingest.ts']);
  done(run.ingestWarm);
  await saveRun();

  // 4. astro build, with its phases.
  // Astro joins --config onto the project root, so it is given relative to it.
  const astroArgs = (outDir: string) => ['build', '--outDir', outDir, ...(values['astro-config'] ? ['--config', path.relative(tree, path.resolve(tree, values['astro-config']))] : [])];
  const profileDir = path.join(work, 'profile');
  const astroEntry = path.join(tree, 'node_modules/astro/bin/astro.mjs');
  const lines: OutputLine[] = [];
  const astro = values.profile
    ? await step('astro build', process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, astroEntry, ...astroArgs(dirs.dist)], (l) => lines.push(l))
    : await step('astro build', bin('astro'), astroArgs(dirs.dist), (l) => lines.push(l));
  done(astro);
  run.astroBuild = { ...astro, phases: astroPhases(lines, astro.wallSeconds), dataStoreBytes: await dataStoreBytes(dirs.cache), searchIndex: searchIndexLog(lines) };
  logSearchIndex(run.astroBuild.searchIndex, astro);
  if (values.profile && astro.ok) {
    try {
      const file = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(profileDir, f));
      // The largest profile is the build's own process (not a helper it started).
      const sized = await Promise.all(file.map(async (f) => ({ f, size: (await stat(f)).size })));
      const main = sized.sort((a, b) => b.size - a.size)[0];
      if (main) run.astroBuild.profile = summariseCpuProfile(JSON.parse(await readFile(main.f, 'utf8')), tree);
    } catch (error) {
      fail('profile', error);
    }
  }
  await saveRun();
  if (!astro.ok) return finish();

  const buildSteps = [run.ingestCold, astro];
  const peak = buildSteps.reduce((a, b) => ((b.maxRssMB ?? b.peakProcess?.rssMB ?? 0) > (a.maxRssMB ?? a.peakProcess?.rssMB ?? 0) ? b : a));
  const seconds = buildSteps.reduce((sum, m) => sum + m.wallSeconds, 0);
  run.fullBuild = { seconds: round(seconds, 1), peakRssMB: peak.maxRssMB ?? peak.peakProcess?.rssMB ?? 0, peakStep: peak.label, msPerDecision: round((seconds * 1000) / n, 2) };
  log(`  = full build: ${seconds.toFixed(1)} s (${run.fullBuild.msPerDecision} ms a decision), peak ${formatMB(run.fullBuild.peakRssMB)} in ${peak.label}`);

  // 6. What was built.
  try {
    status(`dist (N=${n})`);
    run.dist = await distStats(dirs.dist);
    clearStatus();
    log(`  ✓ dist: ${formatMB(run.dist.bytes / 1e6)}, ${run.dist.files.toLocaleString('en-GB')} files, largest folder ${run.dist.largestFolder.path} (${run.dist.largestFolder.entries.toLocaleString('en-GB')} entries)`);
  } catch (error) {
    fail('dist', error);
  }
  await saveRun();

  // 7. Search in chromium.
  if (!values['no-search']) {
    try {
      run.search = await searchCost(dirs.dist, queries, (q) => status(`search (N=${n}) “${q}”`), (v) => (report.machine.chromium = v));
      clearStatus();
      for (const s of run.search) {
        const what = `search “${s.query}”${s.serviceWorker ? ' (first visit with service worker)' : ''}`;
        const gz = s.gzipBytesToFirstResult !== undefined ? ` (${formatKB(s.gzipBytesToFirstResult)} gzipped)` : '';
        log(`  ${s.ok ? '✓' : '✗'} ${what}: ${s.ok ? `${Math.round(s.msToFirstResult!)} ms, ${formatKB(s.bytesToFirstResult!)}${gz} to first result; ${formatKB(s.bytesAfterIdle!)} after idle; ${s.status}` : s.error}`);
        if (!s.ok) run.failures.push({ step: what, error: s.error ?? 'failed' });
      }
    } catch (error) {
      fail('search', error);
    }
    await saveRun();
  }

  // 8. Add statements to the built archive and build again, in the same folders (dist, caches).
  if (added > 0) {
    try {
      await writeCorpus({ n: added, seed, start: n, recent: true, out: dirs.sources });
      const steps: Measurement[] = [];
      const ingest = await step(`ingest (+${added})`, bin('tsx'), ['scripts/ingest.ts']);
      done(ingest);
      steps.push(ingest);
      const again: OutputLine[] = [];
      if (ingest.ok) {
        const build = await step(`astro build (+${added})`, bin('astro'), astroArgs(dirs.dist), (l) => again.push(l));
        done(build);
        steps.push(build);
      }
      const total = steps.reduce((s, m) => s + m.wallSeconds, 0);
      const pages = decisionPages(again);
      run.rebuild = { added, steps, seconds: round(total, 1), peakRssMB: Math.max(...steps.map((m) => m.maxRssMB ?? m.peakProcess?.rssMB ?? 0)), decisionPages: pages, searchIndex: searchIndexLog(again) };
      log(`  = rebuild after adding ${added}: ${total.toFixed(1)} s; decision pages ${pages.rendered} rendered, ${pages.kept} kept; search shards ${run.rebuild.searchIndex!.indexed} indexed, ${run.rebuild.searchIndex!.reused} reused`);
    } catch (error) {
      fail('rebuild', error);
    }
  }
  return finish();

  async function finish() {
    await saveRun();
    if (!values.keep) await rm(work, { recursive: true, force: true });
    return run;
  }
}

/* ------------------------------------------------------------------------------------------------
 * Steps run in this process
 * --------------------------------------------------------------------------------------------- */

async function parseThroughput(dir: string): Promise<NonNullable<RunResult['parse']>> {
  const parser = (await import(pathToFileURL(path.join(tree, 'src/parser/index.ts')).href)) as typeof import('../src/parser/index');
  const decode = (await import(pathToFileURL(path.join(tree, 'src/parser/decode.ts')).href)) as typeof import('../src/parser/decode');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const deadline = performance.now() + stepTimeoutMs;
  // Warm the JIT first (up to 1,000 statements, untimed): steady throughput, not start-up, is the figure.
  for (const file of files.slice(0, 1000)) {
    const decoded = decode.decodeSource(await readFile(path.join(dir, file)));
    if (decoded.ok) parser.parseStatement(decoded.value);
  }
  let bytes = 0;
  let seconds = 0;
  let parsed = 0;
  let failures = 0;
  const examples: { file: string; errors: string[]; snippet: string }[] = [];
  for (const file of files) {
    if (performance.now() > deadline) throw new Error(`stopped after the step limit, ${parsed} of ${files.length} parsed`);
    const raw = await readFile(path.join(dir, file));
    const decoded = decode.decodeSource(raw);
    if (!decoded.ok) throw new Error(`${file}: ${decoded.errors[0]?.code}`);
    const started = performance.now();
    const result = parser.parseStatement(decoded.value);
    seconds += (performance.now() - started) / 1000;
    bytes += raw.length;
    parsed++;
    if (!result.ok) {
      failures++;
      if (examples.length < 3) {
        const lines = decoded.value.split('\n');
        const line = result.errors[0]?.line ?? 1;
        examples.push({ file, errors: result.errors.map((e) => parser.formatError(file, e)), snippet: lines.slice(Math.max(0, line - 3), line + 2).join('\n') });
      }
    }
    if (live && parsed % 500 === 0) status(`parse ${parsed}/${files.length}`);
  }
  return { files: parsed, bytes, seconds: round(seconds, 3), mbPerSecond: round(bytes / 1e6 / seconds, 1), msPerStatement: round((seconds * 1000) / parsed, 3), failures, examples };
}

/** The search shards, as the build's log lists them ("search shard 2019 (3/26): 2,310 decisions, 14.2 s"). */
function searchIndexLog(lines: OutputLine[]): SearchIndexLog {
  const shards: SearchIndexLog['shards'] = [];
  let summary: RegExpExecArray | null = null;
  for (const { text } of lines) {
    const plain = stripAnsi(text);
    const shard = /search shard (\S+) \(\d+\/\d+\): ([\d,]+) decisions?, ([\d.]+) s/.exec(plain);
    if (shard) shards.push({ id: shard[1]!, decisions: Number(shard[2]!.replaceAll(',', '')), seconds: Number(shard[3]) });
    summary ??= /indexed ([\d,]+) decisions? for search in (\d+) shards?(?: \((\d+) unchanged, from the cache; (\d+) indexed\))? in ([\d.]+) s/.exec(plain);
  }
  // One shard is not listed on its own: the summary is all there is of it.
  if (!shards.length && summary) shards.push({ id: 'all', decisions: Number(summary[1]!.replaceAll(',', '')), seconds: Number(summary[5]) });
  const count = Number(summary?.[2] ?? shards.length);
  const reused = Number(summary?.[3] ?? 0);
  return { shards, reused, indexed: summary?.[4] !== undefined ? Number(summary[4]) : count - reused, seconds: summary ? Number(summary[5]) : null };
}

function logSearchIndex(index: SearchIndexLog, m: Measurement): void {
  const largest = index.shards.reduce((a, b) => Math.max(a, b.decisions), 0);
  const programs = Object.entries(m.peakByProgram).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([p, mb]) => `${p} ${formatMB(mb)}`).join(', ');
  log(`    search index: ${index.shards.length} ${index.shards.length === 1 ? 'shard' : 'shards'} (largest ${largest.toLocaleString('en-GB')} decisions), ${index.seconds ?? '?'} s; peak by program: ${programs}`);
}

/** Decision pages Astro rendered, and those its incremental build kept ("(restored)", "(cached)"). */
function decisionPages(lines: OutputLine[]): { rendered: number; kept: number } {
  let rendered = 0;
  let kept = 0;
  for (const { text } of lines) {
    const page = pageLine(text);
    if (!page || !/^\/decisions\/\d{2}-\d{3}-\d{3}[a-z]?\/index\.html$/.test(page.path)) continue;
    if (page.kept) kept++;
    else rendered++;
  }
  return { rendered, kept };
}


function astroPhases(lines: OutputLine[], total: number): AstroPhases {
  const labels: AstroPhases['labels'] = {};
  const kinds = new Map<string, { count: number; ms: number; max: number }>();
  let firstRoute: number | null = null;
  let lastRoute: number | null = null;
  let pagesLine: string | null = null;
  for (const { t, text } of lines) {
    const route = pageLine(text);
    if (route && route.ms !== null) {
      const ms = route.ms;
      const kind = routeKind(route.path.replace(/^\//, ''));
      const k = kinds.get(kind) ?? { count: 0, ms: 0, max: 0 };
      k.count++;
      k.ms += ms;
      k.max = Math.max(k.max, ms);
      kinds.set(kind, k);
      firstRoute ??= t;
      lastRoute = t;
      continue;
    }
    const label = /^(?:\d\d:\d\d:\d\d\s+)?\[([^\]]+)\]\s*(.*)$/.exec(text.trim());
    if (label) {
      const entry = (labels[label[1]!] ??= { first: round(t), last: round(t) });
      entry.last = round(t);
      if (/page\(s\) built in/.test(label[2]!)) pagesLine = label[2]!;
    }
  }
  const routes = [...kinds.entries()]
    .map(([kind, k]) => ({ kind, count: k.count, totalSeconds: round(k.ms / 1000, 2), meanMs: round(k.ms / k.count, 2), maxMs: k.max }))
    .sort((a, b) => b.totalSeconds - a.totalSeconds);
  return {
    labels,
    routes,
    routesSeconds: firstRoute !== null && lastRoute !== null ? round(lastRoute - firstRoute, 1) : 0,
    beforeRoutes: firstRoute !== null ? round(firstRoute, 1) : null,
    afterRoutes: lastRoute !== null ? round(total - lastRoute, 1) : null,
    pagesLine,
  };
}

/** "decisions/20-005-525/index.html" → "decisions/*\/index.html"; numbers → <n>. */
function routeKind(file: string): string {
  const parts = file.split('/');
  return parts
    .map((part, i) => {
      if (i === parts.length - 1) return i > 0 && /^[\d-]+[a-z]?\.(json|html)$/.test(part) ? `*.${part.split('.').pop()}` : part;
      if (i === 0) return part;
      return /^\d+$/.test(part) ? '<n>' : '*';
    })
    .join('/');
}

async function dataStoreBytes(cacheDir: string): Promise<number | null> {
  let total = 0;
  let found = false;
  for (const name of ['data-store.json', 'data-store']) {
    const file = path.join(cacheDir, name);
    const info = await stat(file).catch(() => null);
    if (!info) continue;
    found = true;
    if (info.isFile()) total += info.size;
    else for (const part of await readdir(file)) total += (await stat(path.join(file, part))).size;
  }
  return found ? total : null;
}

async function distStats(dist: string): Promise<DistStats> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const folderEntries = new Map<string, number>();
  const topLevel = new Map<string, { bytes: number; files: number }>();
  const kinds = new Map<string, SizeOfKind>();
  const html: { path: string; bytes: number }[] = [];
  let bytes = 0;
  let files = 0;
  let folders = 0;
  const pagefind = { files: 0, bytes: 0, indexChunks: 0, fragments: 0, filterBytes: 0, metaBytes: 0, entryJsonBytes: 0 };
  for (const entry of entries) {
    const parent = path.relative(dist, entry.parentPath);
    folderEntries.set(parent, (folderEntries.get(parent) ?? 0) + 1);
    if (entry.isDirectory()) {
      folders++;
      continue;
    }
    if (!entry.isFile()) continue;
    const rel = path.join(parent, entry.name);
    const size = (await stat(path.join(dist, rel))).size;
    bytes += size;
    files++;
    const top = rel.includes('/') ? `${rel.split('/')[0]}/` : '(root files)';
    const t = topLevel.get(top) ?? { bytes: 0, files: 0 };
    t.bytes += size;
    t.files++;
    topLevel.set(top, t);
    if (rel.startsWith('pagefind/')) {
      pagefind.files++;
      pagefind.bytes += size;
      // The newest shard at pagefind/, the others at pagefind/shards/<shard>/.
      if (/^pagefind\/(shards\/[^/]+\/)?index\//.test(rel)) pagefind.indexChunks++;
      else if (/^pagefind\/(shards\/[^/]+\/)?fragment\//.test(rel)) pagefind.fragments++;
      else if (/^pagefind\/(shards\/[^/]+\/)?filter\//.test(rel)) pagefind.filterBytes += size;
      else if (rel.endsWith('.pf_meta')) pagefind.metaBytes += size;
      else if (rel === 'pagefind/pagefind-entry.json') pagefind.entryJsonBytes = size;
      continue;
    }
    if (rel.startsWith('_astro/')) continue;
    const kind = routeKind(rel);
    const k = kinds.get(kind) ?? { kind, count: 0, bytes: 0, maxBytes: 0, meanBytes: 0, maxPath: '' };
    k.count++;
    k.bytes += size;
    if (size > k.maxBytes) {
      k.maxBytes = size;
      k.maxPath = rel;
    }
    kinds.set(kind, k);
    if (rel.endsWith('.html')) html.push({ path: rel, bytes: size });
  }
  const largest = [...folderEntries.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  html.sort((a, b) => b.bytes - a.bytes);
  return {
    bytes,
    files,
    folders,
    largestFolder: { path: largest[0] || '.', entries: largest[1] },
    topLevel: [...topLevel.entries()].map(([p, v]) => ({ path: p, ...v })).sort((a, b) => b.bytes - a.bytes),
    kinds: [...kinds.values()].map((k) => ({ ...k, meanBytes: Math.round(k.bytes / k.count) })).sort((a, b) => b.bytes - a.bytes),
    largestHtml: html.slice(0, 8),
    largestOtherHtml: html.find((h) => !/^decisions\/[^/]+\/index\.html$/.test(h.path)) ?? null,
    pagefind: pagefind.files ? pagefind : null,
  };
}

/** A TCP proxy in front of the static server that counts every byte sent to the browser. */
async function countingProxy(target: URL): Promise<{ url: string; bytes: () => number; reset: () => void; close: () => Promise<void> }> {
  let count = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    upstream.on('data', (chunk: Buffer) => (count += chunk.length));
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    bytes: () => count,
    reset: () => (count = 0),
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function searchCost(dist: string, words: string[], onQuery: (q: string) => void, onBrowser?: (version: string) => void): Promise<SearchResult[]> {
  const { launchChromium } = await import('../test/browser/chromium');
  const server = await serveStatic(dist);
  const proxy = await countingProxy(new URL(server.url));
  const browser = await launchChromium();
  onBrowser?.(browser.version());
  const gzipCache = new Map<string, number>();
  const gzipSize = async (url: string, raw: number): Promise<number> => {
    const pathname = decodeURIComponent(new URL(url).pathname);
    let file = path.join(dist, pathname);
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (!COMPRESSIBLE.test(file)) return raw;
    if (!gzipCache.has(file)) gzipCache.set(file, await readFile(file).then((b) => gzipSync(b, { level: 6 }).length, () => raw));
    return gzipCache.get(file)!;
  };
  const results: SearchResult[] = [];
  try {
    for (const query of words) {
      for (const serviceWorkers of ['block', 'allow'] as const) {
        onQuery(`${query} (service worker ${serviceWorkers === 'block' ? 'blocked' : 'allowed'})`);
        results.push(await searchOnce(query, serviceWorkers));
      }
    }
  } finally {
    await browser.close();
    await proxy.close();
    await server.close();
  }
  return results;

  /** One cold visit (a fresh browser context: empty cache, no service worker yet). */
  async function searchOnce(query: string, serviceWorkers: 'block' | 'allow'): Promise<SearchResult> {
    const context = await browser.newContext({ serviceWorkers });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __firstResult?: number };
      new MutationObserver(() => {
        if (w.__firstResult === undefined && document.querySelector('#search-results li')) w.__firstResult = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    // Sizes as the page saw them; with the service worker allowed, its own fetches only show in
    // the proxy's count.
    const fetched: { url: string; bytes: number; gzip: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then(async (s) => {
          const body = s.responseBodySize;
          fetched.push({ url: request.url(), bytes: body + s.responseHeadersSize, gzip: (await gzipSize(request.url(), body)) + s.responseHeadersSize });
        }, () => undefined),
      );
    });
    const base: SearchResult = { query, serviceWorker: serviceWorkers === 'allow', ok: false };
    try {
      proxy.reset();
      await page.goto(`${proxy.url}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit', timeout: 60_000 });
      await page.waitForSelector('#search-results li', { timeout: 60_000 });
      const bytesToFirstResult = proxy.bytes();
      const ms = await page.evaluate(() => (window as unknown as { __firstResult?: number }).__firstResult ?? performance.now());
      const entries = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const resources = performance.getEntriesByType('resource').map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd }));
        return { domContentLoaded: nav?.domContentLoadedEventEnd ?? 0, resources };
      });
      const timeline: Record<string, number> = { DOMContentLoaded: round(entries.domContentLoaded, 0) };
      for (const r of entries.resources) {
        if (r.end > ms) continue;
        const kind = requestKind(r.name);
        timeline[kind] = Math.max(timeline[kind] ?? 0, round(r.end, 0));
      }
      timeline['first result'] = round(ms, 0);
      await Promise.all(pending);
      const firstCount = fetched.length;
      const gzipToFirst = fetched.slice(0, firstCount).reduce((s, f) => s + f.gzip, 0);
      const statusText = ((await page.textContent('#search-status').catch(() => '')) ?? '').trim();
      await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
      await page.waitForTimeout(1500);
      await Promise.all(pending);
      const byKind: Record<string, { requests: number; bytes: number }> = {};
      for (const f of fetched.slice(0, firstCount)) {
        const kind = requestKind(f.url);
        const k = (byKind[kind] ??= { requests: 0, bytes: 0 });
        k.requests++;
        k.bytes += f.bytes;
      }
      return { ...base, ok: true, msToFirstResult: round(ms, 0), bytesToFirstResult, gzipBytesToFirstResult: serviceWorkers === 'block' ? gzipToFirst : undefined, bytesAfterIdle: proxy.bytes(), requests: firstCount, status: statusText, byKind, timeline };
    } catch (error) {
      return { ...base, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    } finally {
      await context.close();
    }
  }
}

function requestKind(url: string): string {
  const p = new URL(url).pathname;
  if (p.includes('/pagefind/')) {
    // The newest shard at pagefind/, the others at pagefind/shards/<shard>/.
    const inBundle = p.replace(/^.*\/pagefind\/(shards\/[^/]+\/)?/, '');
    if (inBundle.startsWith('index/')) return 'pagefind index chunks';
    if (inBundle.startsWith('fragment/')) return 'pagefind fragments';
    if (inBundle.startsWith('filter/')) return 'pagefind filters';
    if (inBundle.endsWith('.pf_meta')) return 'pagefind meta';
    if (inBundle.startsWith('wasm.')) return 'pagefind wasm';
    if (inBundle.endsWith('.json')) return 'pagefind entry files';
    return 'pagefind runtime';
  }
  if (p.endsWith('/') || p.endsWith('.html')) return 'html';
  return p.split('.').pop() ?? 'other';
}

/* ------------------------------------------------------------------------------------------------
 * Machine, tree, output
 * --------------------------------------------------------------------------------------------- */

async function machine(root: string): Promise<Record<string, string | number>> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const version = async (pkg: string) => (JSON.parse(await readFile(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    cpus: os.availableParallelism(),
    cpuModel: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    kernel: os.release(),
    node: process.version,
    astro: await version('astro').catch(() => '?'),
    pagefind: await version('pagefind').catch(() => '?'),
    loadAverageAtStart: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length,
  };
}

/**
 * The project's files in a temporary folder, sharing its node_modules: the working tree as it is now
 * (tracked and untracked files, less what .gitignore excludes), or the committed tree (HEAD).
 */
async function treeCopy(head: boolean): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'archive-bench-tree-'));
  const dir = path.join(parent, 'tree');
  await mkdir(dir);
  if (head) {
    execFileSync('sh', ['-c', `git -C "${ROOT}" archive HEAD | tar -x -C "${dir}"`]);
  } else {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\0')
      .filter((f) => f !== '' && !f.startsWith('node_modules/'));
    for (const file of files) {
      const from = path.join(ROOT, file);
      if (!existsSync(from)) continue; // deleted in the working tree
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await copyFile(from, path.join(dir, file));
    }
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

function printTable(r: BenchReport): void {
  const rows: [string, (run: RunResult) => string][] = [
    ['corpus', (x) => (x.corpus ? `${formatMB(x.corpus.bytes / 1e6)} (${(x.corpus.meanBytes / 1000).toFixed(1)} kB each)` : '—')],
    ['parse (1 core)', (x) => (x.parse ? `${x.parse.mbPerSecond} MB/s, ${x.parse.failures} refused` : '—')],
    ['ingest cold', (x) => time(x.ingestCold)],
    ['ingest warm', (x) => time(x.ingestWarm)],
    ['astro build', (x) => time(x.astroBuild)],
    ['  data store', (x) => (x.astroBuild?.dataStoreBytes ? formatMB(x.astroBuild.dataStoreBytes / 1e6) : '—')],
    ['  search shards', (x) => (x.astroBuild ? `${x.astroBuild.searchIndex.shards.length}, largest ${Math.max(0, ...x.astroBuild.searchIndex.shards.map((s) => s.decisions)).toLocaleString('en-GB')}; ${x.astroBuild.searchIndex.seconds ?? '?'} s` : '—')],
    ['  peak astro / pagefind', (x) => (x.astroBuild ? `${formatMB(peakOf(x.astroBuild, 'astro'))} / ${formatMB(peakOf(x.astroBuild, 'pagefind'))}` : '—')],
    ['full build', (x) => (x.fullBuild ? `${x.fullBuild.seconds} s, ${formatMB(x.fullBuild.peakRssMB)}` : '—')],
    ['  per decision', (x) => (x.fullBuild ? `${x.fullBuild.msPerDecision} ms` : '—')],
    ['dist', (x) => (x.dist ? `${formatMB(x.dist.bytes / 1e6)}, ${x.dist.files.toLocaleString('en-GB')} files` : '—')],
    ['largest folder', (x) => (x.dist ? `${x.dist.largestFolder.path} (${x.dist.largestFolder.entries.toLocaleString('en-GB')})` : '—')],
    ['largest other page', (x) => (x.dist?.largestOtherHtml ? `${x.dist.largestOtherHtml.path} ${formatKB(x.dist.largestOtherHtml.bytes)}` : '—')],
    [`rebuild +${added}`, (x) => (x.rebuild ? `${x.rebuild.seconds} s, ${formatMB(x.rebuild.peakRssMB)}` : '—')],
    ['search ms (median)', (x) => median(searches(x, false).map((s) => s.msToFirstResult!))],
    ['search bytes (median)', (x) => {
      const ok = searches(x, false);
      return ok.length ? `${formatKB(Number(median(ok.map((s) => s.bytesToFirstResult!))))} (${formatKB(Number(median(ok.map((s) => s.gzipBytesToFirstResult!))))} gz)` : '—';
    }],
    ['  first visit with SW', (x) => {
      const ok = searches(x, true);
      return ok.length ? `${median(ok.map((s) => s.msToFirstResult!))} ms, ${formatKB(Number(median(ok.map((s) => s.bytesAfterIdle!))))} after idle` : '—';
    }],
    ['failures', (x) => (x.failures.length ? x.failures.map((f) => f.step).join(', ') : 'none')],
  ];
  const header = ['', ...r.runs.map((x) => `N = ${x.n.toLocaleString('en-GB')}`)];
  const table = [header, ...rows.map(([label, f]) => [label, ...r.runs.map(f)])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  console.log();
  for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  │ '));
}

/** The largest process of programs whose name starts so ("pagefind" covers pagefind_extended). */
function peakOf(m: Measurement, program: string): number {
  return Math.max(0, ...Object.entries(m.peakByProgram ?? {}).filter(([p]) => p.startsWith(program)).map(([, mb]) => mb));
}

function searches(run: RunResult, serviceWorker: boolean): SearchResult[] {
  return (run.search ?? []).filter((s) => s.ok && s.serviceWorker === serviceWorker);
}

function time(m: Measurement | undefined): string {
  if (!m) return '—';
  const peak = m.maxRssMB ?? m.peakProcess?.rssMB ?? 0;
  return m.ok ? `${m.wallSeconds.toFixed(1)} s, ${formatMB(peak)}` : `FAILED (${m.timedOut ? 'time limit' : 'error'})`;
}

function median(values: number[] | undefined): string {
  if (!values || values.length === 0) return '—';
  const sorted = [...values].sort((a, b) => a - b);
  return String(sorted[Math.floor(sorted.length / 2)]);
}

function formatMB(mb: number): string {
  return mb >= 1000 ? `${(mb / 1024).toFixed(2)} GB` : `${Math.round(mb)} MB`;
}
function formatKB(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${Math.round(bytes / 1000)} kB`;
}
function round(n: number, digits = 1): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}
function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function status(text: string): void {
  if (!live) return;
  process.stderr.write(`\r\x1b[K  … ${text}`);
  statusShown = true;
}
function clearStatus(): void {
  if (statusShown) process.stderr.write('\r\x1b[K');
  statusShown = false;
}
function log(line: string): void {
  clearStatus();
  console.error(line);
}
