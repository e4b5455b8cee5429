/**
 * Reading a source and writing what ingest makes of it, synchronously: a worker thread does one
 * source at a time, and the promise API's round trips through libuv's pool cost it a sixth of its
 * time. The sources folder is whatever a scraper
 * wrote, so nothing in it is trusted: only regular files are read (a FIFO would block the run for
 * ever), and a link is followed only to a regular file inside the folder (so that no outside file's
 * text reaches the log or the report).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { parseError, type ParseError } from '../../src/parser/errors';

export type SourceRead = { ok: true; bytes: Buffer } | { ok: false; error: ParseError };

const REGULAR_FILE = 'a regular file of statement text';

/**
 * The bytes of one source, or the one error that says why it was not read. The file is looked at
 * with lstat before anything opens it: opening a FIFO blocks until a writer comes, which may be never.
 */
export function readSource(realDir: string, file: string): SourceRead {
  const full = path.join(realDir, file);
  let stats: Stats;
  try {
    stats = lstatSync(full);
  } catch (error) {
    return { ok: false, error: unreadable(error) };
  }
  if (stats.isFile()) return readRegular(full);
  if (!stats.isSymbolicLink()) return { ok: false, error: parseError('not-a-file', 1, REGULAR_FILE, kindOf(stats)) };

  let target: string;
  try {
    // The native realpath, as the promise API's was: the same error codes for loops and dangling links.
    target = realpathSync.native(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, error: parseError('not-a-file', 1, REGULAR_FILE, `a link to nothing (${linkText(full)})`) };
    return { ok: false, error: unreadable(error) };
  }
  // Whether the target is inside is decided from its path alone: nothing outside is opened or even
  // looked at, so neither its text nor its kind can leak.
  const relative = path.relative(realDir, target);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { ok: false, error: parseError('outside-sources', 1, 'a file inside the sources folder (a link may point only there)', 'a link to a file outside it') };
  }
  try {
    stats = statSync(target);
  } catch (error) {
    return { ok: false, error: unreadable(error) };
  }
  if (!stats.isFile()) return { ok: false, error: parseError('not-a-file', 1, REGULAR_FILE, `a link to ${kindOf(stats)}`) };
  return readRegular(target);
}

// O_NONBLOCK and O_NOFOLLOW guard the moment between lstat and open: a file swapped for a FIFO then
// opens at once instead of blocking, one swapped for a link is not followed, and fstat refuses both.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function readRegular(file: string): SourceRead {
  try {
    const fd = openSync(file, OPEN_FLAGS);
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) return { ok: false, error: parseError('not-a-file', 1, REGULAR_FILE, kindOf(stats)) };
      return { ok: true, bytes: readFileSync(fd) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, error: unreadable(error) };
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

const ERRNO_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'a loop of symbolic links',
  ENOENT: 'gone before it could be read',
  EIO: 'an input/output error',
  ENAMETOOLONG: 'a name too long',
  ERR_FS_FILE_TOO_LARGE: 'too large to read',
};

function unreadable(error: unknown): ParseError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return parseError('unreadable', 1, 'a file ingest can read', `${code}: ${ERRNO_WORDS[code] ?? 'could not be read'}`);
}

/** Where a link points, as written in the link (not resolved, not read): for the message only. */
function linkText(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return 'unknown';
  }
}

let tempCounter = 0;

/** Written whole or not at all, so an interrupted run never leaves half an entry behind. */
export function writeJson(file: string, value: unknown, json = JSON.stringify(value)): void {
  // Its own temporary name: two sources with one reference may be written at the same moment, by
  // two threads of one process.
  const temp = `${file}.${process.pid}.${threadId}.${++tempCounter}.tmp`;
  writeFileSync(temp, `${json}\n`);
  renameSync(temp, file);
}
