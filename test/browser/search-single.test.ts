/**
 * Honest results over one search index, as the embedded archive is built by default (one shard):
 * Pagefind answers a word it lacks with a shorter indexed word that begins it ("x" of Mr X); the
 * search page shows none of those answers. test/browser/search.test.ts does the same over four shards.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuiltSite, type ServedSite } from '../helpers/served';
import { openSearch, recordedContext, results, searchFor, status, type Recorded } from './site';

let served: ServedSite;
let recorded: Recorded;

beforeAll(async () => {
  served = await serveBuiltSite();
  recorded = await recordedContext(served.browser);
});

afterAll(() => served?.close());

describe('one search index', () => {
  it('is one shard', async () => {
    const { shards } = JSON.parse(await readFile(path.join(served.site.dist, 'pagefind/shards.json'), 'utf8')) as { shards: unknown[] };
    expect(shards).toEqual([]);
  });

  it.each([
    ['xylophone', 'No decision contains “xylophone”.'],
    ['compensation', 'No decision contains “compensation”.'],
    ['council tax', 'No decision contains “tax”.'],
  ])('"%s" finds nothing, and says which word no decision contains', async (typed, said) => {
    const page = await recorded.context.newPage();
    await openSearch(page, `${served.server.url}search/`);
    await searchFor(page, typed);
    expect(await results(page)).toEqual([]);
    expect(await status(page)).toBe(said);
    await page.close();
  });

  it('a word some decisions have finds those, each containing it', async () => {
    const page = await recorded.context.newPage();
    await openSearch(page, `${served.server.url}search/`);
    await searchFor(page, 'mediation');
    const found = await results(page);
    expect(found.map((r) => r.authority)).toEqual(['Leicestershire County Council']);
    expect(found[0]!.excerpt.toLowerCase()).toContain('mediation');
    expect(recorded.errors).toEqual([]);
    await page.close();
  });

  it('asks for the first result’s text alone, and the others’ once it is shown', async () => {
    // Held back, the first fragment asked for leaves time for the others to be asked for too, as
    // they were when all ten of a page were asked for at once (the bench counted their bytes
    // before the first result). None may be asked for until it is answered.
    // Without the service worker, which would answer the fragments before any route could see them.
    const own = await recordedContext(served.browser, { serviceWorkers: 'block' });
    const page = await own.context.newPage();
    await openSearch(page, `${served.server.url}search/`);
    const asked: string[] = [];
    let whileHeld: string[] | null = null;
    await page.route('**/pagefind/fragment/**', async (route) => {
      const url = route.request().url();
      asked.push(url);
      if (asked.length === 1) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        whileHeld = asked.filter((u) => u !== url);
      }
      await route.continue();
    });
    await searchFor(page, 'violence');
    expect((await results(page)).length).toBe(5);
    expect(whileHeld).toEqual([]);
    expect(new Set(asked).size).toBeGreaterThanOrEqual(5);
    expect(own.errors).toEqual([]);
    await own.context.close();
  });
});
