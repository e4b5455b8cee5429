/**
 * The first pages of searches of words, ranked for the whole archive (src/contracts/first-page.ts), at
 * the end of `astro build`: written only where the search index has more than one shard, the only
 * archives whose first results the shards would otherwise change. Every decision's title and summary
 * are ranked against every other's (src/utils/first-page.ts), keeping each word's best, and which
 * other decisions use it: from the archive index alone, without reading a statement.
 *
 * Written afresh on every build (the prune step removes the last build's, as any file this build
 * has not written yet): it depends on every decision at once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { readConfig } from '../../src/config.ts';
import { bucketOf, CARDS_PER_FILE, cardsFile, FIRST_PAGE_SIZE, firstPageBuckets, firstPageFile, othersFile } from '../../src/contracts/first-page.ts';
import { archive } from '../../src/data/archive.ts';
import { decisionTitle } from '../../src/presenters/decision-page.ts';
import { withTrailingSlash } from '../../src/utils/base-path.ts';
import { BucketWriter, cardOfMeta, FirstPageRanking } from '../../src/utils/first-page.ts';
import { hasFirstPage } from '../../src/utils/search-shards.ts';
import { headText } from '../../src/utils/search-text.ts';
import { Progress } from '../lib/progress.ts';
import type { BuildReporter } from './build-report.ts';

/** Files written at once. */
const CONCURRENCY = 16;

export function firstPage(report: BuildReporter): AstroIntegration {
  let base = '/';
  return {
    name: 'archive:first-page',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': ({ dir, logger }) => report.phase('first page', async () => {
        const site = fileURLToPath(dir);
        const decisions = archive().decisions;
        const config = readConfig();
        if (!hasFirstPage(decisions, config.ARCHIVE_SEARCH_SHARD_SIZE, config.ARCHIVE_SEARCH_NEWEST_SIZE)) {
          report.record({ firstPage: { stems: 0, files: 0, bytes: 0 } });
          return;
        }
        const log = (line: string) => logger.info(line);

        const ranking = new FirstPageRanking();
        const ranked = new Progress('first page', decisions.length, log);
        decisions.forEach((meta, i) => {
          ranking.add(i, headText(meta, { title: decisionTitle({ authority: meta.authority.name, reference: meta.reference }) }));
          ranked.tick();
        });
        ranked.done(`${decisions.length.toLocaleString('en-GB')} decisions ranked for each word`);

        // The decision page's address, as routes.decision gives it on the site (under the base).
        const cards = decisions.map((meta) => cardOfMeta(meta, `${base}decisions/${meta.slug}/`));
        const count = firstPageBuckets(decisions.length);
        const writers = Array.from({ length: count }, () => new BucketWriter());
        let stems = 0;
        for (const [stem, listed, relevance, others] of ranking.lists()) {
          const writer = writers[bucketOf(stem, count)]!;
          writer.add(stem, listed.slice(0, FIRST_PAGE_SIZE).map((d) => cards[d]!));
          writer.list(stem, listed, relevance, others);
          stems++;
        }
        // The buckets, then for several words each bucket's other decisions, and every decision's
        // card by its place in the archive.
        const files = [
          ...writers.map((w, i) => [firstPageFile(i), () => w.bucket()] as const),
          ...writers.map((w, i) => [othersFile(i), () => w.others()] as const),
          ...Array.from({ length: Math.ceil(cards.length / CARDS_PER_FILE) }, (_, k) => [cardsFile(k), () => cards.slice(k * CARDS_PER_FILE, (k + 1) * CARDS_PER_FILE)] as const),
        ];
        for (const dir of [cardsFile(0), othersFile(0)]) await mkdir(path.join(site, dir, '..'), { recursive: true });
        let bytes = 0;
        await pMap(
          files,
          async ([file, content]) => {
            const json = JSON.stringify(content());
            bytes += Buffer.byteLength(json);
            await writeFile(path.join(site, file), json);
          },
          { concurrency: CONCURRENCY },
        );
        logger.info(`${stems.toLocaleString('en-GB')} words' first pages in ${files.length.toLocaleString('en-GB')} files, ${(bytes / 1e6).toFixed(1)} MB`);
        report.record({ firstPage: { stems, files: files.length, bytes } });
      }),
    },
  };
}
