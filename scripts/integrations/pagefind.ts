/**
 * The search index, written at the end of `astro build` (before the service worker step, which
 * precaches it): one Pagefind bundle per shard of decision dates (src/utils/search-shards.ts). The
 * newest shard is the primary bundle at `pagefind/` (its runtime is the one the search page loads);
 * the others are at `pagefind/shards/<shard>-<content key>/`, listed newest first in
 * `pagefind/shards.json`, and merged by the search page. Their folder names change with their
 * content, so hosts and the service worker may cache everything in them for good.
 *
 * Each shard is indexed by its own `pagefind` process, ARCHIVE_SEARCH_JOBS (2) at a time, so that
 * the memory of the largest shards, not of the archive, bounds the build (Pagefind keeps all it
 * indexes in memory).
 * A shard whose pages Pagefind would read as in the last build (the same decisions, the same
 * indexed part of each page, the same Pagefind) is linked from the cache instead
 * (`<cacheDir>/search-index/`): a rebuild after new decisions re-indexes only their shards. A
 * reused shard whose folder the last build left in the site is kept there as it is (the prune step
 * leaves `pagefind/` to this one), so a rebuild moves no file of an unchanged shard.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import pMap from 'p-map';
import { readConfig } from '../../src/config.ts';
import { SearchIndexFileSchema, SHARDS_FILE, type SearchIndexFile } from '../../src/contracts/search-index.ts';
import { archive } from '../../src/data/archive.ts';
import { indexedPart, planSearchShards, type SearchShard } from '../../src/utils/search-shards.ts';
import type { BuildReport, SearchShardReport } from '../lib/build-report.ts';
import type { BuildReporter } from './build-report.ts';

/** Bumped when what this file writes into a shard changes, so that cached shards are rebuilt. */
const CACHE_VERSION = 'search-index-4';
/**
 * Pagefind's scripts and ready-made UIs: the search page loads the primary (newest) shard's only.
 * Each shard keeps its WebAssembly file: every shard is an index of its own (createInstance), and
 * an instance loads it from its own folder.
 */
const RUNTIME = /^pagefind([-.].*)?\.(js|css)$/;

/** The files this step keeps up to date in the site (for the prune step). */
export const isSearchIndexFile = (file: string): boolean => file.startsWith('pagefind/');

export function pagefindIndex(report: BuildReporter): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'search-index');
      },
      'astro:build:done': ({ dir, logger }) => report.phase('search index', async () => {
        const site = fileURLToPath(dir);
        const config = readConfig();
        const shards = planSearchShards(archive().decisions, config.ARCHIVE_SEARCH_SHARD_SIZE, config.ARCHIVE_SEARCH_NEWEST_SIZE);
        report.record({ searchIndex: await writeSearchIndex(site, shards, { cacheDir, logger }) });
      }),
    },
  };
}

