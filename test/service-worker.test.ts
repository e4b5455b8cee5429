/**
 * The service worker's runtime routes, as sw.js holds them: Workbox writes each matcher's source
 * text into sw.js, so each is evaluated here from that text alone, with the registration a worker
 * at /archive/sw.js has. (test/subpath.test.ts checks the same in chromium against a real build.)
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { runtimeCaching } from '../scripts/integrations/service-worker';

const SCOPE = 'https://example.github.io/archive/';

type Matcher = (options: { url: URL; request: { mode: string }; sameOrigin: boolean }) => boolean;

/** Each route's matcher, compiled from its source text as sw.js holds it, in a worker's global. */
function matchers(): { cacheName: string; match: Matcher }[] {
  return runtimeCaching().map((route) => {
    const source = String(route.urlPattern);
    const match = vm.runInNewContext(`(${source})`, { self: { registration: { scope: SCOPE } } }) as Matcher;
    return { cacheName: route.options?.cacheName ?? '', match };
  });
}

/** The cache a same-origin request would be kept in: the first route that matches, as Workbox routes. */
function cacheFor(href: string, mode = 'cors'): string | null {
  const url = new URL(href);
  const route = matchers().find((m) => m.match({ url, request: { mode }, sameOrigin: url.origin === new URL(SCOPE).origin }));
  return route?.cacheName ?? null;
}

describe('the service worker caches only what is under its scope, the archive base', () => {
  it('keeps the archive’s pages and search index as they are used', () => {
    expect(cacheFor(`${SCOPE}pagefind/pagefind-entry.json?ts=1`)).toBe('archive-search-entry');
    expect(cacheFor(`${SCOPE}pagefind/shards.json`)).toBe('archive-search-entry');
    expect(cacheFor(`${SCOPE}pagefind/fragment/en_1234.pf_fragment`)).toBe('archive-search-index');
    expect(cacheFor(`${SCOPE}decisions/20-005-525/`)).toBe('archive-pages');
    expect(cacheFor(`${SCOPE}decisions/20-005-525/`, 'navigate')).toBe('archive-pages');
  });

  it('keeps nothing of the same origin outside the base: another project’s pages, index or files', () => {
    for (const href of [
      'https://example.github.io/',
      'https://example.github.io/other/',
      'https://example.github.io/other/pagefind/pagefind-entry.json',
      'https://example.github.io/other/pagefind/fragment/en_1.pf_fragment',
      'https://example.github.io/pagefind/shards.json',
      // A path that only begins like the base is not under it.
      'https://example.github.io/archive-old/decisions/1/',
      'https://example.github.io/archive',
    ]) {
      expect(cacheFor(href), href).toBeNull();
      expect(cacheFor(href, 'navigate'), href).toBeNull();
    }
  });

  it('keeps nothing from another origin, even under a path like the base', () => {
    expect(cacheFor('https://elsewhere.example/archive/decisions/1/', 'navigate')).toBeNull();
    expect(cacheFor('https://elsewhere.example/archive/pagefind/pagefind-entry.json')).toBeNull();
  });
});
