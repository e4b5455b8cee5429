/**
 * Search in headless chromium: a cold visit to /search/?q=… per query, with service workers blocked
 * (the search's own cost) and allowed (a first visit as shipped, with its precache): milliseconds to
 * the first result, and the bytes a TCP proxy in front of the static server saw.
 */
import { readFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../lib/serve';
import { distinctiveName } from '../../src/utils/authority-name';
import { parseReference } from '../../src/utils/reference';
import { parseQuery } from '../../src/utils/search-query';
import { median, round } from './format';

/** How long a window is left open before the second visit: the browser's own start was over by then in traces. */
const OPEN_WINDOW_IDLE_MS = 1000;

/** Where the bench serves its bare page (bareSearchPage), beside the archive it measures. */
const BARE_PAGE = '__bench-pagefind-alone/';
/** The element the bare page shows an error in, instead of a result. */
const BARE_PAGE_ERROR = 'bare-page-error';

/**
 * A page with nothing of the archive's but Pagefind: it asks the newest shard what the search page
 * asks it first (src/scripts/search/engine.ts: each word loose and exact at once, then the words
 * together) and shows the first result's title. What the search page adds to the time to its first
 * result is the difference: its own page, styles and scripts, and what it does with the answer.
 */
function bareSearchPage(base: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind alone</title>
<script type="module">
try {
  const words = new URLSearchParams(location.search).getAll('word');
  const pagefind = await import('${base}pagefind/pagefind.js');
  const pf = pagefind.createInstance({ basePath: '${base}pagefind/', baseUrl: '${base}', excerptLength: 30 });
  const answers = await Promise.all(words.flatMap((w) => [pf.search(w), pf.search('"' + w + '"')]));
  const ranked = words.length === 1 ? answers[0] : await pf.search(words.join(' '));
  const first = ranked.results[0];
  if (!first) throw new Error('no result');
  const list = document.createElement('ol');
  list.id = 'search-results';
  const item = document.createElement('li');
  item.textContent = (await first.data()).meta.title;
  list.append(item);
  document.body.append(list);
} catch (error) {
  const p = document.createElement('p');
  p.id = '${BARE_PAGE_ERROR}';
  p.textContent = String(error);
  document.body.append(p);
}
</script></head><body></body></html>`;
}

/** The words the bare page asks for, as the search page reads them; null for a query it cannot ask (a reference, a phrase). */
function bareWords(query: string): string[] | null {
  const parsed = parseQuery(query);
  return parsed.kind === 'text' && parsed.words.length && !parsed.phrases.length ? parsed.words : null;
}

/** What a host would gzip: Pagefind's own index files are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|csv|webmanifest)$/;

export interface SearchResult {
  query: string;
  /** false: service workers blocked, the search's own cost; true: the first visit as shipped, with its precache. */
  serviceWorker: boolean;
  ok: boolean;
  error?: string;
  /** performance.now() in the page (from navigation start) when the first result appeared, in a window just opened. */
  msToFirstResult?: number;
  /**
   * The same, visited again in a fresh context whose window had been open and idle for a second
   * (service worker blocked only): a new window's own start (Chromium's browser interface, in a
   * renderer of its own) takes much of two cores while the first page loads. With --repeat, the
   * median of that many visits.
   */
  msToFirstResultOpenWindow?: number;
  /** With --repeat: each visit's time in a window already open, in order (the figure is their median). */
  openWindowSamples?: number[];
  /** With --repeat: each bare page's time, in order, taken in turn with the visits above. */
  pagefindAloneSamples?: number[];
  /** Why the visit in a window already open failed, when it did. */
  openWindowError?: string;
  /**
   * The floor under the page's figure: a bare page that asks Pagefind's newest shard what the search
   * page asks it first, then shows the first result's title, in a window already open (service worker
   * blocked; not for a reference, which opens its decision instead, nor for a phrase). With
   * --repeat, the median of that many, each taken just before a visit to the search page.
   */
  msToFirstResultPagefindAlone?: number;
  /**
   * When the search had finished (every shard answered, the first page final), from navigation
   * start; and whether the result shown first was still first then. The newest shard's results show
   * first, and a better-ranked result from an older shard takes their place when it arrives.
   */
  msToSettled?: number;
  /** Only where results showed before the search finished (the newest shard's, while the others were asked). */
  firstResultKept?: boolean;
  /** The page's status when the search finished ("… decisions found", or what went wrong). */
  settledStatus?: string;
  /** Why no finish was seen, when none was. */
  settledError?: string;
  /** Why the bare page's visit failed, when it did. */
  pagefindAloneError?: string;
  /** Bytes over the wire (headers and bodies, as served, uncompressed) until the first result. */
  bytesToFirstResult?: number;
  /** The same, estimated for a host that gzips text (HTML, JS, CSS, JSON); Pagefind's files are already compressed. Service worker blocked only. */
  gzipBytesToFirstResult?: number;
  /** Everything the first visit fetched once the network was quiet (including a service worker's precache). */
  bytesAfterIdle?: number;
  requests?: number;
  status?: string;
  byKind?: Record<string, { requests: number; bytes: number }>;
  /** Milliseconds from navigation start: the page's DOMContentLoaded, and when the last file of each kind had arrived by the first result. */
  timeline?: Record<string, number>;
}

/** A TCP proxy in front of the static server that counts every byte sent to the browser. */
async function countingProxy(target: URL): Promise<{ url: string; bytes: () => number; reset: () => void; close: () => Promise<void> }> {
  let count = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    upstream.on('data', (chunk: Buffer) => (count += chunk.length));
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    bytes: () => count,
    reset: () => (count = 0),
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The queries with @council and @reference replaced from the built archive's decisions.json: the
 * decision in the middle of the list (not the newest, whose shard is searched first), its council by
 * its distinctive name ("Barnet") and its reference.
 */
export async function resolveQueries(dist: string, queries: string[]): Promise<string[]> {
  if (!queries.some((q) => q.startsWith('@'))) return queries;
  const all = JSON.parse(await readFile(path.join(dist, 'decisions.json'), 'utf8')) as { reference: string; authority: { name: string } }[];
  const middle = all[Math.floor(all.length / 2)];
  if (!middle) return queries.filter((q) => !q.startsWith('@'));
  return queries.map((q) => (q === '@council' ? distinctiveName(middle.authority.name) : q === '@reference' ? middle.reference : q));
}

export async function searchCost(dist: string, queries: string[], onQuery: (q: string) => void, onBrowser?: (version: string) => void, repeat = 1): Promise<SearchResult[]> {
  const words = await resolveQueries(dist, queries);
  const { launchChromium } = await import('../../test/browser/chromium');
  const server = await serveStatic(dist);
  const proxy = await countingProxy(new URL(server.url));
  const browser = await launchChromium();
  onBrowser?.(browser.version());
  const gzipCache = new Map<string, number>();
  const gzipSize = async (url: string, raw: number): Promise<number> => {
    const pathname = decodeURIComponent(new URL(url).pathname);
    let file = path.join(dist, pathname);
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (!COMPRESSIBLE.test(file)) return raw;
    if (!gzipCache.has(file)) gzipCache.set(file, await readFile(file).then((b) => gzipSync(b, { level: 6 }).length, () => raw));
    return gzipCache.get(file)!;
  };
  const results: SearchResult[] = [];
  try {
    // One visit first, not measured, to the search page with no query: the first query would
    // otherwise alone pay for the browser's first window and for the page's own files (HTML,
    // scripts, styles) coming cold from the disk, which every later query finds warm.
    const warm = await browser.newContext({ serviceWorkers: 'block' });
    await (await warm.newPage()).goto(`${proxy.url}search/`, { waitUntil: 'load', timeout: 60_000 });
    await warm.close();
    for (const query of words) {
      for (const serviceWorkers of ['block', 'allow'] as const) {
        onQuery(`${query} (service worker ${serviceWorkers === 'block' ? 'blocked' : 'allowed'})`);
        // Pagefind alone first, then in a window already open: whatever a visit leaves warm (the
        // system's file cache) favours the visits after it, and so the figures kept from earlier
        // runs, not the floor.
        // Taken in turn, `repeat` times: a spell of the machine then weighs on both alike.
        const alone: SearchResult[] = [];
        const open: SearchResult[] = [];
        for (let i = 0; serviceWorkers === 'block' && i < repeat; i++) {
          if (bareWords(query)) alone.push(await searchOnce(query, serviceWorkers, OPEN_WINDOW_IDLE_MS, BARE_PAGE));
          open.push(await searchOnce(query, serviceWorkers, OPEN_WINDOW_IDLE_MS));
        }
        const result = await searchOnce(query, serviceWorkers);
        const failed = (visits: SearchResult[]) => visits.find((v) => !v.ok)?.error;
        if (open.length && !failed(open)) {
          result.msToFirstResultOpenWindow = median(open.map((v) => v.msToFirstResult!))!;
          if (repeat > 1) result.openWindowSamples = open.map((v) => v.msToFirstResult!);
        } else if (open.length) result.openWindowError = failed(open);
        if (alone.length && !failed(alone)) {
          result.msToFirstResultPagefindAlone = median(alone.map((v) => v.msToFirstResult!))!;
          if (repeat > 1) result.pagefindAloneSamples = alone.map((v) => v.msToFirstResult!);
        } else if (alone.length) result.pagefindAloneError = failed(alone);
        results.push(result);
      }
    }
  } finally {
    await browser.close();
    await proxy.close();
    await server.close();
  }
  return results;

  /**
   * One cold visit (a fresh browser context: empty cache, no service worker yet); with `idleMs`, in
   * a window left open and idle that long first; with `pagePath`, that page instead of the search page.
   */
  async function searchOnce(query: string, serviceWorkers: 'block' | 'allow', idleMs = 0, pagePath = 'search/'): Promise<SearchResult> {
    const context = await browser.newContext({ serviceWorkers });
    const page = await context.newPage();
    if (pagePath === BARE_PAGE) {
      const base = new URL(proxy.url).pathname;
      // Once: Playwright intercepts every request while a route is set (and turns the cache off),
      // which would slow Pagefind's own requests on this page alone.
      await page.route(`${proxy.url}${BARE_PAGE}**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: bareSearchPage(base) }), { times: 1 });
    }
    if (idleMs) await page.waitForTimeout(idleMs);
    await page.addInitScript(() => {
      const w = window as unknown as { __firstResult?: number; __firstLink?: string; __early?: boolean; __settled?: number; __settledLink?: string; __settledStatus?: string };
      // No named functions in here: the bundler would wrap them in a helper the page does not have.
      new MutationObserver(() => {
        if (w.__firstResult === undefined && document.querySelector('#search-results li')) {
          w.__firstResult = performance.now();
          w.__firstLink = document.querySelector<HTMLAnchorElement>('#search-results li a')?.href ?? '';
          (window as unknown as { __firstResultSeen?: () => void }).__firstResultSeen?.();
        }
        // Results shown while the older shards are still asked: the page says so in its status.
        if (w.__settled === undefined && document.getElementById('search-status')?.textContent?.startsWith('Searching the rest')) w.__early = true;
        // The search page marks each finished search on its form (data-searched): every shard has
        // answered, and the first page is final.
        if (w.__settled === undefined && document.querySelector('form[data-searched]')) {
          w.__settled = performance.now();
          w.__settledStatus = document.getElementById('search-status')?.textContent?.trim() ?? '';
          w.__settledLink = document.querySelector<HTMLAnchorElement>('#search-results li a')?.href ?? '';
        }
      }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-searched'] });
    });
    // The moment the page shows its first result, as this process sees it: what had been sent by
    // then is the cost of the first results (requests still arriving after it are not).
    let firstAt: number | null = null;
    let proxyAtFirst = 0;
    const seeFirst = () => {
      if (firstAt !== null) return;
      firstAt = performance.now();
      proxyAtFirst = proxy.bytes();
    };
    await page.exposeBinding('__firstResultSeen', seeFirst);
    // Sizes as the page saw them; with the service worker allowed, its own fetches only show in
    // the proxy's count.
    const fetched: { url: string; bytes: number; gzip: number; at: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      const at = performance.now();
      pending.push(
        request.sizes().then(async (s) => {
          const body = s.responseBodySize;
          fetched.push({ url: request.url(), bytes: body + s.responseHeadersSize, gzip: (await gzipSize(request.url(), body)) + s.responseHeadersSize, at });
        }, () => undefined),
      );
    });
    const base: SearchResult = { query, serviceWorker: serviceWorkers === 'allow', ok: false };
    try {
      proxy.reset();
      const started = performance.now();
      await page.goto(`${proxy.url}${pagePath}?${pageQuery(query, pagePath)}`, { waitUntil: 'commit', timeout: 60_000 });
      let ms: number;
      if (parseReference(query)) {
        // A reference opens its decision: the time to that page, measured from here (the page's own
        // clock starts again with it).
        await page.waitForURL(/\/decisions\/[^/]+\/$/, { timeout: 60_000, waitUntil: 'domcontentloaded' });
        seeFirst();
        ms = performance.now() - started;
      } else {
        await page.waitForSelector(`#search-results li, #${BARE_PAGE_ERROR}`, { timeout: 60_000 });
        const bareError = await page.textContent(`#${BARE_PAGE_ERROR}`, { timeout: 1 }).catch(() => null);
        if (bareError !== null) throw new Error(`the bare page: ${bareError}`);
        ms = await page.evaluate(() => (window as unknown as { __firstResult?: number }).__firstResult ?? performance.now());
      }
      seeFirst();
      const bytesToFirstResult = proxyAtFirst;
      const entries = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const resources = performance.getEntriesByType('resource').map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd }));
        return { domContentLoaded: nav?.domContentLoadedEventEnd ?? 0, resources };
      });
      const timeline: Record<string, number> = { DOMContentLoaded: round(entries.domContentLoaded, 0) };
      for (const r of entries.resources) {
        if (r.end > ms) continue;
        const kind = requestKind(r.name);
        timeline[kind] = Math.max(timeline[kind] ?? 0, round(r.end, 0));
      }
      timeline['first result'] = round(ms, 0);
      await Promise.all(pending);
      const byFirst = fetched.filter((f) => f.at <= firstAt!);
      const firstCount = byFirst.length;
      const gzipToFirst = byFirst.reduce((s, f) => s + f.gzip, 0);
      const statusText = ((await page.textContent('#search-status').catch(() => '')) ?? '').trim();
      await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
      await page.waitForTimeout(1500);
      await Promise.all(pending);
      let settled: Pick<SearchResult, 'msToSettled' | 'firstResultKept' | 'settledStatus' | 'settledError'> = {};
      if (!parseReference(query) && pagePath === 'search/') {
        settled = await page
          .waitForFunction(() => (window as unknown as { __settled?: number }).__settled !== undefined, null, { timeout: 60_000 })
          .then(() =>
            page.evaluate(() => {
              const w = window as unknown as { __firstLink?: string; __early?: boolean; __settled?: number; __settledLink?: string; __settledStatus?: string };
              return { msToSettled: w.__settled!, firstResultKept: w.__early ? w.__firstLink === w.__settledLink : undefined, settledStatus: w.__settledStatus };
            }),
          )
          .then((r) => ({ ...r, msToSettled: round(r.msToSettled, 0) }))
          .catch((error: unknown) => ({ settledError: `the search did not finish: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }));
      }
      const byKind: Record<string, { requests: number; bytes: number }> = {};
      for (const f of byFirst) {
        const kind = requestKind(f.url);
        const k = (byKind[kind] ??= { requests: 0, bytes: 0 });
        k.requests++;
        k.bytes += f.bytes;
      }
      return { ...base, ok: true, msToFirstResult: round(ms, 0), bytesToFirstResult, gzipBytesToFirstResult: serviceWorkers === 'block' ? gzipToFirst : undefined, bytesAfterIdle: proxy.bytes(), requests: firstCount, status: statusText, byKind, timeline, ...settled };
    } catch (error) {
      return { ...base, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    } finally {
      await context.close();
    }
  }
}

/** The search page's query string; the bare page's, the words as the search page reads them ("Telford & Wrekin": "telford", "wrekin"). */
function pageQuery(query: string, pagePath: string): string {
  if (pagePath !== BARE_PAGE) return `q=${encodeURIComponent(query)}`;
  return new URLSearchParams((bareWords(query) ?? []).map((w) => ['word', w])).toString();
}

export function requestKind(url: string): string {
  const p = new URL(url).pathname;
  if (p.includes('/pagefind/')) {
    // The newest shard at pagefind/, the others at pagefind/shards/<shard>/.
    const inBundle = p.replace(/^.*\/pagefind\/(shards\/[^/]+\/)?/, '');
    if (inBundle.startsWith('index/')) return 'pagefind index chunks';
    if (inBundle.startsWith('fragment/')) return 'pagefind fragments';
    if (inBundle.startsWith('filter/')) return 'pagefind filters';
    if (inBundle.endsWith('.pf_meta')) return 'pagefind meta';
    if (inBundle.startsWith('wasm.')) return 'pagefind wasm';
    if (inBundle.endsWith('.json')) return 'pagefind entry files';
    return 'pagefind runtime';
  }
  if (p.endsWith('/') || p.endsWith('.html')) return 'html';
  return p.split('.').pop() ?? 'other';
}

