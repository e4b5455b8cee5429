/**
 * A sources folder as a careless or hostile scraper leaves it, with the special files made at test
 * time (git cannot hold a FIFO or a socket): ingest, the real script in a real process, must end,
 * report each bad source once with its code, publish the rest in lenient mode, read nothing outside
 * the folder, and never let a file name forge a log line or reach the terminal as raw escapes.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../scripts/ingest';
import { MAX_LIST_DEPTH, MAX_PARAGRAPH_CHARS } from '../src/parser/sections';
import { xmlError } from './helpers/xml';
import { buildSite, ROOT, type BuiltSite } from './helpers/build';

const SEEDS = path.join(ROOT, 'content/sources');
const SECRET = 'TOP-SECRET-4f1c9a (this line must never leave its file)';
const ESCAPED_NAME = 'evil\nFORGED ingest: 0 refused \u001b[31mred\u001b[0m.txt';

/** Each bad source, with the code it must be refused with. */
const BAD: Record<string, string> = {
  'fifo.txt': 'not-a-file',
  'socket.txt': 'not-a-file',
  'folder.txt': 'not-a-file',
  'dangling.txt': 'not-a-file',
  'loop.txt': 'unreadable',
  'outside.txt': 'outside-sources',
  [ESCAPED_NAME]: 'missing-title',
};

let sources: string;
let socket: net.Server;
let lenient: BuiltSite;
let report: IngestReport;

beforeAll(async () => {
  const work = await mkdtemp(path.join(os.tmpdir(), 'archive-hostile-sources-'));
  sources = path.join(work, 'sources');
  await mkdir(sources);
  await writeFile(path.join(work, 'secret.txt'), `${SECRET}\nCategory : Secrets\n`);

  for (const seed of ['20-005-525.txt', '20-000-636.txt', '21-000-259.txt']) await copyFile(path.join(SEEDS, seed), path.join(sources, seed));
  // One statement twice: as published (UTF-8) and as an older tool saved it (Windows-1252).
  const twice = await readFile(path.join(SEEDS, '20-006-390.txt'), 'utf8');
  await writeFile(path.join(sources, 'twice-1252.txt'), iconv.encode(twice, 'windows-1252'));
  await writeFile(path.join(sources, 'twice-utf8.txt'), twice);
  // A link to a statement inside the folder, kept where it is not itself a source (not a .txt at the top).
  await mkdir(path.join(sources, 'kept'));
  await copyFile(path.join(SEEDS, '19-001-728.txt'), path.join(sources, 'kept', '19-001-728.txt'));
  await symlink(path.join('kept', '19-001-728.txt'), path.join(sources, 'linked.txt'));

  execFileSync('mkfifo', [path.join(sources, 'fifo.txt')]);
  socket = net.createServer();
  await new Promise<void>((resolve) => socket.listen(path.join(sources, 'socket.txt'), resolve));
  await mkdir(path.join(sources, 'folder.txt'));
  await symlink('nowhere.txt', path.join(sources, 'dangling.txt'));
  // Tests run as root, for whom no permission bit makes a file unreadable; a link loop (ELOOP) is.
  await symlink('loop.txt', path.join(sources, 'loop.txt'));
  await symlink(path.join(work, 'secret.txt'), path.join(sources, 'outside.txt'));
  await writeFile(path.join(sources, ESCAPED_NAME), 'Hello (1)\n');

  lenient = await buildSite({ sources, lenient: true, ingestOnly: true });
  report = JSON.parse(await readFile(path.join(lenient.generated, 'ingest-report.json'), 'utf8')) as IngestReport;
}, 60_000);

afterAll(() => new Promise<void>((resolve) => (socket ? socket.close(() => resolve()) : resolve())));

