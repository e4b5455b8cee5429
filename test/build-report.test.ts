/** The build report: its shape, how the pages are counted, and the summaries read from it. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildReporter, DECISION_ROUTE, pagesOfRoutes } from '../scripts/integrations/build-report';
import { BuildReportSchema, buildReportFile, pagesSummary, phaseSeconds, phasesSummary, readBuildReport, searchIndexSummary } from '../scripts/lib/build-report';
import { FACTS as facts, REPORT } from './helpers/build-report';

describe('the report', () => {
  it('is what the schema describes, and the schema refuses a report with a step missing', () => {
    expect(BuildReportSchema.parse(REPORT)).toEqual(REPORT);
    const { searchIndex: _, ...withoutSearch } = REPORT;
    expect(() => BuildReportSchema.parse(withoutSearch)).toThrow(/searchIndex/);
    expect(() => BuildReportSchema.parse({ ...REPORT, phases: [{ name: 'sitemap', start: 1, end: 2 }] })).toThrow();
  });

  it('is read from the generated folder, and a missing one says so', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'build-report-'));
    await expect(readBuildReport(buildReportFile(dir))).rejects.toThrow(/no build report at .*build-report\.json/);
    await writeFile(buildReportFile(dir), JSON.stringify(REPORT));
    expect(await readBuildReport(buildReportFile(dir))).toEqual(REPORT);
    await writeFile(buildReportFile(dir), JSON.stringify({ ...REPORT, version: 2 }));
    await expect(readBuildReport(buildReportFile(dir))).rejects.toThrow();
  });
});

describe('pages by route', () => {
  it('counts a page Astro was asked to build but did not render as kept, and the decision pages on their own', () => {
    const pages = pagesOfRoutes(
      new Map([
        ['/', { total: 1, rendered: 1, renderMs: 12.34, slowestMs: 12.34 }],
        [DECISION_ROUTE, { total: 5, rendered: 1, renderMs: 30, slowestMs: 30 }],
        ['/councils/[slug]/[...page]', { total: 4, rendered: 4, renderMs: 8, slowestMs: 3.06 }],
      ]),
    );
    expect(pages).toEqual({
      rendered: 6,
      kept: 4,
      decisions: { rendered: 1, kept: 4 },
      routes: [
        { route: DECISION_ROUTE, rendered: 1, kept: 4, renderSeconds: 0.03, slowestRenderMs: 30 },
        { route: '/councils/[slug]/[...page]', rendered: 4, kept: 0, renderSeconds: 0.008, slowestRenderMs: 3.1 },
        { route: '/', rendered: 1, kept: 0, renderSeconds: 0.012, slowestRenderMs: 12.3 },
      ],
    });
  });

  it('is none of anything when no page was built', () => {
    expect(pagesOfRoutes(new Map())).toEqual({ rendered: 0, kept: 0, decisions: { rendered: 0, kept: 0 }, routes: [] });
  });
});

describe('the reporter', () => {
  it('times each step in order and reports what the steps told it', async () => {
    const reporter = new BuildReporter();
    await reporter.phase('prune', async () => reporter.record({ pruned: facts.pruned }));
    await reporter.phase('decision JSON', async () => reporter.record({ decisionJson: facts.decisionJson }));
    expect(() => reporter.report()).toThrow(/searchIndex|firstPage|serviceWorker/);
    await reporter.phase('search index', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      reporter.record({ searchIndex: facts.searchIndex });
    });
    await reporter.phase('first page', async () => reporter.record({ firstPage: facts.firstPage }));
    await reporter.phase('service worker', async () => reporter.record({ serviceWorker: facts.serviceWorker }));
    const report = reporter.report();
    expect(report.phases.map((p) => p.name)).toEqual(['prune', 'decision JSON', 'search index', 'first page', 'service worker']);
    for (const [a, b] of report.phases.slice(1).map((p, i) => [report.phases[i]!, p] as const)) expect(b.start).toBeGreaterThanOrEqual(a.end);
    expect(phaseSeconds(report, 'search index')).toBeGreaterThanOrEqual(0);
    expect(report.phases[2]!.end - report.phases[2]!.start).toBeGreaterThanOrEqual(0.015);
    expect(report).toMatchObject(facts);
  });

  it('times a step that fails, and lets its error through', async () => {
    const reporter = new BuildReporter();
    await expect(reporter.phase('prune', () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    reporter.record(facts);
    expect(reporter.report().phases.map((p) => p.name)).toEqual(['prune']);
  });
});

describe('the summaries read from it', () => {
  it('pages rendered and kept', () => {
    expect(pagesSummary(REPORT.pages)).toBe('1,234 rendered, 59,224 kept from the last build');
    expect(pagesSummary(REPORT.pages.decisions)).toBe('876 rendered, 59,224 kept from the last build');
  });

  it('each phase and its time', () => {
    expect(phasesSummary(REPORT)).toBe('setup 0.6 s, bundling 1.0 s, pages 2.5 s, prune 0.1 s, decision JSON 0.1 s, search index 2.8 s, service worker 2.3 s');
    expect(phaseSeconds(REPORT, 'search index')).toBe(2.8);
    expect(phaseSeconds({ ...REPORT, phases: [] }, 'pages')).toBeNull();
  });

  it('the search shards', () => {
    expect(searchIndexSummary(REPORT.searchIndex)).toBe('3 shards (largest 3 decisions): 1 indexed, 2 reused');
    expect(searchIndexSummary({ decisions: 1, indexed: 1, reused: 0, shards: [{ id: 'all', decisions: 1, reused: false, seconds: 1 }] })).toBe('1 shard (largest 1 decision): 1 indexed, 0 reused');
  });
});
