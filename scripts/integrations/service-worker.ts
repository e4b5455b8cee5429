/**
 * Offline reading: a Workbox service worker (workbox-build's generateSW, the generator behind
 * vite-plugin-pwa) written at the end of `astro build`, after the Pagefind index exists.
 *
 * - The site shell (scripts, styles, the home and search pages, the Pagefind runtime, its metadata
 *   and filters) is precached when the service worker installs, on the first visit.
 * - A small archive, whose pages and whole index together weigh at most ARCHIVE_OFFLINE_LIMIT_MB
 *   (default 10 MB), is precached whole: after the first visit every word can be searched and every
 *   result opened without a network.
 * - A larger archive caches index chunks and pages as they are used. `offline.json` says how much
 *   the whole index and every decision page weigh, for the search page's "Save for offline", and
 *   `offline-files.json` names them: it grows with the archive, so only "Save" fetches it.
 *
 * Everything here is derived from file contents only, so two identical builds give the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { generateSW, type RuntimeCaching } from 'workbox-build';
import { readConfig } from '../../src/config.ts';
import { FIRST_PAGE_DIR } from '../../src/contracts/first-page.ts';
import { OFFLINE_FILES_FILE, OFFLINE_MANIFEST_FILE, type OfflineFiles, type OfflineManifest } from '../../src/contracts/offline.ts';
import { archive } from '../../src/data/archive.ts';
import { filesBelow } from '../../src/data/tree.ts';
import type { BuildReporter } from './build-report.ts';
import { isDecisionJson } from './decision-json.ts';
import { withTrailingSlash } from '../../src/utils/base-path.ts';

/** Pagefind's ready-made UIs, which the archive does not use. */
const UNUSED = /^pagefind\/(pagefind-ui|pagefind-modular-ui|pagefind-component-ui|pagefind-highlight)\./;
/** Files whose names (or, for search shards, folders) carry a content hash: their URL is their revision. */
const HASHED = /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\..+\.pf_meta$|pagefind\/shards\/)/;

interface FileInfo {
  file: string;
  size: number;
}

export function serviceWorker(report: BuildReporter): AstroIntegration {
  let base = '/';
  return {
    name: 'archive:service-worker',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': ({ dir, logger }) => report.phase('service worker', async () => {
        const site = fileURLToPath(dir);
        // Sizes only: at 60,000 decisions, reading every page and index file would mean gigabytes.
        // What must be hashed (revisions of what is precached, and the version) is read below.
        const files = await listFiles(site, (file) => file.endsWith('.html') || file.startsWith('_astro/') || file.startsWith('pagefind/') || file.startsWith(FIRST_PAGE_DIR) || isDecisionJson(file));
        const hashOf = memoHash(site);
        const limitBytes = Math.round(readConfig().ARCHIVE_OFFLINE_LIMIT_MB * 1_000_000);

        // Pagefind writes a WebAssembly build per language; keep the ones its entry file names.
        const entry = JSON.parse(await readFile(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string }> };
        const wasm = new Set(Object.values(entry.languages).map((l) => `pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`));
        const index = files.filter((f) => f.file.startsWith('pagefind/') && !UNUSED.test(f.file) && (!f.file.startsWith('pagefind/wasm.') || wasm.has(f.file)));
        // The pages a search result can open: the decisions.
        const decisionPages = new Set(archive().decisions.map((d) => `decisions/${d.slug}/index.html`));
        const pages = files.filter((f) => decisionPages.has(f.file));
        const assets = files.filter((f) => f.file.startsWith('_astro/'));
        const html = files.filter((f) => f.file.endsWith('.html'));
        // A search's first page (src/contracts/first-page.ts) and the decisions' text its results
        // land in: kept with a small archive, so that a search offline reads it as online. (A large
        // archive's saved index answers offline searches without it: the page does not ask for it.)
        const firstPage = files.filter((f) => f.file.startsWith(FIRST_PAGE_DIR) || isDecisionJson(f.file));
        const everything = [...html, ...assets, ...index, ...firstPage];
        const precached = sum(everything) <= limitBytes;

        // The index's files are named by their content, but for a few, which are read; and
        // pagefind/shards.json holds a key of every decision page's bytes (the search shards'),
        // so the version changes with the index and with any decision page.
        const version = hash(JSON.stringify(await Promise.all(index.map(async (f) => [f.file, f.size, HASHED.test(f.file) ? '' : await hashOf(f.file)])))).slice(0, 16);
        const manifest: OfflineManifest = {
          version,
          precached,
          limitBytes,
          index: { bytes: sum(index), count: index.length },
          pages: { bytes: sum(pages), count: pages.length },
        };
        const manifestJson = `${JSON.stringify(manifest)}\n`;
        await writeFile(path.join(site, OFFLINE_MANIFEST_FILE), manifestJson);
        const offlineFiles: OfflineFiles = { version, index: index.map((f) => f.file), pages: pages.map((f) => f.file.replace(/index\.html$/, '')) };
        await writeFile(path.join(site, OFFLINE_FILES_FILE), `${JSON.stringify(offlineFiles)}\n`);

        // A large archive's shell leaves out pagefind-entry.json, which names the current index: it is
        // fetched network-first (below), so that after a new deploy the index chunks it names, not
        // a precached old list of them, are the ones asked for. A small archive precaches the
        // whole index, old or new, consistently.
        const shell = [
          ...files.filter((f) => ['index.html', 'search/index.html', '404.html'].includes(f.file)),
          ...assets,
          // The runtime, and what every search reads first: the list of shards, each shard's entry file
          // (the older shards'; their folders are content-hashed), WebAssembly (each shard is an
          // index of its own), metadata and filters.
          ...index.filter((f) => /^pagefind\/(pagefind\.js|pagefind-worker\.js|(shards\/[^/]+\/)?wasm\.[^/]+\.pagefind|shards\.json|shards\/[^/]+\/pagefind-entry\.json|(shards\/[^/]+\/)?(pagefind\..+\.pf_meta|filter\/.+))$/.test(f.file)),
        ];
        const precache = await Promise.all(
          [...(precached ? everything : shell), { file: OFFLINE_MANIFEST_FILE, size: manifestJson.length }]
            .sort((a, b) => (a.file < b.file ? -1 : 1))
            .map(async (f) => ({ url: f.file, revision: HASHED.test(f.file) ? null : (await hashOf(f.file)).slice(0, 16), size: f.size })),
        );
        const precacheBytes = precache.reduce((n, f) => n + f.size, 0);

        const { warnings } = await generateSW({
          swDest: path.join(site, 'sw.js'),
          // The precache list is ours (above); workbox needs a folder all the same.
          globDirectory: site,
          globPatterns: [],
          additionalManifestEntries: precache.map(({ url, revision }) => ({ url, revision })),
          // A static site: no query string changes a file (/search/?q=… is search/index.html, and
          // Pagefind's ?ts= tag only keeps pagefind-entry.json out of stale HTTP caches).
          ignoreURLParametersMatching: [/.*/],
          directoryIndex: 'index.html',
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          disableDevLogs: true,
          cacheId: 'decisions-archive',
          maximumFileSizeToCacheInBytes: 100_000_000,
          runtimeCaching: runtimeCaching(),
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `service worker for ${base}: ${precache.length} files (${(precacheBytes / 1e6).toFixed(2)} MB) precached; ` +
            (precached
              ? 'the whole archive is available offline after the first visit'
              : `the archive (${(sum(everything) / 1e6).toFixed(1)} MB) is over ${(limitBytes / 1e6).toFixed(1)} MB, so readers save it with "Save for offline"`),
        );
        report.record({
          serviceWorker: {
            precache: { files: precache.length, bytes: precacheBytes },
            wholeArchive: precached,
            index: { files: index.length, bytes: manifest.index.bytes },
            decisionPages: { files: pages.length, bytes: manifest.pages.bytes },
          },
        });
      }),
    },
  };
}

