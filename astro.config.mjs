// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { BuildReporter } from './scripts/integrations/build-report.ts';
import { decisionJson, isDecisionJson } from './scripts/integrations/decision-json.ts';
import { firstPage } from './scripts/integrations/first-page.ts';
import { responseHeaders } from './scripts/integrations/headers.ts';
import { isSearchIndexFile, pagefindIndex } from './scripts/integrations/pagefind.ts';
import { pruneEarlierBuilds } from './scripts/integrations/prune.ts';
import { serviceWorker } from './scripts/integrations/service-worker.ts';
import { readConfig, SITE_UNSET } from './src/config.ts';

// ARCHIVE_SITE sets canonical URLs, the sitemap and feeds, and when it is unset Astro has no `site`
// and the pages leave them out (src/utils/url.ts, SITE); ARCHIVE_BASE hosts the archive under a
// sub-path (e.g. a GitHub Pages project site).
const { ARCHIVE_SITE: site, ARCHIVE_BASE: base, ARCHIVE_CACHE_DIR: cacheDir } = readConfig();
// What the build did, as data (scripts/lib/build-report.ts): the archive's integrations time their
// steps with it, and its own integration, last, writes it.
const report = new BuildReporter();

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // After the pages are written: what earlier builds left, then the hosts' _headers, the sitemap,
  // each decision's JSON, the Pagefind search index, the first pages of searches of words, and the service worker that caches it
  // (integrations' build:done hooks run in this order).
  // The sitemap only with the site's address: it lists absolute URLs.
  integrations: [
    // Each decision's JSON and the search index are kept up to date by their own steps.
    pruneEarlierBuilds(report, [isDecisionJson, isSearchIndexFile]),
    responseHeaders(),
    mdx(),
    ...(site ? [sitemap()] : [siteUnset()]),
    decisionJson(report),
    pagefindIndex(report),
    firstPage(report),
    serviceWorker(report),
    report.integration(),
  ],
  devToolbar: { enabled: false },
  // A decision's page whose cacheKey (src/data/decisions.ts) and code are unchanged is kept from the
  // last build in cacheDir instead of rendered again: a rebuild after new statements renders theirs.
  experimental: { incrementalBuild: true },
  // Tests and benchmarks build several archives side by side; each gets its own cache.
  ...(cacheDir ? { cacheDir } : {}),
  // External stylesheets only: the Content-Security-Policy allows no inline style or script.
  // Eight pages rendered at once overlap one page's file I/O with another's rendering: at 3,000
  // decisions the routes took 8.3 s instead of 11.8 s (BENCHMARKS.md); more gained nothing.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // …and external scripts only, however small (Astro would otherwise inline a small module).
  // The output folder is not emptied first: pages the incremental build keeps stay in place, and
  // scripts/integrations/prune.ts removes what this build did not write.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
});

/** Says once per build that the archive is built without its address, and what is left out. */
function siteUnset() {
  return /** @type {import('astro').AstroIntegration} */ ({
    name: 'archive:site',
    hooks: { 'astro:build:start': ({ logger }) => logger.warn(SITE_UNSET) },
  });
}