describe('a hostile sources folder, in lenient mode', () => {
  it('ends, and publishes every good statement', () => {
    expect(lenient.code, lenient.log).toBe(0);
    const published = report.entries.filter((e) => e.status === 'published').map((e) => e.file);
    expect(published).toEqual(['20-000-636.txt', '20-005-525.txt', '21-000-259.txt', 'linked.txt', 'twice-1252.txt']);
    expect(report.entries.find((e) => e.file === 'linked.txt')?.slug).toBe('19-001-728');
  });

  it('reports every bad source once, naming it, with its code', () => {
    const refused = report.entries.filter((e) => e.status === 'refused');
    expect(Object.fromEntries(refused.map((e) => [e.file, e.errors!.map((x) => x.code)]))).toEqual(
      Object.fromEntries(Object.entries(BAD).map(([file, code]) => [file, [code]])),
    );
    for (const entry of refused) {
      const error = entry.errors![0]!;
      expect(error.line).toBe(1);
      expect(error.expected).not.toBe('');
      expect(error.found).not.toBe('');
      // Printed once, in the log, as in the report.
      expect(lenient.log.split('\n').filter((l) => l === error.message)).toHaveLength(1);
    }
    const byFile = Object.fromEntries(refused.map((e) => [e.file, e.errors![0]!.message]));
    expect(byFile['fifo.txt']).toMatch(/fifo\.txt:1: expected a regular file of statement text, found "a FIFO \(named pipe\)" \[not-a-file\]$/);
    expect(byFile['socket.txt']).toMatch(/found "a socket" \[not-a-file\]$/);
    expect(byFile['folder.txt']).toMatch(/found "a folder" \[not-a-file\]$/);
    expect(byFile['dangling.txt']).toMatch(/found "a link to nothing \(nowhere\.txt\)" \[not-a-file\]$/);
    expect(byFile['loop.txt']).toMatch(/found "ELOOP: a loop of symbolic links" \[unreadable\]$/);
    expect(byFile['outside.txt']).toMatch(/outside\.txt:1: expected a file inside the sources folder .*\[outside-sources\]$/);
  });

  it('accounts for every source: published + refused + duplicates = sources', async () => {
    const txt = (await readdir(sources)).filter((f) => f.endsWith('.txt'));
    expect(report).toMatchObject({ sources: txt.length, published: 5, refused: Object.keys(BAD).length, duplicates: 1 });
    expect(report.published + report.refused + report.duplicates).toBe(report.sources);
    expect(report.entries).toHaveLength(report.sources);
    expect(lenient.log).toMatch(/ingest: 5 published, 7 refused, 1 duplicate, of 13 sources/);
  });

  it('publishes the statement saved in two encodings once, with a warning', async () => {
    const [first, second] = ['twice-1252.txt', 'twice-utf8.txt'].map((f) => report.entries.find((e) => e.file === f)!);
    expect(first).toMatchObject({ status: 'published', slug: '20-006-390' });
    expect(first!.warnings!.map((w) => w.message)).toEqual([expect.stringMatching(/twice-1252\.txt:1: warning: .*twice-utf8\.txt holds the same statement/)]);
    expect(second).toMatchObject({ status: 'duplicate', slug: '20-006-390', duplicateOf: 'twice-1252.txt' });
    for (const warning of [...first!.warnings!, ...second!.warnings!]) expect(lenient.log).toContain(warning.message);
    expect((await readdir(path.join(lenient.generated, 'decisions'))).sort()).toEqual(
      ['19-001-728', '20-000-636', '20-005-525', '20-006-390', '21-000-259'].map((s) => `${s}.json`),
    );
  });

  it('reads nothing of a file outside the folder', async () => {
    expect(lenient.log).not.toContain('TOP-SECRET');
    expect(lenient.log).not.toContain('Secrets');
    for (const file of await readdir(lenient.generated, { recursive: true })) {
      const full = path.join(lenient.generated, file);
      if (file.endsWith('.json')) expect(await readFile(full, 'utf8')).not.toContain('TOP-SECRET');
    }
  });

  it('escapes a file name that holds a newline and terminal escapes', () => {
    expect(lenient.log).not.toContain('\u001b');
    // The name's newline would start a line of its own: it must not.
    expect(lenient.log.split('\n').filter((l) => l.startsWith('FORGED'))).toEqual([]);
    expect(lenient.log).toContain('evil\\nFORGED ingest: 0 refused \\u001B[31mred\\u001B[0m.txt:1: expected a title line');
    // The report keeps the name as it is, for JSON to escape.
    expect(report.entries.some((e) => e.file === ESCAPED_NAME)).toBe(true);
  });
});

describe('the same folder, strictly', () => {
  it('fails, after listing every error', { timeout: 60_000 }, async () => {
    const strict = await buildSite({ sources, ingestOnly: true });
    expect(strict.code).not.toBe(0);
    for (const code of new Set(Object.values(BAD))) expect(strict.log).toContain(`[${code}]`);
    expect(strict.log).toMatch(/refusing to build with 7 invalid source\(s\)/);
    expect(strict.log).not.toContain('\u001b');
  });
});

describe('a missing sources folder', () => {
  it('is one error line naming it, exit code 1, no stack trace, even in lenient mode', { timeout: 60_000 }, async () => {
    const missing = path.join(await mkdtemp(path.join(os.tmpdir(), 'archive-missing-')), 'no-such-sources');
    for (const lenientMode of [false, true]) {
      const site = await buildSite({ sources: missing, lenient: lenientMode, ingestOnly: true });
      expect(site.code).toBe(1);
      const lines = site.log.split('\n').filter((l) => l.trim() !== '');
      expect(lines).toEqual([expect.stringMatching(/^ingest: the sources folder .*no-such-sources does not exist/)]);
      expect(site.log).not.toMatch(/^\s+at /m);
    }
  });
});

/**
 * Hostile statements beside the genuine ones, built for real (ingest, astro build, search, service
 * worker) in lenient mode: the build ends, refuses what no statement holds, keeps the genuine council
 * whole, and every output stays well-formed.
 */
