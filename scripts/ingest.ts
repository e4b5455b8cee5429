/**
 * Raw statements → typed collection entries.
 *
 * Reads every .txt in the sources folder (ARCHIVE_SOURCES, or content/sources), parses each with the
 * pure parser, and writes one JSON entry per decision plus the archive index and an ingest report
 * under content/generated/. A source whose bytes (and the parser) are unchanged since the last run
 * is not parsed again; when only the code that derives its metadata has changed, the metadata is
 * derived again from the entry written before. Every source ends as a published decision, a
 * reported error, or a copy of a statement another source already publishes.
 *
 * The sources folder is whatever a scraper wrote, so nothing in it is trusted: only regular files are
 * read (a FIFO would block the run for ever), a link is followed only to a regular file inside the
 * folder (so that no outside file's text reaches the log or the report), and every file name and line
 * of text is printed with its control characters escaped.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile, readdir, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pMap from 'p-map';
import type { Decision } from '../src/schemas/decision';
import { escapeControls, formatError, formatWarning, type ParseError, type ParseWarning } from '../src/parser/errors';
import { ConfigError, readConfig } from '../src/config';
import { generatedDir } from '../src/data/paths';
import { buildArchiveIndex, type DecisionMeta } from '../src/utils/archive-index';
import { type TermCounts } from '../src/utils/similar';
import { metaOf } from './lib/parse-source';
import { writeJson } from './lib/source-file';
import { sourceWorkers } from './lib/source-workers';
import { Progress } from './lib/progress';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface IngestOptions {
  sourcesDir: string;
  outDir: string;
  lenient: boolean;
  log?: (line: string) => void;
  /** Threads to read, parse and write sources on (scripts/lib/source-workers.ts); every core by default. */
  threads?: number;
  /** Sources read in ingest's own thread before the threads start; THREADS_FROM by default. */
  threadsFrom?: number;
}

/**
 * Ingest's own warning, beside the parser's: a source that holds the same statement as another
 * (one page saved in two encodings, say), published once.
 */
export interface SameStatementWarning {
  code: 'same-statement';
  line: number;
  message: string;
}
export type SourceWarning = ParseWarning | SameStatementWarning;

export interface SourceReport {
  /** The file's name in the sources folder, as it is (control characters and all: JSON escapes them). */
  file: string;
  /**
   * - `published`: its decision is in the archive (perhaps with warnings);
   * - `refused`: it is not, and `errors` says why;
   * - `duplicate`: it holds the same statement, decoded and parsed, as `duplicateOf`, which publishes
   *   it. Counted in `duplicates`, neither published nor refused.
   */
  status: 'published' | 'refused' | 'duplicate';
  slug?: string;
  /** For a `duplicate`: the file whose copy of the statement is published. */
  duplicateOf?: string;
  /** Each with `message`, the line printed in the log (file name and text escaped). */
  errors?: (ParseError & { message: string })[];
  warnings?: (SourceWarning & { message: string })[];
}

export interface IngestReport {
  sourcesDir: string;
  /** Every `*.txt` in the folder, whatever it is: published + refused + duplicates = sources. */
  sources: number;
  published: number;
  refused: number;
  duplicates: number;
  /** Sources parsed in this run, and those whose parse was reused from the cache (their metadata
   * derived again, if its code changed). A source that could not be read (not a regular file,
   * outside the folder, unreadable) is in neither. */
  parsed: number;
  reused: number;
  /** Sources read and hashed in this run: a source whose file is as the cache saw it is not. */
  hashed: number;
  /** Worker threads the sources' work moved to (scripts/lib/source-workers.ts); 0 when it stayed in ingest's own. */
  threads: number;
  entries: SourceReport[];
}

interface CacheEntry {
  hash: string;
  slug?: string;
  meta?: DecisionMeta;
  /** Its most frequent words, for the decisions about similar things (src/utils/similar.ts). */
  terms?: TermCounts;
  /** SHA-256 of the parsed decision's JSON: what tells two copies of one statement from two statements. */
  decision?: string;
  errors?: ParseError[];
  warnings?: ParseWarning[];
}
/** What became of one source in this run; `hash` is absent when its bytes could not be read. */
type Outcome = Omit<CacheEntry, 'hash'> & { hash?: string };
interface Cache extends CacheKeys {
  entries: Record<string, CacheEntry>;
}

/** The sources folder itself is missing or unreadable: there is nothing to publish, in any mode. */
export class SourcesFolderError extends Error {
  override name = 'SourcesFolderError';
}

