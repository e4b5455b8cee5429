/**
 * One bench run per N, in temporary folders (never content/ or dist/ of the project): the corpus,
 * parse throughput, ingest cold and warm, `astro build`, the built site, search in chromium, and the
 * rebuild after adding statements. Each step adds to the results and saves them, so that a run
 * stopped half way still leaves its figures; a step that fails is recorded and the run goes on
 * where it can.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../generate-corpus';
import { buildReportFile, readBuildReport, type BuildReport } from '../lib/build-report';
import { measure, type Measurement } from '../lib/measure';
import { astroCommand, buildLines, buildProfile, fullBuild, rebuild, rebuildLine } from './build';
import { clearStatus, log, status } from './console';
import { dataStoreBytes, distStats } from './dist';
import { clock, formatKB, formatMB, peakMB } from './format';
import type { BenchOptions } from './options';
import { parseThroughput } from './parse';
import { generateCorpus } from './prepare';
import type { BenchResults, RunResult } from './results';
import { searchCost } from './search';

export interface RunContext {
  options: BenchOptions;
  /** The project tree that is built. */
  tree: string;
  results: BenchResults;
  save: () => Promise<void>;
}

export async function benchOne(n: number, { options, tree, results, save }: RunContext): Promise<RunResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), `archive-bench-${n}-`));
  const dirs = { sources: path.join(work, 'sources'), generated: path.join(work, 'generated'), cache: path.join(work, 'cache'), dist: path.join(work, 'dist') };
  const run: RunResult = { n, seed: options.seed, loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' '), work, failures: [] };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ARCHIVE_SOURCES: dirs.sources,
    ARCHIVE_GENERATED: dirs.generated,
    ARCHIVE_CACHE_DIR: dirs.cache,
    ...(options.nodeOptions ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${options.nodeOptions}`.trim() } : {}),
  };
  const saveRun = async () => {
    if (!results.runs.includes(run)) results.runs.push(run);
    await save();
  };
  const fail = (step: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    run.failures.push({ step, error: message });
    log(`  ✗ ${step}: ${message}`);
  };
  const step = async (label: string, [command, args]: [string, string[]]) => {
    const m = await measure(command, args, { label, cwd: tree, env, timeoutMs: options.stepTimeoutMs, onTick: (t, mb) => status(`${label} (N=${n}) ${clock(t)}  RSS ${formatMB(mb)}`) });
    clearStatus();
    log(`  ${m.ok ? '✓' : '✗'} ${m.label}: ${m.wallSeconds.toFixed(1)} s, peak ${formatMB(peakMB(m))} (${m.peakProcess?.command ?? '?'})${m.ok ? '' : ` — ${m.error}`}`);
    if (!m.ok) run.failures.push({ step: m.label, error: m.error ?? 'failed' });
    return m;
  };
  const ingest = (label: string) => step(label, [path.join(tree, 'node_modules/.bin/tsx'), ['scripts/ingest.ts']]);
  /** The report of the build that just ended; a failure of its own if there is none. */
  const report = async (label: string, m: Measurement): Promise<BuildReport | undefined> => {
    if (!m.ok) return undefined;
    try {
      const r = await readBuildReport(buildReportFile(dirs.generated));
      for (const line of buildLines(r, m)) log(line);
      return r;
    } catch (error) {
      fail(`${label} report`, error);
      return undefined;
    }
  };

  log(`\nN = ${n.toLocaleString('en-GB')} (${work}; load average ${run.loadAverage})`);

  // 1. The corpus.
  try {
    run.corpus = await generateCorpus(n, options.seed, dirs.sources);
    clearStatus();
    log(`  ✓ generate: ${n} statements, ${formatMB(run.corpus.bytes / 1e6)} in ${run.corpus.seconds.toFixed(1)} s`);
  } catch (error) {
    fail('generate', error);
    await saveRun();
    return run;
  }
  await saveRun();

  // 2. Parse throughput, in this process, one core.
  try {
    run.parse = await parseThroughput(tree, dirs.sources, options.stepTimeoutMs);
    clearStatus();
    log(`  ✓ parse: ${run.parse.mbPerSecond.toFixed(1)} MB/s (${run.parse.msPerStatement.toFixed(2)} ms a statement), ${run.parse.failures} failures`);
    if (run.parse.failures > 0) run.failures.push({ step: 'parse', error: `${run.parse.failures} generated statements refused; first: ${run.parse.examples[0]?.errors.join('; ')}` });
  } catch (error) {
    fail('parse', error);
  }
  await saveRun();

  // 3. Ingest, cold then warm.
  run.ingestCold = await ingest('ingest (cold)');
  await saveRun();
  if (!run.ingestCold.ok) return finish();
  run.ingestWarm = await ingest('ingest (warm)');
  await saveRun();

  // 4. astro build, and its report.
  const profileDir = options.profile ? path.join(work, 'profile') : undefined;
  const astro = await step('astro build', astroCommand(tree, dirs.dist, { astroConfig: options.astroConfig, profileDir }));
  run.astroBuild = { ...astro, report: await report('astro build', astro), dataStoreBytes: await dataStoreBytes(dirs.cache) };
  if (profileDir && astro.ok) {
    try {
      run.astroBuild.profile = await buildProfile(profileDir, tree);
    } catch (error) {
      fail('profile', error);
    }
  }
  await saveRun();
  if (!astro.ok) return finish();

  // 5. The two as one.
  run.fullBuild = fullBuild([run.ingestCold, astro], n);
  log(`  = full build: ${run.fullBuild.seconds.toFixed(1)} s (${run.fullBuild.msPerDecision} ms a decision), peak ${formatMB(run.fullBuild.peakRssMB)} in ${run.fullBuild.peakStep}`);

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
  if (options.search) {
    try {
      run.search = await searchCost(dirs.dist, options.queries, (q) => status(`search (N=${n}) “${q}”`), (v) => (results.machine.chromium = v), options.repeat);
      clearStatus();
      for (const s of run.search) {
        const what = `search “${s.query}”${s.serviceWorker ? ' (first visit with service worker)' : ''}`;
        const gz = s.gzipBytesToFirstResult !== undefined ? ` (${formatKB(s.gzipBytesToFirstResult)} gzipped)` : '';
        const also = [
          s.msToFirstResultOpenWindow !== undefined ? `${Math.round(s.msToFirstResultOpenWindow)} ms in a window already open` : '',
          s.msToFirstResultPagefindAlone !== undefined ? `${Math.round(s.msToFirstResultPagefindAlone)} ms with Pagefind alone` : '',
        ].filter(Boolean);
        const open = also.length ? ` (${also.join(', ')})` : '';
        const kept = s.firstResultKept === undefined ? '' : `, the first result ${s.firstResultKept ? 'still first' : 'replaced'}`;
        const settled = s.msToSettled !== undefined ? `; finished at ${Math.round(s.msToSettled)} ms${kept}` : '';
        log(`  ${s.ok ? '✓' : '✗'} ${what}: ${s.ok ? `${Math.round(s.msToFirstResult!)} ms${open}, ${formatKB(s.bytesToFirstResult!)}${gz} to first result${settled}; ${formatKB(s.bytesAfterIdle!)} after idle; ${s.status}` : s.error}`);
        if (!s.ok) run.failures.push({ step: what, error: s.error ?? 'failed' });
        if (s.openWindowError) {
          log(`  ✗ ${what} in a window already open: ${s.openWindowError}`);
          run.failures.push({ step: `${what} in a window already open`, error: s.openWindowError });
        }
        if (s.settledError) {
          log(`  ✗ ${what}: ${s.settledError}`);
          run.failures.push({ step: `${what}, its finish`, error: s.settledError });
        }
        if (s.pagefindAloneError) {
          log(`  ✗ ${what} with Pagefind alone: ${s.pagefindAloneError}`);
          run.failures.push({ step: `${what} with Pagefind alone`, error: s.pagefindAloneError });
        }
      }
    } catch (error) {
      fail('search', error);
    }
    await saveRun();
  }

  // 8. Add statements to the built archive and build again, in the same folders (dist, caches).
  if (options.added > 0) {
    try {
      await writeCorpus({ n: options.added, seed: options.seed, start: n, recent: true, out: dirs.sources });
      const steps: Measurement[] = [await ingest(`ingest (+${options.added})`)];
      let built: BuildReport | undefined;
      if (steps[0]!.ok) {
        const again = await step(`astro build (+${options.added})`, astroCommand(tree, dirs.dist, { astroConfig: options.astroConfig }));
        steps.push(again);
        built = await report(`astro build (+${options.added})`, again);
      }
      run.rebuild = rebuild(options.added, steps, built);
      log(rebuildLine(run.rebuild));
    } catch (error) {
      fail('rebuild', error);
    }
    await saveRun();

    // 9. Correct one statement in the middle of the archive (a reworded summary) and build again.
    try {
      const changed = await correctOneStatement(dirs.sources);
      const steps: Measurement[] = [await ingest('ingest (one changed)')];
      let built: BuildReport | undefined;
      if (steps[0]!.ok) {
        const again = await step('astro build (one changed)', astroCommand(tree, dirs.dist, { astroConfig: options.astroConfig }));
        steps.push(again);
        built = await report('astro build (one changed)', again);
      }
      run.change = rebuild(0, steps, built);
      log(rebuildLine(run.change, `changing one statement (${changed})`));
    } catch (error) {
      fail('change', error);
    }
  }
  return finish();

  async function finish() {
    await saveRun();
    if (!options.keep) await rm(work, { recursive: true, force: true });
    return run;
  }
}

/**
 * Rewords the summary of the statement in the middle of the sources (by file name), as a corrected
 * statement would be published: its decision page, its lists and its search shard change.
 */
async function correctOneStatement(sources: string): Promise<string> {
  const files = (await readdir(sources)).filter((f) => f.endsWith('.txt')).sort();
  const file = files[Math.floor(files.length / 2)]!;
  const text = await readFile(path.join(sources, file), 'utf8');
  const corrected = text.replace(/^Summary: /m, 'Summary: (Corrected.) ');
  if (corrected === text) throw new Error(`${file} has no summary line to correct`);
  await writeFile(path.join(sources, file), corrected);
  return file;
}
