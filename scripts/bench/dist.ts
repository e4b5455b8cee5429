/** What a build wrote: the site's size and shape, and Astro's data store. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface SizeOfKind {
  kind: string;
  count: number;
  bytes: number;
  maxBytes: number;
  meanBytes: number;
  maxPath: string;
}

export interface DistStats {
  bytes: number;
  files: number;
  folders: number;
  largestFolder: { path: string; entries: number };
  topLevel: { path: string; bytes: number; files: number }[];
  kinds: SizeOfKind[];
  largestHtml: { path: string; bytes: number }[];
  /** The largest HTML page that is not a decision: what must not grow with N. */
  largestOtherHtml: { path: string; bytes: number } | null;
  pagefind: { files: number; bytes: number; indexChunks: number; fragments: number; filterBytes: number; metaBytes: number; entryJsonBytes: number } | null;
}

export async function distStats(dist: string): Promise<DistStats> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const folderEntries = new Map<string, number>();
  const topLevel = new Map<string, { bytes: number; files: number }>();
  const kinds = new Map<string, SizeOfKind>();
  const html: { path: string; bytes: number }[] = [];
  let bytes = 0;
  let files = 0;
  let folders = 0;
  const pagefind = { files: 0, bytes: 0, indexChunks: 0, fragments: 0, filterBytes: 0, metaBytes: 0, entryJsonBytes: 0 };
  for (const entry of entries) {
    const parent = path.relative(dist, entry.parentPath);
    folderEntries.set(parent, (folderEntries.get(parent) ?? 0) + 1);
    if (entry.isDirectory()) {
      folders++;
      continue;
    }
    if (!entry.isFile()) continue;
    const rel = path.join(parent, entry.name);
    const size = (await stat(path.join(dist, rel))).size;
    bytes += size;
    files++;
    const top = rel.includes('/') ? `${rel.split('/')[0]}/` : '(root files)';
    const t = topLevel.get(top) ?? { bytes: 0, files: 0 };
    t.bytes += size;
    t.files++;
    topLevel.set(top, t);
    if (rel.startsWith('pagefind/')) {
      pagefind.files++;
      pagefind.bytes += size;
      // The newest shard at pagefind/, the others at pagefind/shards/<shard>/.
      if (/^pagefind\/(shards\/[^/]+\/)?index\//.test(rel)) pagefind.indexChunks++;
      else if (/^pagefind\/(shards\/[^/]+\/)?fragment\//.test(rel)) pagefind.fragments++;
      else if (/^pagefind\/(shards\/[^/]+\/)?filter\//.test(rel)) pagefind.filterBytes += size;
      else if (rel.endsWith('.pf_meta')) pagefind.metaBytes += size;
      else if (rel === 'pagefind/pagefind-entry.json') pagefind.entryJsonBytes = size;
      continue;
    }
    if (rel.startsWith('_astro/')) continue;
    const kind = fileKind(rel);
    const k = kinds.get(kind) ?? { kind, count: 0, bytes: 0, maxBytes: 0, meanBytes: 0, maxPath: '' };
    k.count++;
    k.bytes += size;
    if (size > k.maxBytes) {
      k.maxBytes = size;
      k.maxPath = rel;
    }
    kinds.set(kind, k);
    if (rel.endsWith('.html')) html.push({ path: rel, bytes: size });
  }
  const largest = [...folderEntries.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  html.sort((a, b) => b.bytes - a.bytes);
  return {
    bytes,
    files,
    folders,
    largestFolder: { path: largest[0] || '.', entries: largest[1] },
    topLevel: [...topLevel.entries()].map(([p, v]) => ({ path: p, ...v })).sort((a, b) => b.bytes - a.bytes),
    kinds: [...kinds.values()].map((k) => ({ ...k, meanBytes: Math.round(k.bytes / k.count) })).sort((a, b) => b.bytes - a.bytes),
    largestHtml: html.slice(0, 8),
    largestOtherHtml: html.find((h) => !/^decisions\/[^/]+\/index\.html$/.test(h.path)) ?? null,
    pagefind: pagefind.files ? pagefind : null,
  };
}

/** "decisions/20-005-525/index.html" → "decisions/*\/index.html"; numbers → <n>. */
export function fileKind(file: string): string {
  const parts = file.split('/');
  return parts
    .map((part, i) => {
      if (i === parts.length - 1) return i > 0 && /^[\d-]+[a-z]?\.(json|html)$/.test(part) ? `*.${part.split('.').pop()}` : part;
      if (i === 0) return part;
      return /^\d+$/.test(part) ? '<n>' : '*';
    })
    .join('/');
}

/** Astro's content layer store in its cache (one file, or a folder of chunks in a variant), or null. */
export async function dataStoreBytes(cacheDir: string): Promise<number | null> {
  let total = 0;
  let found = false;
  for (const name of ['data-store.json', 'data-store']) {
    const file = path.join(cacheDir, name);
    const info = await stat(file).catch(() => null);
    if (!info) continue;
    found = true;
    if (info.isFile()) total += info.size;
    else for (const part of await readdir(file)) total += (await stat(path.join(file, part))).size;
  }
  return found ? total : null;
}
