/**
 * Raw statements → typed collection entries.
 *
 * Reads every .txt in the sources folder (ARCHIVE_SOURCES, or content/sources), parses each with the
 * pure parser, and writes one JSON entry per decision plus the archive index and an ingest report
 * under content/generated/. A source whose bytes (and the parser) are unchanged since the last run
 * is not parsed again. Every source ends as a published decision or as a reported error.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatError, parseStatementBytes, type ParseError } from '../src/parser/index';
import type { Decision } from '../src/schemas/decision';
import { generatedDir } from '../src/data/paths';
import { buildArchiveIndex, toMeta, type DecisionMeta } from '../src/utils/archive-index';
import { Progress } from './lib/progress';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface IngestOptions {
  sourcesDir: string;
  outDir: string;
  lenient: boolean;
  log?: (line: string) => void;
}

export interface SourceReport {
  file: string;
  status: 'published' | 'refused';
  slug?: string;
  errors?: (ParseError & { message: string })[];
}

export interface IngestReport {
  sourcesDir: string;
  sources: number;
  published: number;
  refused: number;
  parsed: number;
  reused: number;
  entries: SourceReport[];
}

interface CacheEntry {
  hash: string;
  slug?: string;
  meta?: DecisionMeta;
  errors?: ParseError[];
}
interface Cache {
  parser: string;
  entries: Record<string, CacheEntry>;
}

export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const log = options.log ?? ((line: string) => console.error(line));
  const decisionsDir = path.join(options.outDir, 'decisions');
  await mkdir(decisionsDir, { recursive: true });

  const files = (await readdir(options.sourcesDir)).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
  const parser = await parserFingerprint();
  const cachePath = path.join(options.outDir, 'ingest-cache.json');
  const previous = await readCache(cachePath, parser);
  const cache: Cache = { parser, entries: {} };
  const written = new Set(await readdir(decisionsDir));

  const progress = new Progress('ingest', files.length, log);
  let parsed = 0;
  // Files are independent: overlap their reads and writes, so the disk is never waited on in turn.
  await forEachConcurrently(files, IO_CONCURRENCY, async (file) => {
    const bytes = await readFile(path.join(options.sourcesDir, file));
    const hash = createHash('sha256').update(bytes).digest('hex');
    const before = previous.entries[file];
    if (before && before.hash === hash && (!before.slug || written.has(`${before.slug}.json`))) {
      cache.entries[file] = before;
    } else {
      parsed++;
      const result = parseStatementBytes(bytes);
      if (result.ok) {
        await writeJson(path.join(decisionsDir, `${result.value.slug}.json`), result.value);
        written.add(`${result.value.slug}.json`);
        // A copy, not slices: V8 keeps a sliced string's whole source alive, so metadata cut out of a
        // statement would hold every statement's full text in memory until the run ends.
        cache.entries[file] = { hash, slug: result.value.slug, meta: structuredClone(toMeta(result.value)) };
      } else {
        cache.entries[file] = { hash, errors: result.errors };
      }
    }
    progress.tick();
  });
  progress.done(`${files.length} sources, ${parsed} parsed, ${files.length - parsed} unchanged`);

  const entries = reportEntries(files, cache, options.sourcesDir);
  const published = entries.filter((e) => e.status === 'published');
  const metas = published.map((e) => cache.entries[e.file]!.meta!);

  // Entries whose source is gone, or refused now, must not linger in the collection.
  const keep = new Set(published.map((e) => `${e.slug}.json`));
  for (const name of written) if (!keep.has(name)) await rm(path.join(decisionsDir, name), { force: true });

  const report: IngestReport = {
    sourcesDir: shownPath(options.sourcesDir),
    sources: files.length,
    published: published.length,
    refused: entries.length - published.length,
    parsed,
    reused: files.length - parsed,
    entries,
  };
  await writeJson(path.join(options.outDir, 'archive.json'), buildArchiveIndex(metas));
  await writeJson(path.join(options.outDir, 'ingest-report.json'), report);
  // Sorted, so the file does not depend on the order concurrent parses finished in.
  await writeJson(cachePath, { ...cache, entries: Object.fromEntries(files.map((f) => [f, cache.entries[f]!])) });

  for (const entry of entries) for (const error of entry.errors ?? []) log(error.message);
  log(`ingest: ${report.published} published, ${report.refused} refused, of ${report.sources} sources`);
  return report;
}

/** Per-file results, with a second pass for what no single file shows: two files, one reference. */
function reportEntries(files: string[], cache: Cache, sourcesDir: string): SourceReport[] {
  const display = (file: string) => shownPath(path.join(sourcesDir, file));
  const filesBySlug = new Map<string, string[]>();
  for (const file of files) {
    const slug = cache.entries[file]!.slug;
    if (slug) filesBySlug.set(slug, [...(filesBySlug.get(slug) ?? []), file]);
  }
  return files.map((file): SourceReport => {
    const entry = cache.entries[file]!;
    const errors = [...(entry.errors ?? [])];
    const twins = entry.slug ? filesBySlug.get(entry.slug)!.filter((f) => f !== file) : [];
    if (twins.length > 0) {
      errors.push({
        code: 'duplicate-reference',
        line: 1,
        expected: `a reference no other source has`,
        found: `${entry.meta!.reference}, also in ${twins.map(display).join(', ')}`,
      });
    }
    if (errors.length === 0) return { file, status: 'published', slug: entry.slug! };
    return { file, status: 'refused', errors: errors.map((e) => ({ ...e, message: formatError(display(file), e) })) };
  });
}

/** Paths inside the project relative to it, as a user typed them; others absolute. */
function shownPath(file: string): string {
  const relative = path.relative(root, file);
  return relative === '' ? '.' : relative.startsWith('..') ? file : relative;
}

/** The parser's own sources and the schema: a change to either invalidates every cached parse. */
async function parserFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of ['src/parser', 'src/schemas', 'src/utils']) {
    for (const name of (await readdir(path.join(root, dir))).sort()) {
      if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(name).update(await readFile(path.join(root, dir, name)));
    }
  }
  return hash.digest('hex');
}

async function readCache(file: string, parser: string): Promise<Cache> {
  try {
    const cache = JSON.parse(await readFile(file, 'utf8')) as Cache;
    if (cache.parser === parser) return cache;
  } catch {
    // No cache yet, or an unreadable one: parse everything.
  }
  return { parser, entries: {} };
}

const IO_CONCURRENCY = 32;
let tempCounter = 0;

async function forEachConcurrently<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Written whole or not at all, so an interrupted run never leaves half an entry behind. */
async function writeJson(file: string, value: unknown): Promise<void> {
  // Its own temporary name: two sources with one reference may be written at the same moment.
  const temp = `${file}.${++tempCounter}.tmp`;
  await writeFile(temp, `${JSON.stringify(value)}\n`);
  await rename(temp, file);
}

async function main() {
  const sourcesDir = path.resolve(process.env.ARCHIVE_SOURCES ?? path.join(root, 'content/sources'));
  const lenient = process.env.ARCHIVE_LENIENT === '1';
  const report = await ingest({ sourcesDir, outDir: generatedDir(), lenient });
  if (report.refused > 0 && !lenient) {
    console.error(`ingest: refusing to build with ${report.refused} invalid source(s); set ARCHIVE_LENIENT=1 to publish the rest`);
    process.exitCode = 1;
  }
  if (report.published === 0) {
    console.error('ingest: no decision to publish');
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