describe('hostile statements, built for real in lenient mode', () => {
  let site: BuiltSite;
  let hostileReport: IngestReport;
  const barnet = path.join(SEEDS, '20-005-525.txt');

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'archive-hostile-build-'));
    for (const seed of ['20-005-525.txt', '19-001-728.txt', '20-006-390.txt']) await copyFile(path.join(SEEDS, seed), path.join(dir, seed));
    const text = await readFile(barnet, 'utf8');
    const as = (reference: string, title: string) => text.replace('London Borough of Barnet (20 005 525)', `${title} (${reference})`);
    // A look-alike of the genuine council, its reference reversed on screen by a right-to-left override.
    await writeFile(path.join(dir, '22-900-001.txt'), as('22 900 001', 'London Borough of Barnet\u202e'));
    // A name so long its slug would pass a file name's limit.
    await writeFile(path.join(dir, '22-900-002.txt'), as('22 900 002', `${'Very Long Council of the Borough '.repeat(12)}Barnet`));
    // Characters XML forbids, as a scraper leaves them at a page break.
    await writeFile(path.join(dir, '22-900-003.txt'), as('22 900 003', 'London Borough of Barnet').replace('The complaint\n', 'The complaint\u000c\n').replace(/^Summary: /m, 'Summary: \u000b\uffff'));
    // Lists nested far deeper than any statement's, and a paragraph of several megabytes.
    const deep = Array.from({ length: 300 }, (_, i) => `${' '.repeat(4 + 2 * i)}• level ${i + 1}`).join('\n');
    await writeFile(path.join(dir, '22-900-004.txt'), as('22 900 004', 'Deep Council').replace('  1. Ms X complains that', `  1. Nested:\n${deep}\n  1. Ms X complains that`));
    await writeFile(path.join(dir, '22-900-005.txt'), as('22 900 005', 'Long Council').replace('  1. Ms X complains that', `  1. ${'The Council wrote again. '.repeat(Math.ceil((3 * 1024 * 1024) / 25))}\n  1. Ms X complains that`));
    // And the special files, so that the whole build, not only ingest, is seen to pass them by.
    execFileSync('mkfifo', [path.join(dir, 'fifo.txt')]);
    await mkdir(path.join(dir, 'folder.txt'));
    await symlink('nowhere.txt', path.join(dir, 'dangling.txt'));
    site = await buildSite({ sources: dir, lenient: true });
    hostileReport = JSON.parse(await readFile(path.join(site.generated, 'ingest-report.json'), 'utf8')) as IngestReport;
  }, 600_000);

  it('ends, refusing what no real statement holds, each at its line', () => {
    expect(site.code, site.log).toBe(0);
    const refused = Object.fromEntries(hostileReport.entries.filter((e) => e.status === 'refused').map((e) => [e.file, e.errors!.map((x) => x.code)]));
    expect(refused).toEqual({
      '22-900-001.txt': ['format-character'],
      '22-900-004.txt': ['too-deep'],
      '22-900-005.txt': ['too-long-paragraph'],
      'dangling.txt': ['not-a-file'],
      'fifo.txt': ['not-a-file'],
      'folder.txt': ['not-a-file'],
    });
    expect(site.log).toMatch(/22-900-001\.txt:1: expected a title and header lines without invisible formatting characters.*\\u202E/);
    expect(site.log).toContain(`lists nested at most ${MAX_LIST_DEPTH} levels deep`);
    expect(site.log).toContain(`a paragraph under ${MAX_PARAGRAPH_CHARS.toLocaleString('en-GB')} characters`);
  });

  it('publishes the statement with characters XML forbids without them, and says so', async () => {
    const entry = hostileReport.entries.find((e) => e.file === '22-900-003.txt')!;
    expect(entry.status).toBe('published');
    expect(entry.warnings!.map((w) => w.code)).toEqual(['removed-characters', 'removed-characters']);
    expect(await readFile(path.join(site.dist, 'decisions/22-900-003.json'), 'utf8')).not.toMatch(/[\u000b\u000c\ufffe\uffff]|\\u000b|\\u000c|\\uffff/i);
  });

  it('keeps the genuine council whole, and the long name within a file name’s limit', async () => {
    const council = await readFile(path.join(site.dist, 'councils/london-borough-of-barnet/index.html'), 'utf8');
    for (const slug of ['20-005-525', '19-001-728', '22-900-003']) expect(council).toContain(`/decisions/${slug}/`);
    expect(council).not.toContain('\u202e');
    const councils = await readdir(path.join(site.dist, 'councils'));
    const long = councils.find((c) => c.startsWith('very-long-council'))!;
    expect(long.length).toBeLessThanOrEqual(80);
  });

  it('leaves every XML, JSON, CSV and HTML output well-formed', async () => {
    const files = (await readdir(site.dist, { recursive: true })).filter((f) => /\.(xml|json|csv|html)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = await readFile(path.join(site.dist, file), 'utf8');
      expect(text, file).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      if (file.endsWith('.xml')) expect(xmlError(text), file).toBeNull();
      if (file.endsWith('.json')) expect(() => JSON.parse(text), file).not.toThrow();
      if (file.endsWith('.html')) expect(text, file).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\s*$/i);
      if (file.endsWith('.csv')) {
        // Every quote closed, every row as wide as the header.
        expect((text.match(/"/g) ?? []).length % 2, file).toBe(0);
      }
    }
  });
});
