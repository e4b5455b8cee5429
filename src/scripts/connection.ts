/**
 * Whether this device is offline, and whether a page is saved on it: what the search page asks
 * before it fetches anything, kept apart from the offline controls (offline.ts) so that asking
 * loads nothing else.
 */
import { baseUrl } from './base-url';

export function isOffline(): boolean {
  return navigator.onLine === false;
}

/**
 * Whether the network answers at all. `navigator.onLine` is false when the device knows it is
 * offline, but stays true on a network that answers nothing, and (Chromium 150) under DevTools'
 * offline emulation: so where it matters, ask. robots.txt is a file the service worker keeps no
 * copy of and a HEAD request one no route of it answers, so only the network can.
 */
export async function networkAnswers(): Promise<boolean> {
  if (isOffline()) return false;
  return fetch(`${baseUrl()}robots.txt`, { method: 'HEAD', cache: 'no-store' }).then(
    () => true,
    () => false,
  );
}

/** Whether a page or file is in one of the service worker's caches (not where the browser keeps no site data). */
export async function isSavedOffline(url: string): Promise<boolean> {
  if (!('caches' in window)) return false;
  const absolute = new URL(url, location.href).href;
  const match = (key: string) => caches.match(key, { ignoreSearch: true }).catch(() => undefined);
  return Boolean((await match(absolute)) ?? (await match(absolute.endsWith('/') ? `${absolute}index.html` : absolute)));
}