export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const log = options.log ?? ((line: string) => console.error(line));
  const decisionsDir = path.join(options.outDir, 'decisions');
  await mkdir(decisionsDir, { recursive: true });

  const { files, realDir } = await listSources(options.sourcesDir);
  const keys = await cacheKeys();
  const cachePath = path.join(options.outDir, 'ingest-cache.json');
  const previous = await readCache(cachePath, keys);
  const outcomes = new Map<string, Outcome>();
  const written = new Set(await readdir(decisionsDir));

  const progress = new Progress('ingest', files.length, log);
  let parsed = 0;
  let reused = 0;
  let hashed = 0;
  const started = Date.now();
  const identitiesPath = path.join(options.outDir, 'ingest-files.json');
  const previousIdentities = await readIdentities(identitiesPath);
  const identities = new Map<string, string>();
  const workers = sourceWorkers({ threads: options.threads, from: options.threadsFrom });
  const metadataCurrent = previous.metadata === keys.metadata;
  /** What becomes of one source: the last run's outcome while it still holds, else its job's. */
  const outcomeOf = async (file: string): Promise<Outcome> => {
    const before = previous.entries[file];
    const identity = await fileIdentity(path.join(realDir, file));
    if (identity !== undefined && identity.changedMs < started - RACY_MS) identities.set(file, identity.key);
    const reusable = before ? await stillHolds(before, decisionsDir, written, metadataCurrent) : undefined;
    // A regular file that is the file the last run read (fileIdentity) is not read again.
    if (reusable && identity !== undefined && previousIdentities[file] === identity.key) {
      reused++;
      return reusable;
    }
    const done = await workers.run({ realDir, file, decisionsDir, knownHash: reusable?.hash });
    if (!done.read) return { errors: [done.error] };
    hashed++;
    if (done.known) {
      reused++;
      return reusable!;
    }
    parsed++;
    const { hash, parsed: result } = done;
    const warnings = result.warnings ? { warnings: result.warnings } : {};
    if (!result.ok) return { hash, errors: result.errors, ...warnings };
    written.add(`${result.slug}.json`);
    return { hash, slug: result.slug, meta: result.meta, terms: result.terms, decision: result.decision, ...warnings };
  };
  // Files are independent: overlap their reads and writes, so the disk is never waited on in turn.
  await pMap(
    files,
    async (file) => {
      outcomes.set(file, await outcomeOf(file));
      progress.tick();
    },
    { concurrency: IO_CONCURRENCY },
  ).finally(() => workers.close());
  const unread = files.length - parsed - reused;
  const threads = workers.threads;
  progress.done(`${files.length} sources, ${parsed} parsed${threads ? ` (on ${threads} threads)` : ''}, ${reused} unchanged${unread > 0 ? `, ${unread} not read` : ''}`);

  const entries = reportEntries(files, outcomes, options.sourcesDir);
  const published = entries.filter((e) => e.status === 'published');
  const metas = published.map((e) => outcomes.get(e.file)!.meta!);
  const terms = new Map(published.map((e) => [e.slug!, outcomes.get(e.file)!.terms ?? []]));

  // Entries whose source is gone, or refused now, must not linger in the collection.
  const keep = new Set(published.map((e) => `${e.slug}.json`));
  for (const name of written) if (!keep.has(name)) await rm(path.join(decisionsDir, name), { force: true });

  const report: IngestReport = {
    sourcesDir: shownPath(options.sourcesDir),
    sources: files.length,
    published: published.length,
    refused: entries.filter((e) => e.status === 'refused').length,
    duplicates: entries.filter((e) => e.status === 'duplicate').length,
    parsed,
    reused,
    hashed,
    threads,
    entries,
  };
  writeJson(path.join(options.outDir, 'archive.json'), buildArchiveIndex(metas, terms));
  writeJson(path.join(options.outDir, 'ingest-report.json'), report);
  // Sorted, so the file does not depend on the order concurrent parses finished in. A source that
  // could not be read is not cached: it is looked at afresh on every run, and costs nothing.
  const cached = files.flatMap((f) => {
    const outcome = outcomes.get(f)!;
    return outcome.hash === undefined ? [] : [[f, outcome as CacheEntry] as const];
  });
  writeJson(cachePath, { ...keys, entries: Object.fromEntries(cached) } satisfies Cache);
  // Apart from the cache, which holds only what the sources say (the build id hashes it): where
  // each source's file is on this machine says nothing of its content.
  writeJson(identitiesPath, Object.fromEntries(files.flatMap((f) => (identities.has(f) && outcomes.get(f)!.hash !== undefined ? [[f, identities.get(f)!]] : []))));

  for (const entry of entries) {
    for (const error of entry.errors ?? []) log(error.message);
    for (const warning of entry.warnings ?? []) log(warning.message);
  }
  const duplicates = report.duplicates > 0 ? `, ${report.duplicates} duplicate${report.duplicates === 1 ? '' : 's'}` : '';
  log(`ingest: ${report.published} published, ${report.refused} refused${duplicates}, of ${report.sources} sources`);
  return report;
}

