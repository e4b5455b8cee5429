/**
 * Offline, in chromium: the embedded archive is small, so the service worker keeps all of it on the
 * first visit. Then, with the network gone, a reader searches words never searched before and opens
 * results never visited. (A large archive, and "Save for offline", are tested in test/subpath.test.ts.)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/serve';
import type { BuiltSite } from '../helpers/build';
import { cardsFile, firstPageFile } from '../../src/contracts/first-page';
import { serveBuiltSite, type ServedSite } from '../helpers/served';
import { openReference, openSearch, pathOf, recordedContext, results, searchFor, status, waitForServiceWorker } from './site';

let served: ServedSite;
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // Three search shards (2022, 2021, 2019–2020), all of them kept for offline with the rest.
  served = await serveBuiltSite({ env: { ARCHIVE_SEARCH_SHARD_SIZE: '2' } });
  ({ site, server, browser } = served);
});

afterAll(() => served?.close());

describe('a small archive offline', () => {
  it('is small enough to precache whole', async () => {
    const manifest = JSON.parse(await readFile(path.join(site.dist, 'offline.json'), 'utf8')) as { precached: boolean; pages: { count: number } };
    expect(manifest.precached).toBe(true);
    expect(manifest.pages.count).toBe(5);
    const sw = await readFile(path.join(site.dist, 'sw.js'), 'utf8');
    for (const file of ['search/index.html', 'decisions/21-000-259/index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.en-gb.pagefind', 'pagefind/shards.json']) {
      expect(sw).toContain(`url:"${file}"`);
    }
    const { shards } = JSON.parse(await readFile(path.join(site.dist, 'pagefind/shards.json'), 'utf8')) as { shards: { id: string; path: string }[] };
    expect(shards.map((s) => s.id)).toEqual(['2021', '2019-2020']);
    for (const shard of shards) expect(sw).toContain(`url:"${shard.path}pagefind-entry.json"`);
    // A search's first page and the decisions' text its results land in, which a search offline
    // reads as it would online where the browser does not say it is offline (Chromium 150's
    // offline emulation leaves navigator.onLine true).
    for (const file of [firstPageFile(0), cardsFile(0), 'decisions/21-000-259.json']) expect(sw).toContain(`url:"${file}"`);
  });

  it('after one visit, searches a word never searched and opens a result never visited, with the network gone', async () => {
    const { context, requests, foreign, errors } = await recordedContext(browser);
    const page = await context.newPage();
    // The first visit, to one decision: the service worker installs and keeps the whole archive.
    await page.goto(`${server.url}decisions/20-005-525/`);
    expect(await waitForServiceWorker(page)).toBe(server.url);
    const online = requests.length;

    await context.setOffline(true);
    // The network really is gone, for the page and for the service worker (a page it has not kept fails).
    expect(await page.evaluate(async (url) => fetch(url).then(() => 'answered', () => 'failed'), `${server.url}no-such-page/`)).toBe('failed');

    await page.goto(`${server.url}search/`);
    await openSearch(page, `${server.url}search/`);
    await searchFor(page, 'mediation');
    expect((await results(page)).map((r) => pathOf(r.href))).toEqual(['/decisions/21-000-259/']);
    await openReference(page, '20 006 390', '20-006-390');
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('search')?.dataset.searched !== undefined);
    expect((await results(page))[0]).toMatchObject({ reference: 'Decision 20 006 390', pinned: true });
    await searchFor(page, 'violence');
    expect(await status(page)).toBe('5 decisions found for “violence”.');

    await Promise.all([page.waitForURL('**/decisions/**'), page.locator('#search-results h2 a[href^="/decisions/20-006-390/"]').click()]);
    expect(await page.textContent('h1')).toBe('London Borough of Bromley (20 006 390)');
    expect(await page.locator('.statement, [id="p1"]').count()).toBeGreaterThan(0);

    // Back to the results, and a search shared as a link, still offline.
    await page.goto(`${server.url}search/?q=court&outcome=Upheld`);
    await page.waitForFunction(() => document.getElementById('search')?.dataset.searched !== undefined);
    expect((await results(page)).map((r) => pathOf(r.href)).sort()).toEqual(['/decisions/20-005-525/', '/decisions/21-000-259/']);
    expect(await page.textContent('#offline [data-offline-status]')).toContain('Saved on this device');

    expect(requests.length).toBeGreaterThan(online);
    expect(foreign()).toEqual([]);
    // (The browser's own /favicon.ico guess is not the archive's: it links no icon.)
    expect(errors.filter((e) => !e.includes('/no-such-page/') && !e.includes('/favicon.ico'))).toEqual([]);
    await context.close();
  });
});
