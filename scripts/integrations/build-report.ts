/**
 * Collects the build report (scripts/lib/build-report.ts) while `astro build` runs, and writes it
 * when the build is done. astro.config.mjs makes one reporter, hands it to the archive's other
 * integrations, which time their steps with it and tell it what they did, and lists its own
 * integration last, so that its `astro:build:done` runs after theirs.
 *
 * Which pages Astro rendered and which its incremental build kept comes from Astro's prerenderer
 * API (setPrerenderer, given the default prerenderer to wrap): every page to build passes through
 * `getStaticPaths`, and only the ones rendered again through `render`.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { BuildReportSchema, buildReportFile, type BuildFacts, type BuildReport, type Phase, type PhaseName, type RoutePages } from '../lib/build-report.ts';

/** src/pages/decisions/[slug].astro */
export const DECISION_ROUTE = '/decisions/[slug]';

interface RouteCount {
  total: number;
  rendered: number;
  renderMs: number;
  slowestMs: number;
}

export class BuildReporter {
  private readonly started = performance.now();
  private readonly startedAt = new Date();
  private readonly phases: Phase[] = [];
  private readonly routes = new Map<string, RouteCount>();
  private readonly facts: Partial<BuildFacts> = {};
  private readonly open = new Map<PhaseName, number>();

  /** Time a step of the build. */
  async phase<T>(name: PhaseName, work: () => Promise<T>): Promise<T> {
    this.begin(name);
    try {
      return await work();
    } finally {
      this.end(name);
    }
  }

  record(facts: Partial<BuildFacts>): void {
    Object.assign(this.facts, facts);
  }

  integration(): AstroIntegration {
    const file = buildReportFile();
    return {
      name: 'archive:build-report',
      hooks: {
        'astro:config:setup': () => this.begin('setup'),
        'astro:build:start': async ({ setPrerenderer }) => {
          this.end('setup');
          this.begin('bundling');
          // A failed build leaves no report rather than the last one's.
          await rm(file, { force: true });
          setPrerenderer((base) => this.counting(base));
        },
        'astro:build:done': async () => {
          const report = this.report();
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
          await rename(`${file}.tmp`, file);
        },
      },
    };
  }

  /** The report so far; an error naming what is missing if a step did not report. */
  report(): BuildReport {
    return BuildReportSchema.parse({
      version: 1,
      startedAt: this.startedAt.toISOString(),
      seconds: this.now(),
      phases: this.phases,
      pages: pagesOfRoutes(this.routes),
      ...this.facts,
    });
  }

  /** Astro's own prerenderer, counting what it is asked to build and render. */
  private counting(base: AstroPrerenderer): AstroPrerenderer {
    return {
      name: base.name,
      setup: async () => {
        this.end('bundling');
        this.begin('pages');
        await base.setup?.();
      },
      getStaticPaths: async () => {
        const paths = await base.getStaticPaths();
        for (const { route } of paths) this.route(route.route).total++;
        return paths;
      },
      render: async (request, options) => {
        const started = performance.now();
        const result = await base.render(request, options);
        const ms = performance.now() - started;
        const route = this.route(options.routeData.route);
        route.rendered++;
        route.renderMs += ms;
        route.slowestMs = Math.max(route.slowestMs, ms);
        return result;
      },
      teardown: async () => {
        await base.teardown?.();
        this.end('pages');
      },
    };
  }

  private route(pattern: string): RouteCount {
    let route = this.routes.get(pattern);
    if (!route) this.routes.set(pattern, (route = { total: 0, rendered: 0, renderMs: 0, slowestMs: 0 }));
    return route;
  }

  private begin(name: PhaseName): void {
    this.open.set(name, this.now());
  }

  private end(name: PhaseName): void {
    const start = this.open.get(name);
    if (start === undefined) return;
    this.open.delete(name);
    this.phases.push({ name, start, end: this.now() });
  }

  private now(): number {
    return Math.round(performance.now() - this.started) / 1000;
  }
}

/** Pages by route, largest first: a page Astro was asked to build but did not render was kept. */
export function pagesOfRoutes(routes: Map<string, RouteCount>): BuildReport['pages'] {
  const list: RoutePages[] = [...routes.entries()]
    .map(([route, r]) => ({
      route,
      rendered: r.rendered,
      kept: r.total - r.rendered,
      renderSeconds: Math.round(r.renderMs) / 1000,
      slowestRenderMs: Math.round(r.slowestMs * 10) / 10,
    }))
    .sort((a, b) => b.rendered + b.kept - (a.rendered + a.kept) || (a.route < b.route ? -1 : 1));
  const decisions = list.find((r) => r.route === DECISION_ROUTE);
  return {
    rendered: list.reduce((n, r) => n + r.rendered, 0),
    kept: list.reduce((n, r) => n + r.kept, 0),
    decisions: { rendered: decisions?.rendered ?? 0, kept: decisions?.kept ?? 0 },
    routes: list,
  };
}
