/**
 * The build as the bench runs and measures it: the `astro build` command, its CPU profile, and the
 * figures of a whole build and of a rebuild. What happened inside the build (phases, pages rendered
 * and kept, search shards) is the build's own report, never its log.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pagesSummary, phaseSeconds, phasesSummary, searchIndexSummary, type BuildReport } from '../lib/build-report';
import { summariseCpuProfile, type Measurement, type ProfileSummary } from '../lib/measure';
import { formatMB, peakMB, round } from './format';
import type { FullBuild, Rebuild } from './results';

/** `astro build` into outDir, with a CPU profile written to profileDir when there is one. */
export function astroCommand(tree: string, outDir: string, { astroConfig, profileDir }: { astroConfig?: string; profileDir?: string }): [string, string[]] {
  // Astro joins --config onto the project root, so it is given relative to it.
  const args = ['build', '--outDir', outDir, ...(astroConfig ? ['--config', path.relative(tree, path.resolve(tree, astroConfig))] : [])];
  if (!profileDir) return [path.join(tree, 'node_modules/.bin/astro'), args];
  return [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, path.join(tree, 'node_modules/astro/bin/astro.mjs'), ...args]];
}

/** The build's own process: the largest of the profiles (not a helper it started). */
export async function buildProfile(profileDir: string, tree: string): Promise<ProfileSummary | undefined> {
  const files = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(profileDir, f));
  const sized = await Promise.all(files.map(async (f) => ({ f, size: (await stat(f)).size })));
  const main = sized.sort((a, b) => b.size - a.size)[0];
  return main ? summariseCpuProfile(JSON.parse(await readFile(main.f, 'utf8')), tree) : undefined;
}

/** The steps of a build from nothing (ingest cold, `astro build`) as one. */
export function fullBuild(steps: Measurement[], n: number): FullBuild {
  const peak = steps.reduce((a, b) => (peakMB(b) > peakMB(a) ? b : a));
  const seconds = steps.reduce((sum, m) => sum + m.wallSeconds, 0);
  return { seconds: round(seconds, 1), peakRssMB: peakMB(peak), peakStep: peak.label, msPerDecision: round((seconds * 1000) / n, 2) };
}

export function rebuild(added: number, steps: Measurement[], report: BuildReport | undefined): Rebuild {
  return { added, steps, seconds: round(steps.reduce((s, m) => s + m.wallSeconds, 0), 1), peakRssMB: Math.max(...steps.map(peakMB)), report };
}

/** What the bench prints of a build's report, under the line of its step. */
export function buildLines(report: BuildReport, m: Measurement): string[] {
  const programs = Object.entries(m.peakByProgram).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([p, mb]) => `${p} ${formatMB(mb)}`).join(', ');
  return [
    `    pages: ${pagesSummary(report.pages)}`,
    `    search index: ${searchIndexSummary(report.searchIndex)}, ${phaseSeconds(report, 'search index') ?? '?'} s; peak by program: ${programs}`,
    `    phases: ${phasesSummary(report)}`,
  ];
}

/** "= rebuild after adding 100: 15.7 s; decision pages 522 rendered, 578 kept; search shards 1 indexed, 0 reused" */
export function rebuildLine(r: Rebuild, what = `adding ${r.added}`): string {
  const inside = r.report
    ? `; decision pages ${pagesSummary(r.report.pages.decisions)}; search shards ${r.report.searchIndex.indexed} indexed, ${r.report.searchIndex.reused} reused`
    : '';
  return `  = rebuild after ${what}: ${r.seconds.toFixed(1)} s${inside}`;
}
