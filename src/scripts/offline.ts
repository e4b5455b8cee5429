/**
 * Offline reading, the search page's side (register-sw.ts registers the service worker, which
 * scripts/integrations/service-worker.ts writes at build time): its "Save for offline" control, and
 * whether this device holds what a search needs.
 *
 * The service worker caches what a reader uses. A small archive is precached whole on the first
 * visit; for a larger one, offline.json says how much the whole index and every decision page
 * weigh, and "Save for offline" fetches offline-files.json, which names them, then the files
 * themselves through the service worker, which keeps them.
 */
import pMap from 'p-map';
import * as z from 'zod/mini';
import { OFFLINE_FILES_FILE, OFFLINE_MANIFEST_FILE, OfflineFilesSchema, OfflineManifestSchema, type OfflineManifest } from '../contracts/offline';
import { baseUrl } from './base-url';
import { isOffline } from './connection';
import { formatCount } from '../utils/format';

const SAVED_KEY = 'decisions-archive:offline';
/** What "Save for offline" saved on this device, as localStorage holds it under SAVED_KEY. */
const SavedSchema = z.object({ version: z.string(), pages: z.boolean() });
const CONCURRENCY = 6;

/**
 * The service worker that controls this page, once it does: it claims open pages when it activates,
 * which is after it has precached the shell (or, for a small archive, everything).
 */
function controller(timeout = 20_000): Promise<ServiceWorker | null> {
  if (!('serviceWorker' in navigator)) return Promise.resolve(null);
  if (navigator.serviceWorker.controller) return Promise.resolve(navigator.serviceWorker.controller);
  return new Promise((resolve) => {
    const done = () => resolve(navigator.serviceWorker.controller);
    navigator.serviceWorker.addEventListener('controllerchange', done, { once: true });
    window.setTimeout(done, timeout);
  });
}

let manifestPromise: Promise<OfflineManifest | null> | undefined;

function loadManifest(): Promise<OfflineManifest | null> {
  // Missing or not as this script expects (an old page after a deploy): no offline controls.
  manifestPromise ??= fetch(`${baseUrl()}${OFFLINE_MANIFEST_FILE}`)
    .then(async (r) => (r.ok ? OfflineManifestSchema.parse(await r.json()) : null))
    .catch(() => null);
  return manifestPromise;
}

/** Whether this device holds the whole search index: precached (a small archive) or saved by the reader. */
export async function holdsWholeIndex(): Promise<boolean> {
  const manifest = await loadManifest();
  return Boolean(manifest && (manifest.precached || readSaved()?.version === manifest.version));
}

export async function startOfflineControls(section: HTMLElement, buildId: string): Promise<void> {
  const status = section.querySelector<HTMLElement>('[data-offline-status]')!;
  const save = section.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const pagesBox = section.querySelector<HTMLInputElement>('[data-offline-pages]')!;
  const pagesLabel = section.querySelector<HTMLElement>('[data-offline-pages-label]')!;
  const progress = section.querySelector<HTMLProgressElement>('progress')!;
  const options = section.querySelector<HTMLElement>('[data-offline-options]')!;
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;

  const base = baseUrl();
  const manifest = await loadManifest();
  if (!manifest) return;
  section.hidden = false;

  if (manifest.precached) {
    options.hidden = true;
    status.textContent = `This archive is small enough (${megabytes(manifest.index.bytes + manifest.pages.bytes)}) to keep whole on this device: once this page has loaded, you can search it and read every decision without a connection.`;
    const worker = await controller();
    if (worker) status.textContent = `Saved on this device: you can search this archive and read every decision without a connection.`;
    return;
  }

  const saved = readSaved();
  const describe = () => {
    const total = manifest.index.bytes + (pagesBox.checked ? manifest.pages.bytes : 0);
    save.textContent = `Save for offline (${megabytes(total)})`;
  };
  pagesLabel.textContent = `Also save all ${formatCount(manifest.pages.count)} decision pages (${megabytes(manifest.pages.bytes)}), to read any result offline`;
  pagesBox.addEventListener('change', describe);
  pagesBox.checked = Boolean(saved?.pages);
  describe();
  if (saved?.version === manifest.version) {
    status.textContent = `Saved on this device: the whole search index${saved.pages ? ' and every decision page' : ''}. Pages and searches you use are also kept.`;
    save.textContent = 'Save again';
  } else {
    status.textContent = saved
      ? 'An older copy of this archive is saved on this device. Save it again to bring it up to date.'
      : `Searches and pages you use are kept for offline reading. To search every word offline, save the whole index (${megabytes(manifest.index.bytes)}).`;
  }

  save.addEventListener('click', async () => {
    save.disabled = true;
    pagesBox.disabled = true;
    try {
      if (!(await controller())) throw new Error('no service worker');
      // Ask the browser not to evict what the reader chose to keep (it may say no; it still works).
      await navigator.storage?.persist?.().catch(() => false);
      const listed = await fetch(`${base}${OFFLINE_FILES_FILE}`, { cache: 'no-cache' }).then(async (r) => (r.ok ? OfflineFilesSchema.parse(await r.json()) : null));
      // A deploy between this page's load and the click: save what the page was built with, or nothing.
      if (listed?.version !== manifest.version) throw new ArchiveChanged();
      const files = [
        ...listed.index.map((file) => (file.endsWith('pagefind-entry.json') ? `${base}${file}?ts=${buildId}` : `${base}${file}`)),
        ...(pagesBox.checked ? listed.pages.map((file) => `${base}${file}`) : []),
      ];
      const total = manifest.index.bytes + (pagesBox.checked ? manifest.pages.bytes : 0);
      progress.hidden = false;
      progress.max = total;
      progress.value = 0;
      let done = 0;
      const update = () => {
        progress.value = Math.min(done, total);
        status.textContent = `Saving for offline: ${megabytes(done)} of ${megabytes(total)}…`;
      };
      update();
      await pMap(
        files,
        async (url) => {
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${response.status} for ${url}`);
          done += (await response.arrayBuffer()).byteLength;
          update();
        },
        { concurrency: CONCURRENCY },
      );
      localStorage.setItem(SAVED_KEY, JSON.stringify({ version: manifest.version, pages: pagesBox.checked }));
      progress.value = total;
      status.textContent = `Saved on this device: the whole search index${pagesBox.checked ? ' and every decision page' : ''} (${megabytes(total)}). You can now search every word without a connection.`;
      save.textContent = 'Save again';
    } catch (error) {
      status.textContent = isOffline()
        ? 'Saving needs a connection: try again when you are online.'
        : error instanceof ArchiveChanged
          ? 'This archive has been updated since this page loaded: reload the page, then save again.'
          : 'Saving for offline did not finish. Try again; what was saved is kept.';
    } finally {
      save.disabled = false;
      pagesBox.disabled = false;
    }
  });
}

class ArchiveChanged extends Error {}

function readSaved(): z.infer<typeof SavedSchema> | null {
  try {
    const saved = localStorage.getItem(SAVED_KEY);
    return saved === null ? null : SavedSchema.parse(JSON.parse(saved));
  } catch {
    return null;
  }
}

function megabytes(bytes: number): string {
  return bytes < 100_000 ? `${Math.max(1, Math.round(bytes / 1000))} kB` : `${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}
