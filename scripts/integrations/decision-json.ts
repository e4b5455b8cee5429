/**
 * `/decisions/<slug>.json`, each decision whole and structured: the entry ingest validated against
 * the schema and wrote, linked (or copied) byte for byte at the end of `astro build`, and served from
 * the same file by `astro dev`. A hard link costs a fraction of what rendering each one as an Astro
 * endpoint did (1.1–1.3 ms a decision: 75 s at 60,000), and the file cannot drift from ingest's
 * output. Ingest replaces an entry it rewrites (a new file, renamed into place), so a link never
 * sees a later entry's bytes, and a link an earlier build made to an entry ingest has not rewritten
 * since is still right: it is kept (the prune step leaves these files to this one), and only new or
 * rewritten entries are linked again, and withdrawn ones removed.
 */
import { copyFile, link, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { archive } from '../../src/data/archive.ts';
import { decisionFile } from '../../src/data/decisions.ts';
import type { BuildReporter } from './build-report.ts';
import { withTrailingSlash } from '../../src/utils/base-path.ts';

const CONCURRENCY = 32;
const ROUTE = /^\/decisions\/([^/]+)\.json$/;

/** The files this step keeps up to date in the site (for the prune step). */
export const isDecisionJson = (file: string): boolean => /^decisions\/[^/]+\.json$/.test(file);

export function decisionJson(report: BuildReporter): AstroIntegration {
  let base = '/';
  return {
    name: 'archive:decision-json',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
          const match = pathname.startsWith(base) ? ROUTE.exec(`/${pathname.slice(base.length)}`) : null;
          if (!match || !archive().decisions.some((d) => d.slug === match[1])) return next();
          readFile(decisionFile(match[1]!)).then(
            (bytes) => {
              res.setHeader('Content-Type', 'application/json; charset=utf-8');
              res.end(bytes);
            },
            () => next(),
          );
        });
      },
      'astro:build:done': ({ dir, logger }) => report.phase('decision JSON', async () => {
        const site = fileURLToPath(dir);
        const slugs = archive().decisions.map((d) => d.slug);
        const folder = path.join(site, 'decisions');
        const wanted = new Set(slugs.map((slug) => `${slug}.json`));
        const stale = (await readdir(folder).catch(() => [])).filter((name) => isDecisionJson(`decisions/${name}`) && !wanted.has(name));
        await pMap(stale, (name) => rm(path.join(folder, name), { force: true }), { concurrency: CONCURRENCY });
        let linked = 0;
        await pMap(
          slugs,
          async (slug) => {
            const entry = decisionFile(slug);
            const target = path.join(folder, `${slug}.json`);
            const [from, to] = await Promise.all([stat(entry), stat(target).catch(() => null)]);
            if (to && to.ino === from.ino && to.dev === from.dev) return;
            // Never copied onto itself: a link left by an earlier build goes first.
            await rm(target, { force: true });
            await link(entry, target).catch(() => copyFile(entry, target));
            linked++;
          },
          { concurrency: CONCURRENCY },
        );
        logger.info(`${slugs.length.toLocaleString('en-GB')} decisions as JSON (${linked.toLocaleString('en-GB')} linked, ${stale.length.toLocaleString('en-GB')} removed)`);
        report.record({ decisionJson: { decisions: slugs.length, linked, removed: stale.length } });
      }),
    },
  };
}
