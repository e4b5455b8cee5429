/**
 * The archive built for a sub-path (ARCHIVE_BASE=/archive/, as on a GitHub Pages project site) and
 * its own URL (ARCHIVE_SITE), served under /archive/ on 127.0.0.1 with nothing at the root:
 * a link checker over every page, the canonical URLs, sitemap and feeds, search, and the service
 * worker's scope. The build also treats the archive as large (ARCHIVE_OFFLINE_LIMIT_MB=0), to test
 * what a large archive does offline: it keeps what was used, and "Save for offline" keeps the rest.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../scripts/lib/serve';
import { launchChromium } from './browser/chromium';
import { openReference, openSearch, pathOf, recordedContext, results, searchFor, status, waitForServiceWorker } from './browser/site';
import { buildSite, type BuiltSite } from './helpers/build';
import { walk } from './helpers/files';
import { xmlError } from './helpers/xml';

const BASE = '/archive/';
const SITE = 'https://archive.example.org';

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  site = await buildSite({ base: BASE, env: { ARCHIVE_SITE: SITE, ARCHIVE_OFFLINE_LIMIT_MB: '0' } });
  if (site.code !== 0) throw new Error(site.log);
  server = await serveStatic(site.dist, { base: BASE });
  origin = new URL(server.url).origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every link under the sub-path', () => {
  it('a link checker, from the home page through every page it reaches, finds no broken link and none outside /archive/', async () => {
    const pages = new Set<string>([BASE]);
    const queue = [BASE];
    const checked = new Map<string, number>();
    const problems: string[] = [];
    const external = new Set<string>();
    while (queue.length) {
      const from = queue.shift()!;
      const response = await fetch(`${origin}${from}`);
      const type = response.headers.get('content-type') ?? '';
      const text = await response.text();
      const links = type.startsWith('text/html')
        ? [...text.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
        : type.startsWith('text/css')
          ? [...text.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => m[1]!)
          : [];
      for (const link of links) {
        if (link.startsWith('data:') || link.startsWith('mailto:') || link.startsWith('#')) continue;
        const url = new URL(link, `${origin}${from}`);
        if (url.origin !== origin) {
          external.add(url.origin);
          continue;
        }
        if (!link.startsWith('/') && !link.startsWith('http')) problems.push(`${from}: relative link ${link}`);
        if (!url.pathname.startsWith(BASE)) {
          problems.push(`${from}: ${link} is outside ${BASE}`);
          continue;
        }
        if (!checked.has(url.pathname)) {
          const status = (await fetch(`${origin}${url.pathname}`, { method: 'HEAD', redirect: 'manual' })).status;
          checked.set(url.pathname, status);
          if (status !== 200) problems.push(`${from}: ${link} answers ${status}`);
          else if (!pages.has(url.pathname) && (url.pathname.endsWith('/') || url.pathname.endsWith('.css'))) {
            pages.add(url.pathname);
            queue.push(url.pathname);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect([...pages].filter((p) => p.startsWith(`${BASE}decisions/`) && p.endsWith('/')).length).toBeGreaterThanOrEqual(5);
    expect(pages.has(`${BASE}search/`)).toBe(true);
    // Links to the archive's own site (canonical URLs) carry the base; others are the statements' sources.
    for (const o of external) expect([SITE, 'https://www.lgo.org.uk', 'https://www.legislation.gov.uk', 'https://schema.org']).toContain(o);
  });

  it('nothing refers to the site root: every absolute URL of the site carries /archive/', async () => {
    const files = (await walk(site.dist)).filter((f) => /\.(html|xml|json|js|css|txt|csv)$/.test(f) && !f.includes(`${path.sep}pagefind${path.sep}`));
    const wrong: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const m of text.matchAll(new RegExp(`${SITE.replace(/\./g, '\\.')}(/[^"'<\\s)]*)?`, 'g'))) {
        if (!(m[1] ?? '/').startsWith(BASE)) wrong.push(`${path.relative(site.dist, file)}: ${m[0]}`);
      }
      if (file.endsWith('.html')) {
        for (const m of text.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) if (!m[1]!.startsWith(BASE)) wrong.push(`${path.relative(site.dist, file)}: ${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every XML file (feeds and sitemaps) is well-formed XML', async () => {
    const xml = (await walk(site.dist)).filter((f) => f.endsWith('.xml'));
    expect(xml.map((f) => path.relative(site.dist, f))).toEqual(expect.arrayContaining(['feed.xml', 'sitemap-index.xml', 'councils/london-borough-of-barnet/feed.xml']));
    for (const file of xml) expect(xmlError(await readFile(file, 'utf8')), path.relative(site.dist, file)).toBeNull();
  });

  it('canonical URLs and the sitemap use ARCHIVE_SITE and the base', async () => {
    const html = await readFile(path.join(site.dist, 'decisions/20-006-390/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}decisions/20-006-390/">`);
    const sitemaps = (await readdir(site.dist)).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs = (await Promise.all(sitemaps.map((f) => readFile(path.join(site.dist, f), 'utf8')))).flatMap((x) => [...x.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(locs).toContain(`${SITE}${BASE}decisions/20-006-390/`);
    for (const loc of locs) {
      expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
      const status = (await fetch(`${origin}${new URL(loc).pathname}`, { method: 'HEAD' })).status;
      expect(status, loc).toBe(200);
    }
  });
});

describe('search and offline under the sub-path', () => {
  it('search finds decisions and links them under /archive/, with a shared URL too', async () => {
    const { context, foreign } = await recordedContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await openSearch(page, `${server.url}search/?q=violence&sort=newest`);
    const found = await results(page);
    expect(found).toHaveLength(5);
    for (const r of found) expect(r.href).toMatch(/^\/archive\/decisions\/\d{2}-\d{3}-\d{3}\/\?highlight=violence#(p\d+|summary)$/);
    expect(found.map((r) => r.dateTime)).toEqual([...found.map((r) => r.dateTime)].sort().reverse());
    await openReference(page, '20 006 390', '20-006-390');
    expect(new URL(page.url()).pathname).toBe('/archive/decisions/20-006-390/');
    expect(await page.textContent('h1')).toContain('20 006 390');
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('search')?.dataset.searched !== undefined);
    await Promise.all([page.waitForURL('**/archive/decisions/20-006-390/**'), page.locator('#search-results h2 a').first().click()]);
    expect(await page.textContent('h1')).toContain('20 006 390');
    expect(foreign()).toEqual([]);
    await context.close();
  });

  it('a large archive: keeps what was used offline, and "Save for offline" keeps the rest, with its size and progress', async () => {
    const manifest = JSON.parse(await readFile(path.join(site.dist, 'offline.json'), 'utf8')) as { precached: boolean; version: string; index: { bytes: number; count: number }; pages: { bytes: number; count: number } };
    const listed = JSON.parse(await readFile(path.join(site.dist, 'offline-files.json'), 'utf8')) as { version: string; index: string[]; pages: string[] };
    expect(manifest.precached).toBe(false);
    expect(listed.version).toBe(manifest.version);
    expect(listed.pages).toContain('decisions/21-000-259/');
    expect([manifest.pages.count, manifest.index.count]).toEqual([listed.pages.length, listed.index.length]);
    const sw = await readFile(path.join(site.dist, 'sw.js'), 'utf8');
    expect(sw).toContain('url:"search/index.html"');
    expect(sw).not.toContain('url:"decisions/21-000-259/index.html"');

    const { context, foreign, requests } = await recordedContext(browser);
    const page = await context.newPage();
    await openSearch(page, `${server.url}search/`);
    // The service worker's scope is the sub-path, not the host's root.
    expect(await waitForServiceWorker(page)).toBe(server.url);
    await searchFor(page, 'violence');
    expect(await results(page)).toHaveLength(5);
    await Promise.all([page.waitForURL('**/decisions/20-005-525/**'), page.locator('#search-results h2 a[href^="/archive/decisions/20-005-525/"]').click()]);

    await context.setOffline(true);
    await openSearch(page, `${server.url}search/`);
    await searchFor(page, 'violence');
    expect(await results(page)).toHaveLength(5);
    // "yet" (in 21 000 259 alone) is in the other index chunk, which was never fetched. (Pagefind
    // splits the words into chunks by size: with less text indexed, "mediation" moved into the first.)
    await searchFor(page, 'yet');
    expect(await results(page)).toHaveLength(0);
    expect(await status(page)).toContain('not saved on this device');
    await page.goto(`${server.url}decisions/20-005-525/`);
    expect(await page.textContent('h1')).toContain('20 005 525');
    expect(await page.goto(`${server.url}decisions/21-000-259/`).then(() => 'opened', () => 'failed')).toBe('failed');

    await context.setOffline(false);
    await openSearch(page, `${server.url}search/`);
    const save = page.locator('[data-offline-save]');
    await save.waitFor();
    const total = manifest.index.bytes + manifest.pages.bytes;
    expect(await save.textContent()).toBe(`Save for offline (${size(manifest.index.bytes)})`);
    await page.check('[data-offline-pages]');
    expect(await save.textContent()).toBe(`Save for offline (${size(total)})`);
    await save.click();
    await page.waitForFunction(() => document.querySelector('[data-offline-status]')?.textContent?.startsWith('Saved on this device'));
    expect(await page.locator('#offline progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([total, total]);

    await context.setOffline(true);
    await openSearch(page, `${server.url}search/`);
    expect(await page.textContent('[data-offline-status]')).toContain('Saved on this device: the whole search index and every decision page');
    await searchFor(page, 'yet');
    expect((await results(page)).map((r) => pathOf(r.href))).toEqual(['/archive/decisions/21-000-259/']);
    await Promise.all([page.waitForURL('**/decisions/21-000-259/**'), page.locator('#search-results h2 a').first().click()]);
    expect(await page.textContent('h1')).toContain('21 000 259');

    expect(requests.some((u) => u === `${server.url}sw.js`)).toBe(true);
    // Every request stays under the sub-path (but the browser's own guess at /favicon.ico: the pages link no icon).
    expect(requests.filter((u) => !u.startsWith(server.url) && new URL(u).pathname !== '/favicon.ico')).toEqual([]);
    expect(foreign()).toEqual([]);
    await context.close();
  });
});

describe('a one-word search’s first page under the sub-path', () => {
  it('is fetched, and its decisions read and linked, under /archive/', async () => {
    // An index of several shards: only then does a one-word search have a first page of its own.
    const sharded = await buildSite({ base: BASE, env: { ARCHIVE_SEARCH_SHARD_SIZE: '1' } });
    if (sharded.code !== 0) throw new Error(sharded.log);
    const served = await serveStatic(sharded.dist, { base: BASE });
    try {
      const { context, foreign } = await recordedContext(browser, { serviceWorkers: 'block' });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await openSearch(page, `${served.url}search/?q=protection`);
      expect(requests).toContain('/archive/search/first-page/0.json');
      expect(requests.filter((p) => /^\/archive\/decisions\/[^/]+\.json$/.test(p)).length).toBeGreaterThan(1);
      const found = await results(page);
      expect(found.length).toBeGreaterThan(1);
      for (const r of found) expect(r.href).toMatch(/^\/archive\/decisions\/\d{2}-\d{3}-\d{3}\/\?(highlight=[a-z]+&?)+#(p\d+|summary)$/);
      expect(await status(page)).toBe(`${found.length} decisions found for “protection”.`);
      expect(foreign()).toEqual([]);
      await context.close();
    } finally {
      await served.close();
    }
  });
});

describe('a network that answers nothing while the browser says it is online', () => {
  it('does not call a word missing when the part of the index that would hold it could not be loaded', async () => {
    const { context } = await recordedContext(browser);
    // navigator.onLine stays true, as on a network that answers nothing (and as Chromium 150's
    // offline emulation leaves it): the page must find out by asking.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'onLine', { get: () => true }));
    const page = await context.newPage();
    await openSearch(page, `${server.url}search/`);
    expect(await waitForServiceWorker(page)).toBe(server.url);
    await searchFor(page, 'violence');
    expect(await results(page)).toHaveLength(5);

    await context.setOffline(true);
    await openSearch(page, `${server.url}search/`);
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    await searchFor(page, 'yet');
    expect(await results(page)).toHaveLength(0);
    expect(await status(page)).toContain('You are offline, and this search may need a part that is not saved on this device');
    await context.close();
  });
});

describe('the service worker on a host that serves more than the archive', () => {
  it('keeps nothing that a page fetches from the same origin outside /archive/', async () => {
    // As on a GitHub Pages user's origin: the archive under /archive/, the user's other sites beside
    // it, all answering 200 (the static server alone answers 404 outside the base, which no cache keeps).
    const host = createServer(async (req, res) => {
      const url = req.url ?? '/';
      if (!url.startsWith(BASE)) {
        res.writeHead(200, { 'Content-Type': url.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8' });
        res.end(url.endsWith('.json') ? '{}' : '<!doctype html><title>Another site</title>');
        return;
      }
      const upstream = await fetch(`${origin}${url}`, { redirect: 'manual' });
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'location']) if (upstream.headers.has(name)) headers[name] = upstream.headers.get(name)!;
      res.writeHead(upstream.status, headers);
      res.end(Buffer.from(await upstream.arrayBuffer()));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    const { context } = await recordedContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${hostOrigin}${BASE}decisions/20-005-525/`);
      expect(await waitForServiceWorker(page)).toBe(`${hostOrigin}${BASE}`);
      const outside = ['/', '/other/', '/other/page/', '/pagefind/pagefind-entry.json', '/other/pagefind/shards.json', '/other/pagefind/fragment/en_1.pf_fragment', '/archive-old/'];
      const inside = `${BASE}decisions/20-006-390/`;
      const cached = await page.evaluate(
        async ({ outside, inside }) => {
          for (const url of [...outside, inside]) expect200(await fetch(url));
          const paths = async () => {
            const out: string[] = [];
            for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) out.push(new URL(request.url).pathname);
            return out;
          };
          // Workbox stores a response after handing it over: wait for the page inside the base to be
          // kept (so the routes are live), then a moment more for anything fetched before it.
          for (let i = 0; i < 100 && !(await paths()).includes(inside); i++) await new Promise((r) => setTimeout(r, 100));
          await new Promise((r) => setTimeout(r, 500));
          return paths();

          function expect200(response: Response) {
            if (response.status !== 200) throw new Error(`${response.url} answered ${response.status}`);
          }
        },
        { outside, inside },
      );
      expect(cached).toContain(inside);
      expect(cached.filter((p) => !p.startsWith(BASE))).toEqual([]);
    } finally {
      await context.close();
      await new Promise((resolve) => host.close(resolve));
    }
  });
});

function size(bytes: number): string {
  return bytes < 100_000 ? `${Math.round(bytes / 1000)} kB` : `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}

