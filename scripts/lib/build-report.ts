/**
 * The build report: what `astro build` did, as data. The archive's integrations
 * (scripts/integrations/build-report.ts collects it) write it at the end of every build, and
 * `npm run build`'s summary and `npm run bench` read it, so that no figure depends on the wording
 * of a log line.
 *
 * It is written beside ingest's output and its own report (generatedDir(): content/generated, or
 * ARCHIVE_GENERATED): never published, one per build folder (tests and the bench build several
 * side by side), found by every step through the one function that already locates that folder.
 * Astro's cacheDir was the other candidate, but a cache may be deleted at any time, and only Astro
 * resolves where it is.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { generatedDir } from '../../src/data/paths';

const count = z.number().int().nonnegative();
/** Seconds since the build started (when Astro loaded the config). */
const seconds = z.number().nonnegative();
const files = z.object({ files: count, bytes: count });

/**
 * The stretches of `astro build`, in order. Time between two of them is work no integration of the
 * archive times (Astro's incremental manifest and assets after the pages, the sitemap after pruning).
 */
export const PHASES = ['setup', 'bundling', 'pages', 'prune', 'decision JSON', 'search index', 'first page', 'service worker'] as const;
export type PhaseName = (typeof PHASES)[number];

const PhaseSchema = z.object({ name: z.enum(PHASES), start: seconds, end: seconds });
export type Phase = z.infer<typeof PhaseSchema>;

/** Rendered by this build, or kept from the last one by Astro's incremental build. */
const PagesSchema = z.object({ rendered: count, kept: count });

const RoutePagesSchema = PagesSchema.extend({
  /** Astro's route pattern, e.g. "/decisions/[slug]". */
  route: z.string(),
  /** Summed over the pages rendered (several render at once: this is work, not wall time). */
  renderSeconds: seconds,
  slowestRenderMs: z.number().nonnegative(),
});
export type RoutePages = z.infer<typeof RoutePagesSchema>;

export const SearchShardSchema = z.object({
  id: z.string(),
  decisions: count,
  /** Linked from the search index cache instead of indexed again. */
  reused: z.boolean(),
  seconds: z.number().nonnegative(),
});
export type SearchShardReport = z.infer<typeof SearchShardSchema>;

export const BuildReportSchema = z.object({
  version: z.literal(1),
  startedAt: z.iso.datetime(),
  /** When the report was written, the end of the build's last step. */
  seconds,
  phases: z.array(PhaseSchema),
  /** Every page and endpoint Astro built (the decision pages also on their own). */
  pages: PagesSchema.extend({ decisions: PagesSchema, routes: z.array(RoutePagesSchema) }),
  /** Files an earlier build left that this one did not write. */
  pruned: z.object({ files: count }),
  /** Every decision's JSON in the site; those linked afresh (new or rewritten entries; copied where links cannot be made) and those of withdrawn decisions removed. */
  decisionJson: z.object({ decisions: count, linked: count, removed: count }),
  searchIndex: z.object({ decisions: count, indexed: count, reused: count, shards: z.array(SearchShardSchema) }),
  /** The first pages of searches of words (src/contracts/first-page.ts): none where the index has one shard. */
  firstPage: z.object({ stems: count, files: count, bytes: count }),
  serviceWorker: z.object({
    precache: files,
    /** The whole archive is precached on the first visit. */
    wholeArchive: z.boolean(),
    /** Every file Pagefind needs to search any word, and every decision page: what "Save for offline" fetches. */
    index: files,
    decisionPages: files,
  }),
});
export type BuildReport = z.infer<typeof BuildReportSchema>;
/** What the integrations other than the pages' own tell the report. */
export type BuildFacts = Pick<BuildReport, 'pruned' | 'decisionJson' | 'searchIndex' | 'firstPage' | 'serviceWorker'>;

export function buildReportFile(generated = generatedDir()): string {
  return path.join(generated, 'build-report.json');
}

/** The report of the last build that wrote into this generated folder; an error if there is none or it is not of this shape. */
export async function readBuildReport(file = buildReportFile()): Promise<BuildReport> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `no build report at ${file}: did astro build run with the archive's integrations (astro.config.mjs)?` : error.message);
  });
  return BuildReportSchema.parse(JSON.parse(text));
}

export function phaseSeconds(report: BuildReport, name: PhaseName): number | null {
  const phase = report.phases.find((p) => p.name === name);
  return phase ? round(phase.end - phase.start) : null;
}

/** "27 rendered, 5 kept from the last build" */
export function pagesSummary(pages: { rendered: number; kept: number }): string {
  return `${number(pages.rendered)} rendered, ${number(pages.kept)} kept from the last build`;
}

/** "setup 3.1 s, bundling 2.4 s, pages 0.5 s, …, service worker 1.9 s" */
export function phasesSummary(report: BuildReport): string {
  return report.phases.map((p) => `${p.name} ${(p.end - p.start).toFixed(1)} s`).join(', ');
}

/** "4 shards (largest 2,710 decisions): 1 indexed, 3 reused" */
export function searchIndexSummary(index: BuildReport['searchIndex']): string {
  const largest = Math.max(0, ...index.shards.map((s) => s.decisions));
  return `${index.shards.length} ${index.shards.length === 1 ? 'shard' : 'shards'} (largest ${number(largest)} ${largest === 1 ? 'decision' : 'decisions'}): ${index.indexed} indexed, ${index.reused} reused`;
}

function number(n: number): string {
  return n.toLocaleString('en-GB');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
