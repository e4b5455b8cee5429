/**
 * `/decisions/<slug>.json`, each decision whole and structured: the entry ingest validated against
 * the schema and wrote, linked (or copied) byte for byte at the end of `astro build`, and served from
 * the same file by `astro dev`. A hard link costs a fraction of what rendering each one as an Astro
 * endpoint did (1.1–1.3 ms a decision: 75 s at 60,000), and the file cannot drift from ingest's
 * output. Ingest replaces an entry it rewrites (a new file, renamed into place), so a link never
 * sees a later entry's bytes.
 */
import { copyFile, link, readFile, rm } from 'node:fs/promises';
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
        await pMap(
          slugs,
          async (slug) => {
            const target = path.join(site, 'decisions', `${slug}.json`);
            // Never copied onto itself: a link left by an earlier build goes first.
            await rm(target, { force: true });
            await link(decisionFile(slug), target).catch(() => copyFile(decisionFile(slug), target));
          },
          { concurrency: CONCURRENCY },
        );
        logger.info(`${slugs.length.toLocaleString('en-GB')} decisions as JSON`);
        report.record({ decisionJson: { decisions: slugs.length } });
      }),
    },
  };
}