/**
 * A regular file's size, inode, and modification and change times, as one string, and when it last
 * changed; undefined for anything else (a link is read and hashed every time). A write moves the
 * change time, which no program can set back (`cp -p` and `touch -r` set only the modification
 * time). But file systems take these times from a coarse clock, so a second write within one tick
 * of the first can leave both the same (git's "racily clean" files): an identity is therefore only
 * trusted for a file that had last changed well before the run that recorded it (RACY_MS).
 */
async function fileIdentity(file: string): Promise<{ key: string; changedMs: number } | undefined> {
  const stats = await lstat(file, { bigint: true }).catch(() => undefined);
  if (!stats?.isFile()) return undefined;
  const changed = stats.ctimeNs > stats.mtimeNs ? stats.ctimeNs : stats.mtimeNs;
  return { key: `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`, changedMs: Number(changed / 1_000_000n) };
}

/** How long before a run a file must have last changed for its identity to be recorded (above). */
export const RACY_MS = 2_000;

/** Every `*.txt` in the folder, by name, whatever kind of file it is; and the folder's real path. */
async function listSources(sourcesDir: string): Promise<{ files: string[]; realDir: string }> {
  try {
    const realDir = await realpath(sourcesDir);
    const files = (await readdir(realDir)).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
    return { files, realDir };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(error)})`;
    throw new SourcesFolderError(`ingest: the sources folder ${escapeControls(shownPath(sourcesDir))} ${why} (set ARCHIVE_SOURCES to a folder of statements)`);
  }
}

/**
 * Per-file results, with a second pass for what no single file shows: two files, one reference. They
 * are refused both, unless every one of them holds the same statement (the same decision once decoded
 * and parsed: one page saved in two encodings): then the first, in sorted order, publishes it.
 */
function reportEntries(files: string[], outcomes: Map<string, Outcome>, sourcesDir: string): SourceReport[] {
  const display = (file: string) => shownPath(path.join(sourcesDir, file));
  const filesBySlug = new Map<string, string[]>();
  for (const file of files) {
    const slug = outcomes.get(file)!.slug;
    if (slug) filesBySlug.set(slug, [...(filesBySlug.get(slug) ?? []), file]);
  }
  return files.map((file): SourceReport => {
    const outcome = outcomes.get(file)!;
    const errors = [...(outcome.errors ?? [])];
    const warnings: SourceWarning[] = [...(outcome.warnings ?? [])];
    const group = outcome.slug ? filesBySlug.get(outcome.slug)! : [file];
    const twins = group.filter((f) => f !== file);
    const same = twins.length > 0 && group.every((f) => outcomes.get(f)!.decision === outcome.decision);
    let duplicateOf: string | undefined;
    if (twins.length > 0 && !same) {
      errors.push({
        code: 'duplicate-reference',
        line: 1,
        expected: `a reference no other source has`,
        found: `${outcome.meta!.reference}, also in ${twins.map(display).join(', ')}`,
      });
    } else if (same && group[0] === file) {
      const others = twins.map(display).join(', ');
      warnings.push({ code: 'same-statement', line: 1, message: `${others} ${twins.length === 1 ? 'holds' : 'hold'} the same statement (${outcome.meta!.reference}); published once, from this file` });
    } else if (same) {
      duplicateOf = group[0]!;
      warnings.push({ code: 'same-statement', line: 1, message: `the same statement (${outcome.meta!.reference}) as ${display(duplicateOf)}, which publishes it; not published again` });
    }
    const reportedWarnings = warnings.length > 0 ? { warnings: warnings.map((w) => ({ ...w, message: warningMessage(display(file), w) })) } : {};
    if (errors.length > 0) {
      return { file, status: 'refused', errors: errors.map((e) => ({ ...e, message: formatError(display(file), e) })), ...reportedWarnings };
    }
    if (duplicateOf !== undefined) return { file, status: 'duplicate', slug: outcome.slug!, duplicateOf, ...reportedWarnings };
    return { file, status: 'published', slug: outcome.slug!, ...reportedWarnings };
  });
}

/**
 * The printed line of a warning. Its text is escaped too: a parser warning may quote the source, and
 * ingest's own names another file. 'same-statement' is ingest's code, unknown to formatWarning's type,
 * so it is printed in the same format here.
 */
function warningMessage(file: string, warning: SourceWarning): string {
  const message = escapeControls(warning.message);
  if (warning.code === 'same-statement') return `${escapeControls(file)}:${warning.line}: warning: ${message} [${warning.code}]`;
  return formatWarning(file, { ...warning, message });
}

/** Paths inside the project relative to it, as a user typed them; others absolute. */
function shownPath(file: string): string {
  const relative = path.relative(root, file);
  return relative === '' ? '.' : relative.startsWith('..') ? file : relative;
}

/**
 * A cached outcome that still holds, or nothing: a published one needs its entry on disk, and when
 * the code behind the metadata has changed since, the metadata is derived again from that entry,
 * read back rather than parsed again (if it is still the one this source's parse wrote).
 */
async function stillHolds(before: CacheEntry, decisionsDir: string, written: Set<string>, metadataCurrent: boolean): Promise<CacheEntry | undefined> {
  if (!before.slug) return before;
  if (!written.has(`${before.slug}.json`)) return undefined;
  if (metadataCurrent) return before;
  const text = await readFile(path.join(decisionsDir, `${before.slug}.json`), 'utf8').catch(() => '');
  const json = text.replace(/\n$/, '');
  if (createHash('sha256').update(json).digest('hex') !== before.decision) return undefined;
  return { ...before, ...metaOf(JSON.parse(json) as Decision) };
}

/** Bumped when a cache entry's shape changes, so that entries of the old shape are parsed again. */
const CACHE_FORMAT = 'ingest-cache 4: metadata and its terms keyed apart from the parse';

/** What the two parts of a cache entry were computed by: the parser, and the metadata ingest keeps. */
const PARSER = 'src/parser/index.ts';
const METADATA = 'src/utils/archive-index.ts';

interface CacheKeys {
  /** Of the parser's modules (the schema among them): a change re-parses every source. */
  parser: string;
  /** Of the metadata's modules: a change derives every decision's metadata again, parsing nothing. */
  metadata: string;
}

/**
 * The cache's keys, each a hash of the project's own modules that its part is computed by, found
 * from their imports: editing a feed, a page or anything else neither part imports changes neither.
 */
export async function cacheKeys(projectRoot = root): Promise<CacheKeys> {
  const key = async (entry: string, seed: string) => {
    const hash = createHash('sha256').update(seed);
    for (const file of await importedBy(projectRoot, entry)) hash.update(path.relative(projectRoot, file)).update(await readFile(file));
    return hash.digest('hex');
  };
  return { parser: await key(PARSER, CACHE_FORMAT), metadata: await key(METADATA, '') };
}

/** The parser's modules: its entry and the project's own modules it imports, directly or not. */
export function parserInputs(projectRoot = root): Promise<string[]> {
  return importedBy(projectRoot, PARSER);
}

/** The modules the metadata ingest keeps is derived by. */
export function metadataInputs(projectRoot = root): Promise<string[]> {
  return importedBy(projectRoot, METADATA);
}

async function importedBy(projectRoot: string, entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [path.join(projectRoot, entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    for (const [, specifier] of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
      const target = path.resolve(path.dirname(file), specifier!);
      queue.push(target.endsWith('.ts') ? target : `${target}.ts`);
    }
  }
  return [...seen].sort();
}

/**
 * Each source's file identity when the last run read it, by file name: ingest-files.json. Unreadable
 * or missing, none: every source is read.
 */
async function readIdentities(file: string): Promise<Record<string, string>> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, string>;
  } catch {
    // None yet.
  }
  return {};
}

/** The entries of the last run, if its parser was this one; none otherwise. */
async function readCache(file: string, keys: CacheKeys): Promise<Cache> {
  try {
    const cache = JSON.parse(await readFile(file, 'utf8')) as Cache;
    if (cache.parser === keys.parser) return cache;
  } catch {
    // No cache yet, or an unreadable one: parse everything.
  }
  return { ...keys, entries: {} };
}

const IO_CONCURRENCY = 32;

async function main() {
  let lenient: boolean;
  let report: IngestReport;
  try {
    const config = readConfig();
    lenient = config.ARCHIVE_LENIENT;
    report = await ingest({ sourcesDir: config.ARCHIVE_SOURCES, outDir: generatedDir(), lenient });
  } catch (error) {
    // What a user can act on, not a stack trace; anything else is a bug and keeps its trace.
    if (!(error instanceof SourcesFolderError || error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
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
