/**
 * The bench's pure parts: its options, its figures, and the table it prints, which takes what
 * happened inside a build from the build report alone.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroCommand, buildLines, fullBuild, rebuild, rebuildLine } from '../scripts/bench/build';
import { fileKind } from '../scripts/bench/dist';
import { clock, formatKB, formatMB, median, peakOf, time } from '../scripts/bench/format';
import { benchOptions } from '../scripts/bench/options';
import type { BenchResults, RunResult } from '../scripts/bench/results';
import { requestKind } from '../scripts/bench/search';
import { benchTable, formatTable } from '../scripts/bench/table';
import type { Measurement } from '../scripts/lib/measure';
import { REPORT } from './helpers/build-report';

function measurement(label: string, wallSeconds: number, maxRssMB: number, peakByProgram: Record<string, number> = {}): Measurement {
  return { label, command: label, ok: true, exitCode: 0, timedOut: false, wallSeconds, maxRssMB, peakTreeMB: maxRssMB, peakProcess: null, peakByProgram, timeline: [], tail: [] };
}

const astro = measurement('astro build', 527.9, 2191, { astro: 1905, pagefind_extended: 2191, bin: 49 });
const ingestCold = measurement('ingest (cold)', 54, 881);

function run(overrides: Partial<RunResult> = {}): RunResult {
  return {
    n: 60_000,
    loadAverage: '2.30 2.50 2.40',
    seed: 1,
    work: '/tmp/archive-bench-60000-x',
    corpus: { files: 60_000, bytes: 1_310_000_000, seconds: 40, meanBytes: 21_900 },
    parse: { files: 60_000, bytes: 1_310_000_000, seconds: 22.8, mbPerSecond: 57.5, msPerStatement: 0.38, failures: 0, examples: [] },
    ingestCold,
    ingestWarm: measurement('ingest (warm)', 7.8, 766),
    astroBuild: { ...astro, report: REPORT, dataStoreBytes: 30_000_000 },
    fullBuild: fullBuild([ingestCold, astro], 60_000),
    dist: {
      bytes: 5_540_000_000,
      files: 195_643,
      folders: 70_000,
      largestFolder: { path: 'decisions', entries: 121_200 },
      topLevel: [],
      kinds: [],
      largestHtml: [],
      largestOtherHtml: { path: 'search/index.html', bytes: 59_000 },
      pagefind: null,
    },
    search: [
      { query: 'council', serviceWorker: false, ok: true, msToFirstResult: 1356, msToFirstResultOpenWindow: 980, msToFirstResultPagefindAlone: 610, msToSettled: 2400, firstResultKept: false, bytesToFirstResult: 3_380_000, gzipBytesToFirstResult: 3_200_000, bytesAfterIdle: 3_400_000 },
      { query: 'council', serviceWorker: true, ok: true, msToFirstResult: 1500, bytesToFirstResult: 3_500_000, bytesAfterIdle: 4_000_000 },
    ],
    rebuild: rebuild(100, [measurement('ingest (+100)', 8.7, 800), measurement('astro build (+100)', 95, 2010)], REPORT),
    change: rebuild(0, [measurement('ingest (one changed)', 6.1, 700), measurement('astro build (one changed)', 40, 1900)], REPORT),
    failures: [],
    ...overrides,
  };
}

function results(runs: RunResult[]): BenchResults {
  return {
    startedAt: '2026-11-23T18:09:38.755Z',
    machine: {},
    options: { sizes: runs.map((r) => r.n), seed: 1, added: 100, stepTimeoutSeconds: 1200, queries: ['council'], tree: 'committed tree (HEAD)', nodeOptions: '', astroConfig: 'astro.config.mjs', gnuTime: true },
    runs,
  };
}

/** The one run's cell of each row, by its label. */
function cells(table: string[][]): Record<string, string> {
  return Object.fromEntries(table.slice(1).map(([label, cell]) => [label!.trim(), cell!]));
}

describe('the table', () => {
  it('fills every row of a complete run, the build figures from the build report', () => {
    const table = benchTable(results([run()]));
    const rows = cells(table);
    expect(table[0]).toEqual(['', 'N = 60,000']);
    for (const [label, cell] of Object.entries(rows)) expect(cell, label).not.toBe('—');
    expect(rows).toMatchObject({
      'search shards': '3, largest 3; 2.8 s',
      'decision pages rendered / kept': '876 / 59,224',
      'search shards indexed / reused': '1 / 2 (2.8 s)',
      'astro build': '527.9 s, 2.14 GB',
      'peak astro / pagefind': '1.86 GB / 2.14 GB',
      'full build': '581.9 s, 2.14 GB',
      'rebuild +100': '103.7 s, 1.96 GB',
      'rebuild, one statement changed': '46.1 s, 1.86 GB',
      'pages rendered / kept': '1,234 / 59,224',
      'search ms (median)': '1356',
      'in a window already open': '980',
      'search finished; first result kept': '2400 ms; 0 of 1',
      'Pagefind alone (its floor)': '610',
      'search bytes (median)': '3.38 MB (3.20 MB gz)',
      'first visit with SW': '1500 ms, 4.00 MB after idle',
      failures: 'none',
    });
  });

  it('leaves the build-report rows empty when a build left no report, and the failure says so', () => {
    const failures = [{ step: 'astro build report', error: 'no build report at /tmp/x/build-report.json' }];
    const { report: _, ...astroBuild } = run().astroBuild!;
    const rows = cells(benchTable(results([run({ astroBuild, rebuild: { ...run().rebuild!, report: undefined }, failures })])));
    expect(rows).toMatchObject({
      'search shards': '—',
      'decision pages rendered / kept': '—',
      'search shards indexed / reused': '—',
      'astro build': '527.9 s, 2.14 GB',
      failures: 'astro build report',
    });
  });

  it('lays the columns out to their widest cell', () => {
    const text = formatTable([
      ['', 'N = 1,000', 'N = 60,000'],
      ['dist', '99 MB', '5.16 GB'],
    ]);
    expect(text.split('\n')).toEqual(['      │ N = 1,000  │ N = 60,000', 'dist  │ 99 MB      │ 5.16 GB   ']);
  });
});

