/** The closing table: one column per N, one row per figure, from the run results alone. */
import { phaseSeconds } from '../lib/build-report';
import { formatKB, formatMB, median, peakOf, time } from './format';
import type { BenchResults, RunResult } from './results';
import type { SearchResult } from './search';

type Row = [label: string, cell: (run: RunResult) => string];

function rows(added: number): Row[] {
  return [
    ['corpus', (x) => (x.corpus ? `${formatMB(x.corpus.bytes / 1e6)} (${(x.corpus.meanBytes / 1000).toFixed(1)} kB each)` : '—')],
    ['parse (1 core)', (x) => (x.parse ? `${x.parse.mbPerSecond} MB/s, ${x.parse.failures} refused` : '—')],
    ['ingest cold', (x) => time(x.ingestCold)],
    ['ingest warm', (x) => time(x.ingestWarm)],
    ['astro build', (x) => time(x.astroBuild)],
    ['  data store', (x) => (x.astroBuild?.dataStoreBytes ? formatMB(x.astroBuild.dataStoreBytes / 1e6) : '—')],
    ['  search shards', (x) => {
      const report = x.astroBuild?.report;
      if (!report) return '—';
      const largest = Math.max(0, ...report.searchIndex.shards.map((s) => s.decisions));
      return `${report.searchIndex.shards.length}, largest ${largest.toLocaleString('en-GB')}; ${phaseSeconds(report, 'search index') ?? '?'} s`;
    }],
    ['  peak astro / pagefind', (x) => (x.astroBuild ? `${formatMB(peakOf(x.astroBuild, 'astro'))} / ${formatMB(peakOf(x.astroBuild, 'pagefind'))}` : '—')],
    ['full build', (x) => (x.fullBuild ? `${x.fullBuild.seconds} s, ${formatMB(x.fullBuild.peakRssMB)}` : '—')],
    ['  per decision', (x) => (x.fullBuild ? `${x.fullBuild.msPerDecision} ms` : '—')],
    ['dist', (x) => (x.dist ? `${formatMB(x.dist.bytes / 1e6)}, ${x.dist.files.toLocaleString('en-GB')} files` : '—')],
    ['largest folder', (x) => (x.dist ? `${x.dist.largestFolder.path} (${x.dist.largestFolder.entries.toLocaleString('en-GB')})` : '—')],
    ['largest other page', (x) => (x.dist?.largestOtherHtml ? `${x.dist.largestOtherHtml.path} ${formatKB(x.dist.largestOtherHtml.bytes)}` : '—')],
    [`rebuild +${added}`, (x) => (x.rebuild ? `${x.rebuild.seconds} s, ${formatMB(x.rebuild.peakRssMB)}` : '—')],
    ['  decision pages rendered / kept', (x) => {
      const pages = x.rebuild?.report?.pages.decisions;
      return pages ? `${pages.rendered.toLocaleString('en-GB')} / ${pages.kept.toLocaleString('en-GB')}` : '—';
    }],
    ['  search shards indexed / reused', (x) => {
      const report = x.rebuild?.report;
      return report ? `${report.searchIndex.indexed} / ${report.searchIndex.reused} (${phaseSeconds(report, 'search index') ?? '?'} s)` : '—';
    }],
    ['rebuild, one statement changed', (x) => (x.change ? `${x.change.seconds} s, ${formatMB(x.change.peakRssMB)}` : '—')],
    ['  pages rendered / kept', (x) => {
      const pages = x.change?.report?.pages;
      return pages ? `${pages.rendered.toLocaleString('en-GB')} / ${pages.kept.toLocaleString('en-GB')}` : '—';
    }],
    ['search ms (median)', (x) => String(median(searches(x, false).map((s) => s.msToFirstResult!)) ?? '—')],
    ['  in a window already open', (x) => String(median(searches(x, false).flatMap((s) => (s.msToFirstResultOpenWindow === undefined ? [] : [s.msToFirstResultOpenWindow]))) ?? '—')],
    ['    Pagefind alone (its floor)', (x) => String(median(searches(x, false).flatMap((s) => (s.msToFirstResultPagefindAlone === undefined ? [] : [s.msToFirstResultPagefindAlone]))) ?? '—')],
    ['  search finished; first result kept', (x) => {
      const done = searches(x, false).filter((s) => s.msToSettled !== undefined);
      const early = done.filter((s) => s.firstResultKept !== undefined);
      return done.length ? `${median(done.map((s) => s.msToSettled!))} ms; ${early.filter((s) => s.firstResultKept).length} of ${early.length}` : '—';
    }],
    ['search bytes (median)', (x) => {
      const ok = searches(x, false);
      return ok.length ? `${formatKB(median(ok.map((s) => s.bytesToFirstResult!))!)} (${formatKB(median(ok.map((s) => s.gzipBytesToFirstResult!))!)} gz)` : '—';
    }],
    ['  first visit with SW', (x) => {
      const ok = searches(x, true);
      return ok.length ? `${median(ok.map((s) => s.msToFirstResult!))} ms, ${formatKB(median(ok.map((s) => s.bytesAfterIdle!))!)} after idle` : '—';
    }],
    ['failures', (x) => (x.failures.length ? x.failures.map((f) => f.step).join(', ') : 'none')],
  ];
}

/** The table's cells: a header row, then a label and one cell per run. */
export function benchTable(results: BenchResults): string[][] {
  const header = ['', ...results.runs.map((x) => `N = ${x.n.toLocaleString('en-GB')}`)];
  return [header, ...rows(results.options.added).map(([label, cell]) => [label, ...results.runs.map(cell)])];
}

/** Columns padded to their widest cell. */
export function formatTable(table: string[][]): string {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  return table.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  │ ')).join('\n');
}

function searches(run: RunResult, serviceWorker: boolean): SearchResult[] {
  return (run.search ?? []).filter((s) => s.ok && s.serviceWorker === serviceWorker);
}
