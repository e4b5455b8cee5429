/**
 * An id for this build's code and content: src/, the lockfile, the config and ingest's output.
 * The search page gives it to Pagefind as its metaCacheTag (pagefind-entry.json?ts=<id>), so that
 * browsers and the service worker may keep the entry file until a new build changes it.
 *
 * It is read here, by the one page that shows it, rather than defined for every module: a value
 * that changes with the content would change every page's scripts, and with them every page, and
 * it would void Astro's incremental build cache (which hashes Vite's `define`).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedDir } from './paths';
import { filesBelow } from './tree';

let cached: Promise<string> | undefined;

export function buildId(root = process.cwd()): Promise<string> {
  cached ??= compute(root);
  return cached;
}

async function compute(root: string): Promise<string> {
  const digest = createHash('sha256');
  for (const file of await filesBelow(path.join(root, 'src'))) {
    if (file.entry.isFile()) digest.update(`src/${file.path}:`).update(await readFile(path.join(root, 'src', file.path))).update('\n');
  }
  // Named, not by path: the same content built in another folder is the same build.
  const inputs = {
    lockfile: path.join(root, 'package-lock.json'),
    config: path.join(root, 'astro.config.mjs'),
    archive: path.join(generatedDir(), 'archive.json'),
    ingest: path.join(generatedDir(), 'ingest-cache.json'),
  };
  for (const [name, file] of Object.entries(inputs)) digest.update(`${name}:`).update(await readFile(file).catch(() => 'missing')).update('\n');
  return digest.digest('hex').slice(0, 16);
}