export async function writeSearchIndex(site: string, shards: SearchShard[], { cacheDir, logger }: { cacheDir: string; logger: AstroIntegrationLogger }): Promise<BuildReport['searchIndex']> {
  const started = performance.now();
  const version = await pagefindVersion();
  // Empty archive: one empty index, so that the search page still loads and finds nothing.
  const plan = shards.length ? shards : [{ id: 'empty', slugs: [] }];
  // Inside the site, so that hard links to its pages work; gone before the build ends.
  const scratch = path.join(site, '.search-index');
  const keys = new Array<string>(plan.length);
  const done = new Array<SearchShardReport>(plan.length);
  const pageKeys = await PageKeys.load(path.join(cacheDir, 'page-keys.json'));
  const placed = await shardsInSite(site);
  const inPlace = new Set<number>();
  let indexed = 0;
  let reused = 0;
  let finished = 0;
  try {
    await pMap(plan, async (shard, i) => {
      const t0 = performance.now();
      const key = (keys[i] = await shardKey(site, shard, i === 0, version, pageKeys));
      const output = path.join(scratch, 'output', shard.id);
      const cached = path.join(cacheDir, shard.id);
      const reuse = (await readFile(path.join(cached, '.key'), 'utf8').catch(() => '')) === key;
      if (reuse && i > 0 && placed.get(shardFolder(shard, key)) === key) {
        inPlace.add(i);
        reused++;
      } else if (reuse) {
        await linkTree(cached, output, (name) => name !== '.key');
        reused++;
      } else {
        const input = path.join(scratch, 'input', shard.id);
        await linkPages(site, input, shard.slugs);
        await runPagefind(input, output);
        await rm(input, { recursive: true, force: true });
        if (i > 0) await removeRuntime(output);
        await removeUnusedWasm(output);
        await assertIndexed(output, shard);
        await rm(cached, { recursive: true, force: true });
        await linkTree(output, cached);
        await writeFile(path.join(cached, '.key'), key);
        indexed++;
      }
      finished++;
      done[i] = { id: shard.id, decisions: shard.slugs.length, reused: reuse, seconds: Math.round(performance.now() - t0) / 1000 };
      if (plan.length > 1) logger.info(`search shard ${shard.id} (${finished}/${plan.length}): ${decisions(shard.slugs.length)}, ${seconds(performance.now() - t0)}`);
    }, { concurrency: readConfig().ARCHIVE_SEARCH_JOBS });
    // Into place: the newest at pagefind/, replacing all there but the other shards' folder…
    const root = path.join(site, 'pagefind');
    await mkdir(root, { recursive: true });
    for (const entry of await readdir(root)) if (entry !== SHARDS_FOLDER) await rm(path.join(root, entry), { recursive: true, force: true });
    const primary = path.join(scratch, 'output', plan[0]!.id);
    for (const entry of await readdir(primary)) await rename(path.join(primary, entry), path.join(root, entry));
    // …and the others in folders inside it named by their content: those still in place stay, the
    // rest move in, and the folders of shards no longer in the plan go.
    const index: SearchIndexFile = { primary: { id: plan[0]!.id, key: keys[0]!, decisions: plan[0]!.slugs.length }, shards: [] };
    const folders = new Set(plan.slice(1).map((shard, i) => shardFolder(shard, keys[i + 1]!)));
    const shardsDir = path.join(root, SHARDS_FOLDER);
    for (const entry of await readdir(shardsDir).catch(() => [])) {
      if (!folders.has(`pagefind/${SHARDS_FOLDER}/${entry}/`)) await rm(path.join(shardsDir, entry), { recursive: true, force: true });
    }
    // An index of one shard has no shards folder, as a clean build's has none.
    if (!folders.size) await rm(shardsDir, { recursive: true, force: true });
    for (const [i, shard] of plan.entries()) {
      if (i === 0) continue;
      const folder = shardFolder(shard, keys[i]!);
      if (!inPlace.has(i)) {
        await mkdir(shardsDir, { recursive: true });
        await rm(path.join(site, folder), { recursive: true, force: true });
        await rename(path.join(scratch, 'output', shard.id), path.join(site, folder));
      }
      index.shards.push({ id: shard.id, path: folder, key: keys[i]!, decisions: shard.slugs.length });
    }
    await writeFile(path.join(site, SHARDS_FILE), `${JSON.stringify(index)}\n`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  // Shards of earlier plans (a year that has since been split, or packed with another) are not kept.
  const current = new Set([...plan.map((s) => s.id), 'page-keys.json']);
  for (const entry of await readdir(cacheDir).catch(() => [])) if (!current.has(entry)) await rm(path.join(cacheDir, entry), { recursive: true, force: true });
  await pageKeys.save(plan.flatMap((s) => s.slugs));
  const total = plan.reduce((n, s) => n + s.slugs.length, 0);
  logger.info(
    `indexed ${decisions(total)} for search in ${plan.length} ${plan.length === 1 ? 'shard' : 'shards'}` +
      `${reused ? ` (${reused} unchanged, from the cache; ${indexed} indexed)` : ''} in ${seconds(performance.now() - started)}`,
  );
  return { decisions: total, indexed, reused, shards: done };
}

const SHARDS_FOLDER = 'shards';

/** Where a shard other than the newest is in the site: named by its content, so cacheable for good. */
function shardFolder(shard: SearchShard, key: string): string {
  return `pagefind/${SHARDS_FOLDER}/${shard.id}-${key.slice(0, 10)}/`;
}

/**
 * The shards the last build left in the site, by folder, with their keys: from its shard list,
 * where the folder is still there (an unreadable list keeps none).
 */
async function shardsInSite(site: string): Promise<Map<string, string>> {
  const placed = new Map<string, string>();
  try {
    const last = SearchIndexFileSchema.parse(JSON.parse(await readFile(path.join(site, SHARDS_FILE), 'utf8')));
    for (const shard of last.shards) {
      if ((await stat(path.join(site, shard.path)).catch(() => null))?.isDirectory()) placed.set(shard.path, shard.key);
    }
  } catch {
    // No list, or not one this build can read: every reused shard is linked from the cache.
  }
  return placed;
}

/**
 * A copy of a folder made of hard links (a copy where links cannot be made): the cache and the site
 * share the bytes. Nothing writes into these files afterwards.
 * `keep` is asked about the folder's own entries: one it refuses is left out, with all it holds.
 */
async function linkTree(from: string, to: string, keep: (name: string) => boolean = () => true): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = (await readdir(from, { recursive: true, withFileTypes: true }))
    .map((entry) => ({ entry, name: path.relative(from, path.join(entry.parentPath, entry.name)) }))
    .filter(({ name }) => keep(name.split(path.sep)[0]!));
  // Folders first, so that each file's folder is there whatever order the listing came in.
  for (const { entry, name } of entries) if (entry.isDirectory()) await mkdir(path.join(to, name), { recursive: true });
  for (const { entry, name } of entries) {
    if (entry.isDirectory()) continue;
    const source = path.join(from, name);
    const target = path.join(to, name);
    await link(source, target).catch(() => copyFile(source, target));
  }
}

/** The shard's own site: its decision pages, hard-linked, so that Pagefind reads nothing else. */
async function linkPages(site: string, input: string, slugs: string[]): Promise<void> {
  await rm(input, { recursive: true, force: true });
  for (const slug of slugs) {
    const folder = path.join(input, 'decisions', slug);
    await mkdir(folder, { recursive: true });
    const from = path.join(site, 'decisions', slug, 'index.html');
    await link(from, path.join(folder, 'index.html')).catch(() => copyFile(from, path.join(folder, 'index.html')));
  }
  if (!slugs.length) await mkdir(input, { recursive: true });
}

/**
 * Changes when what Pagefind reads of any page of the shard (indexedPart: not the links to other
 * decisions, which new decisions change), the shard's place (primary or not), Pagefind or this
 * step changes.
 */
async function shardKey(site: string, shard: SearchShard, primary: boolean, version: string, pageKeys: PageKeys): Promise<string> {
  const key = createHash('sha256').update(`${CACHE_VERSION}\0${version}\0${primary ? 'primary' : 'merged'}\0`);
  for (const slug of shard.slugs) key.update(`${slug}\0`).update(await pageKeys.of(slug, path.join(site, 'decisions', slug, 'index.html')));
  return key.digest('hex');
}

/**
 * The hash of each decision page's indexed part, remembered with the file's identity (inode, size,
 * modification time): the output folder is kept between builds, so a page Astro kept is the same
 * file, and only the pages it rendered again (and new ones) are read.
 */
class PageKeys {
  private constructor(
    private readonly file: string,
    private readonly known: Record<string, [number, number, number, string]>,
  ) {}

  static async load(file: string): Promise<PageKeys> {
    const known = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<string, [number, number, number, string]>;
    return new PageKeys(file, known);
  }

  async of(slug: string, page: string): Promise<string> {
    const { ino, size, mtimeMs } = await stat(page);
    const seen = this.known[slug];
    if (seen && seen[0] === ino && seen[1] === size && seen[2] === mtimeMs) return seen[3];
    const digest = createHash('sha1').update(indexedPart(await readFile(page))).digest('hex');
    this.known[slug] = [ino, size, mtimeMs, digest];
    return digest;
  }

  async save(slugs: string[]): Promise<void> {
    const kept = Object.fromEntries(slugs.flatMap((s) => (this.known[s] ? [[s, this.known[s]]] : [])));
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFile(this.file, JSON.stringify(kept));
  }
}

async function runPagefind(input: string, output: string): Promise<void> {
  const runner = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [runner, '--site', input, '--output-path', output, '--silent'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`Pagefind failed on ${input} (${signal ?? `exit ${code}`})${stderr ? `:\n${stderr.trim()}` : ''}`)),
    );
  });
}

async function removeRuntime(bundle: string): Promise<void> {
  for (const file of await readdir(bundle)) if (RUNTIME.test(file)) await rm(path.join(bundle, file));
}

/** Pagefind writes a WebAssembly file per language it knows; an instance loads only its index's. */
async function removeUnusedWasm(bundle: string): Promise<void> {
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm?: string | null }> };
  const used = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm ?? 'unknown'}.pagefind`));
  for (const file of await readdir(bundle)) if (/^wasm\..+\.pagefind$/.test(file) && !used.has(file)) await rm(path.join(bundle, file));
}

async function assertIndexed(bundle: string, shard: SearchShard): Promise<void> {
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  if (pages !== shard.slugs.length) {
    throw new Error(`search shard ${shard.id}: Pagefind indexed ${pages} of its ${shard.slugs.length} decision pages (each must have data-pagefind-body)`);
  }
}

async function pagefindVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind'))), 'utf8')) as { version: string };
  return pkg.version;
}

function decisions(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'decision' : 'decisions'}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