describe('the lines printed under a build', () => {
  it('come from its report', () => {
    expect(buildLines(REPORT, astro)).toEqual([
      '    pages: 1,234 rendered, 59,224 kept from the last build',
      '    search index: 3 shards (largest 3 decisions): 1 indexed, 2 reused, 2.8 s; peak by program: pagefind_extended 2.14 GB, astro 1.86 GB, bin 49 MB',
      '    phases: setup 0.6 s, bundling 1.0 s, pages 2.5 s, prune 0.1 s, decision JSON 0.1 s, search index 2.8 s, service worker 2.3 s',
    ]);
    expect(rebuildLine(run().rebuild!)).toBe('  = rebuild after adding 100: 103.7 s; decision pages 876 rendered, 59,224 kept from the last build; search shards 1 indexed, 2 reused');
    expect(rebuildLine({ ...run().rebuild!, report: undefined })).toBe('  = rebuild after adding 100: 103.7 s');
    expect(rebuildLine({ ...run().change!, report: undefined }, 'changing one statement (20-001-002.txt)')).toBe('  = rebuild after changing one statement (20-001-002.txt): 46.1 s');
  });
});

describe('figures', () => {
  it('a full build is its steps as one, its peak the largest', () => {
    expect(fullBuild([ingestCold, astro], 60_000)).toEqual({ seconds: 581.9, peakRssMB: 2191, peakStep: 'astro build', msPerDecision: 9.7 });
  });

  it('medians, sizes, times', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(formatMB(883)).toBe('883 MB');
    expect(formatMB(2191)).toBe('2.14 GB');
    expect(formatKB(436_000)).toBe('436 kB');
    expect(formatKB(3_380_000)).toBe('3.38 MB');
    expect(clock(125.4)).toBe('2:05');
    expect(peakOf(astro, 'pagefind')).toBe(2191);
    expect(peakOf(astro, 'sharp')).toBe(0);
    expect(time(undefined)).toBe('—');
    expect(time({ ...astro, ok: false, timedOut: true })).toBe('FAILED (time limit)');
  });

  it('files and requests by kind', () => {
    expect(fileKind('decisions/20-005-525/index.html')).toBe('decisions/*/index.html');
    expect(fileKind('decisions/20-005-525.json')).toBe('decisions/*.json');
    expect(fileKind('councils/barnet/2/index.html')).toBe('councils/*/<n>/index.html');
    expect(requestKind('http://127.0.0.1:1/pagefind/shards/2019-abc/index/en_1.pf_index')).toBe('pagefind index chunks');
    expect(requestKind('http://127.0.0.1:1/pagefind/fragment/en_1.pf_fragment')).toBe('pagefind fragments');
    expect(requestKind('http://127.0.0.1:1/search/?q=council')).toBe('html');
    expect(requestKind('http://127.0.0.1:1/_astro/search.abc.js')).toBe('js');
  });
});

describe('options', () => {
  const root = '/project';

  it('has the defaults of the README', () => {
    const options = benchOptions([], root);
    expect(options).toMatchObject({ sizes: [1000], seed: 1, added: 100, repeat: 1, stepTimeoutMs: 1_200_000, search: true, tree: 'copy', out: path.join(root, 'bench/results') });
    expect(options.queries).toHaveLength(5);
  });

  it('reads sizes with separators, and refuses what is not a size or a tree', () => {
    expect(benchOptions(['--n', '1_000,60_000', '--no-search', '--tree', 'head'], root)).toMatchObject({ sizes: [1000, 60_000], search: false, tree: 'head' });
    expect(() => benchOptions(['--n', '1k'], root)).toThrow(/--n takes whole numbers/);
    expect(() => benchOptions(['--tree', 'main'], root)).toThrow(/--tree is copy, head or live/);
  });

  it('repeats the search visits a whole number of times', () => {
    expect(benchOptions(['--repeat', '5'], root).repeat).toBe(5);
    for (const bad of ['0', '2.5', 'five']) expect(() => benchOptions(['--repeat', bad], root)).toThrow(/--repeat takes a whole number/);
  });

  it('builds with a variant config given relative to the tree, and profiles the build process', () => {
    expect(astroCommand('/t', '/w/dist', { astroConfig: 'bench/variants/chunked-store.mjs' })).toEqual([
      '/t/node_modules/.bin/astro',
      ['build', '--outDir', '/w/dist', '--config', 'bench/variants/chunked-store.mjs'],
    ]);
    const [command, args] = astroCommand('/t', '/w/dist', { profileDir: '/w/profile' });
    expect(command).toBe(process.execPath);
    expect(args).toEqual(['--cpu-prof', '--cpu-prof-dir=/w/profile', '/t/node_modules/astro/bin/astro.mjs', 'build', '--outDir', '/w/dist']);
  });
});
