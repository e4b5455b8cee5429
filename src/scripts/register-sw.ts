/**
 * On every page: the service worker that keeps the archive readable offline. Apart from the search
 * page's offline controls (offline.ts), so that other pages load none of their code.
 */
import { baseUrl } from './base-url';

function registerServiceWorker(): void {
  // Not under `astro dev`, which has no service worker to register (MODE, not PROD: a build run
  // with NODE_ENV=test, as vitest sets it, is still a production build).
  if (!('serviceWorker' in navigator) || import.meta.env.MODE === 'development') return;
  const base = baseUrl();
  if (!navigator.serviceWorker.controller) {
    // This page loaded before a service worker controlled it, so what it fetched was not kept.
    // Once one takes control, fetch again, through it, what this page needs offline: the page
    // itself and, on the search page, Pagefind's entry file (both kept network-first; the rest is
    // precached or hashed). The build is read from the page, not built into this script, so that
    // a new build changes no page but the search page (and incremental builds may keep the rest).
    const build = document.querySelector<HTMLElement>('[data-build]')?.dataset.build;
    navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => {
        for (const url of [location.href, ...(build ? [`${base}pagefind/pagefind-entry.json?ts=${build}`] : [])]) {
          fetch(url).catch(() => undefined);
        }
      },
      { once: true },
    );
  }
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    console.warn('Offline reading is unavailable: the service worker did not register.', error);
  });
}

registerServiceWorker();