/** The service worker's global, as the matchers below see it in sw.js (they never run in this process). */
declare const self: { registration: { scope: string } };

/**
 * What the service worker caches as it is used. Workbox writes each `urlPattern` into sw.js as its
 * source text, so a matcher can use nothing from this module (not even the base): each reads its
 * scope from the registration instead, which is the base (src/scripts/register-sw.ts registers it so,
 * and a worker at <base>sw.js cannot be given a wider one without a header). Only URLs under it are
 * cached: on a host that serves other sites beside the archive (a GitHub Pages project site shares
 * its origin with the user's other projects), their pages and files are not the archive's to keep.
 */
export function runtimeCaching(): RuntimeCaching[] {
  return [
    {
      // Which index files to use: fresh when online, the last one seen when offline.
      urlPattern: ({ url }) =>
        url.href.startsWith(self.registration.scope) && /\/pagefind\/(pagefind-entry|shards)\.json$/.test(url.pathname),
      handler: 'NetworkFirst',
      options: { cacheName: 'archive-search-entry', networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true } },
    },
    {
      // Index chunks, fragments and filters have content-hashed names (and merged shards
      // content-hashed folders): cache them as used.
      urlPattern: ({ url }) => url.href.startsWith(self.registration.scope) && /\/pagefind\/.+/.test(url.pathname),
      handler: 'CacheFirst',
      options: { cacheName: 'archive-search-index', cacheableResponse: { statuses: [200] } },
    },
    {
      // Pages: the network first, so a reader online sees the newest; visited pages stay readable offline.
      urlPattern: ({ url, request }) =>
        url.href.startsWith(self.registration.scope) && (request.mode === 'navigate' || url.pathname.endsWith('/')),
      handler: 'NetworkFirst',
      options: { cacheName: 'archive-pages', networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true }, cacheableResponse: { statuses: [200] } },
    },
  ];
}

/**
 * Every file under root that `keep` names, in tree order, with its size. Many sizes are asked for
 * at once: one at a time, the 200,000 files of an archive of 60,000 took 15–20 s of waiting.
 */
async function listFiles(root: string, keep: (file: string) => boolean): Promise<FileInfo[]> {
  const files = (await filesBelow(root)).filter(({ path: file, entry }) => entry.isFile() && keep(file));
  return pMap(files, async ({ path: file }) => ({ file, size: (await stat(path.join(root, file))).size }), { concurrency: STAT_CONCURRENCY });
}

const STAT_CONCURRENCY = 64;

/** The SHA-256 of a file of the site, read once however often it is asked for. */
function memoHash(root: string): (file: string) => Promise<string> {
  const seen = new Map<string, Promise<string>>();
  return (file) => {
    let digest = seen.get(file);
    if (!digest) seen.set(file, (digest = readFile(path.join(root, file)).then(hash)));
    return digest;
  };
}

function hash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function sum(files: FileInfo[]): number {
  return files.reduce((n, f) => n + f.size, 0);
}
