/**
 * Ingest over folders of sources: every source ends published or refused with its errors, one run
 * reports them all, and an unchanged source is not parsed again.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cacheKeys, ingest, metadataInputs, parserInputs, RACY_MS, SourcesFolderError, type IngestReport } from '../scripts/ingest';
import { writeCorpus } from '../scripts/generate-corpus';
import { THREADS_FROM } from '../scripts/lib/source-workers';
import { buildSite, ROOT } from './helpers/build';
import { hashTree } from './helpers/files';

const SEEDS = path.join(ROOT, 'content/sources');
const SAMPLES = path.resolve(ROOT, '../shared/samples');

async function folder(files: Record<string, string | Uint8Array> = {}, seeds: string[] = []): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'archive-sources-'));
  for (const seed of seeds) await copyFile(path.join(SEEDS, seed), path.join(dir, seed));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

async function run(sourcesDir: string, outDir?: string) {
  const lines: string[] = [];
  const out = outDir ?? (await mkdtemp(path.join(os.tmpdir(), 'archive-generated-')));
  const report = await ingest({ sourcesDir, outDir: out, lenient: true, log: (l) => lines.push(l) });
  return { report, lines, out };
}

const seed = await readFile(path.join(SEEDS, '20-006-390.txt'), 'utf8');

describe('every source is accounted for', () => {
  it('publishes the valid and refuses the invalid, listing every error with file and line', async () => {
    const dir = await folder(
      {
        'empty.txt': '',
        'bad-date.txt': seed.replace('26 May 2021', '31 Feb 2021').replace('20 006 390', '20 006 391'),
        'bad-outcome.txt': seed.replace('Decision : Upheld', 'Decision : Partly upheld').replace('20 006 390', '20 006 392'),
      },
      ['20-005-525.txt', '20-006-390.txt'],
    );
    const { report, lines, out } = await run(dir);
    expect(report).toMatchObject({ sources: 5, published: 2, refused: 3 });
    expect(report.published + report.refused).toBe(report.sources);
    const messages = lines.filter((l) => /\.txt:\d+: expected/.test(l));
    expect(messages).toEqual([
      expect.stringMatching(/bad-date\.txt:7: expected a real date like "27 May 2021", found "31 Feb 2021"/),
      expect.stringMatching(/bad-outcome\.txt:5: expected an outcome of "Upheld", "Not upheld" or "Closed after initial enquiries".*found "Partly upheld"/),
      expect.stringMatching(/empty\.txt:1: expected a statement beginning with its title line, found nothing/),
    ]);
    expect((await readdir(path.join(out, 'decisions'))).sort()).toEqual(['20-005-525.json', '20-006-390.json']);
    const written = JSON.parse(await readFile(path.join(out, 'ingest-report.json'), 'utf8')) as IngestReport;
    expect(written.entries.map((e) => [e.file, e.status])).toEqual([
      ['20-005-525.txt', 'published'],
      ['20-006-390.txt', 'published'],
      ['bad-date.txt', 'refused'],
      ['bad-outcome.txt', 'refused'],
      ['empty.txt', 'refused'],
    ]);
  });

  it('refuses a 10 MB file without reading it as a statement', async () => {
    const huge = `${seed}\n${'  1. More words than any statement has. '.repeat(260_000)}`;
    const dir = await folder({ 'huge.txt': huge }, ['20-005-525.txt']);
    const { report } = await run(dir);
    expect(Buffer.byteLength(huge)).toBeGreaterThan(10_000_000);
    expect(report).toMatchObject({ published: 1, refused: 1 });
    expect(report.entries[1]!.errors![0]!.message).toMatch(/huge\.txt:1: expected a statement under 5 MiB, found "\d+ bytes" \[too-large\]/);
  });

  it('refuses two files with the same reference, naming both', async () => {
    const dir = await folder({ 'copy.txt': seed.replace('26 May 2021', '27 May 2021') }, ['20-006-390.txt']);
    const { report } = await run(dir);
    expect(report).toMatchObject({ published: 0, refused: 2, duplicates: 0 });
    const messages = report.entries.flatMap((e) => e.errors?.map((x) => x.message) ?? []);
    expect(messages).toEqual([
      expect.stringMatching(/20-006-390\.txt:1: expected a reference no other source has, found "20 006 390, also in .*copy\.txt"/),
      expect.stringMatching(/copy\.txt:1: expected a reference no other source has, found "20 006 390, also in .*20-006-390\.txt"/),
    ]);
  });

  it('publishes once a statement saved in two encodings, with a warning naming the other file', async () => {
    expect(seed).toMatch(/[^\x00-\x7f]/);
    const dir = await folder({ 'a-utf8.txt': seed, 'b-cp1252.txt': iconv.encode(seed, 'windows-1252') }, ['20-005-525.txt']);
    const first = await run(dir);
    expect(first.report).toMatchObject({ sources: 3, published: 2, refused: 0, duplicates: 1 });
    expect(first.report.published + first.report.refused + first.report.duplicates).toBe(first.report.sources);
    expect(first.report.entries.map((e) => [e.file, e.status, e.duplicateOf])).toEqual([
      ['20-005-525.txt', 'published', undefined],
      ['a-utf8.txt', 'published', undefined],
      ['b-cp1252.txt', 'duplicate', 'a-utf8.txt'],
    ]);
    const warnings = first.report.entries.flatMap((e) => e.warnings?.map((w) => w.message) ?? []);
    expect(warnings).toEqual([
      expect.stringMatching(/a-utf8\.txt:1: warning: .*b-cp1252\.txt holds the same statement \(20 006 390\); published once, from this file \[same-statement\]$/),
      expect.stringMatching(/b-cp1252\.txt:1: warning: the same statement \(20 006 390\) as .*a-utf8\.txt, which publishes it; not published again \[same-statement\]$/),
    ]);
    expect(first.lines.filter((l) => l.includes('[same-statement]'))).toEqual(warnings);
    expect(first.lines.at(-1)).toBe('ingest: 2 published, 0 refused, 1 duplicate, of 3 sources');
    expect((await readdir(path.join(first.out, 'decisions'))).sort()).toEqual(['20-005-525.json', '20-006-390.json']);

    // From the cache, the same report; a copy that no longer says the same is a second statement.
    const warm = await run(dir, first.out);
    expect(warm.report).toMatchObject({ parsed: 0, reused: 3 });
    expect(warm.report.entries).toEqual(first.report.entries);
    await writeFile(path.join(dir, 'b-cp1252.txt'), iconv.encode(seed.replace('26 May 2021', '27 May 2021'), 'windows-1252'));
    const changed = await run(dir, first.out);
    expect(changed.report).toMatchObject({ published: 1, refused: 2, duplicates: 0 });
    expect(changed.report.entries.slice(1).map((e) => e.errors![0]!.code)).toEqual(['duplicate-reference', 'duplicate-reference']);
    expect(await readdir(path.join(first.out, 'decisions'))).toEqual(['20-005-525.json']);
  });

  it("prints the parser's warnings, keeps them in the report, and reports them again from the cache", async () => {
    const dir = await folder({ 'tabbed.txt': seed.replace(/^Summary: /m, 'Summary: \u000b') });
    const first = await run(dir);
    expect(first.report).toMatchObject({ published: 1, refused: 0 });
    const entry = first.report.entries[0]!;
    expect(entry.warnings).toEqual([expect.objectContaining({ code: 'removed-characters', message: expect.stringMatching(/tabbed\.txt:\d+: warning: removed 1 character .*\[removed-characters\]$/) })]);
    expect(first.lines).toContain(entry.warnings![0]!.message);
    const warm = await run(dir, first.out);
    expect(warm.report).toMatchObject({ parsed: 0, reused: 1 });
    expect(warm.report.entries[0]!.warnings).toEqual(entry.warnings);
    expect(warm.lines).toContain(entry.warnings![0]!.message);
  });

  it('a missing sources folder is one error naming it', async () => {
    const missing = path.join(os.tmpdir(), 'archive-no-such-folder', 'sources');
    await expect(run(missing)).rejects.toThrow(SourcesFolderError);
    await expect(run(missing)).rejects.toThrow(/^ingest: the sources folder .*archive-no-such-folder\/sources does not exist/);
  });

  it('refuses every real near-miss text in shared/samples with its own error', async () => {
    const dirs = ['lgsco-report-summaries', 'other-ombudsmen'];
    for (const sub of dirs) {
      const { report } = await run(path.join(SAMPLES, sub));
      expect(report.sources).toBeGreaterThan(5);
      expect(report.published).toBe(0);
      for (const entry of report.entries) {
        expect(entry.errors!.length).toBeGreaterThan(0);
        expect(entry.errors![0]!.message).toMatch(new RegExp(`${entry.file.replace('.', '\\.')}:\\d+: expected .+, found `));
      }
    }
  });
});

describe('incremental', () => {
  it('parses only what changed, and its output does not depend on the run', async () => {
    const dir = await folder({}, ['20-005-525.txt', '20-006-390.txt']);
    const first = await run(dir);
    expect(first.report).toMatchObject({ parsed: 2, reused: 0 });
    const before = await readFile(path.join(first.out, 'archive.json'), 'utf8');

    const second = await run(dir, first.out);
    // Read and hashed again, not parsed: written moments ago, the files' times are not yet trusted
    // to tell them apart from a second write within the file system's clock tick.
    expect(second.report).toMatchObject({ parsed: 0, reused: 2, published: 2, hashed: 2 });
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
    expect((await run(dir, first.out)).report).toMatchObject({ parsed: 0, reused: 2, hashed: 2 });
    // Now neither file is even read: each is the file the last run saw (size, inode, times).
    expect((await run(dir, first.out)).report).toMatchObject({ parsed: 0, reused: 2, hashed: 0 });
    expect(await readFile(path.join(first.out, 'archive.json'), 'utf8')).toBe(before);

    await writeFile(path.join(dir, '20-006-390.txt'), seed.replace('26 May 2021', '27 May 2021'));
    const third = await run(dir, first.out);
    expect(third.report).toMatchObject({ parsed: 1, reused: 1, hashed: 1 });
    // The same bytes written again: read and hashed, and found the same, so not parsed (the file
    // changed by the last run is read again too, its times still too new to trust).
    await writeFile(path.join(dir, '20-005-525.txt'), await readFile(path.join(dir, '20-005-525.txt')));
    expect((await run(dir, first.out)).report).toMatchObject({ parsed: 0, reused: 2, hashed: 2 });
    const decision = JSON.parse(await readFile(path.join(first.out, 'decisions/20-006-390.json'), 'utf8'));
    expect(decision.decisionDate).toBe('2021-05-27');
  });

  it('removes the entry of a source that is gone', async () => {
    const dir = await folder({}, ['20-005-525.txt', '20-006-390.txt']);
    const first = await run(dir);
    await writeFile(path.join(dir, '20-006-390.txt'), 'not a statement');
    await run(dir, first.out);
    expect(await readdir(path.join(first.out, 'decisions'))).toEqual(['20-005-525.json']);
  });
});

describe('on every core', () => {
  it('parses in worker threads after the first THREADS_FROM sources, and writes what one thread writes, byte for byte', { timeout: 120_000 }, async () => {
    const dir = await folder({ 'zz-bad-date.txt': seed.replace('26 May 2021', '31 Feb 2021') }, ['20-006-390.txt']);
    await writeCorpus({ n: THREADS_FROM + 60, seed: 3, out: dir });
    // Sources old enough for both runs to record their identities (ingest-files.json): otherwise the
    // second run, starting later, records files the first found too new to trust, and the two differ.
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
    const outputs = [];
    for (const threads of [1, 2]) {
      const out = await mkdtemp(path.join(os.tmpdir(), 'archive-generated-'));
      const lines: string[] = [];
      const report = await ingest({ sourcesDir: dir, outDir: out, lenient: true, log: (l) => lines.push(l), threads });
      outputs.push({ report, lines, files: await hashTree(out) });
    }
    const [one, two] = outputs;
    expect(one!.report.threads).toBe(0);
    expect(two!.report.threads).toBe(2);
    expect(two!.lines.some((l) => /parsed \(on 2 threads\)/.test(l))).toBe(true);
    expect(two!.report).toMatchObject({ sources: THREADS_FROM + 62, published: THREADS_FROM + 61, refused: 1, parsed: THREADS_FROM + 62 });
    // The same entries, index, cache and errors; the reports differ only in the threads.
    const { 'ingest-report.json': _one, ...restOne } = one!.files;
    const { 'ingest-report.json': _two, ...restTwo } = two!.files;
    expect(restTwo).toEqual(restOne);
    expect({ ...two!.report, threads: 0 }).toEqual(one!.report);
    expect(two!.lines.filter((l) => l.includes('zz-bad-date.txt'))).toEqual(one!.lines.filter((l) => l.includes('zz-bad-date.txt')));
  });
});

describe('on every core, a hostile folder', () => {
  it('is refused file by file in a worker thread as in ingest’s own: a FIFO, a socket, a folder, dangling, looping and outside links', { timeout: 60_000 }, async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'archive-hostile-threads-'));
    const dir = path.join(work, 'sources');
    await mkdir(dir);
    await writeFile(path.join(work, 'outside.txt'), seed);
    for (const name of ['20-005-525.txt', '21-000-259.txt']) await copyFile(path.join(SEEDS, name), path.join(dir, name));
    execFileSync('mkfifo', [path.join(dir, 'fifo.txt')]);
    const socket = net.createServer();
    await new Promise<void>((resolve) => socket.listen(path.join(dir, 'socket.txt'), resolve));
    try {
      await mkdir(path.join(dir, 'folder.txt'));
      await symlink('nowhere.txt', path.join(dir, 'dangling.txt'));
      await symlink('loop-b.txt', path.join(dir, 'loop-a.txt'));
      await symlink('loop-a.txt', path.join(dir, 'loop-b.txt'));
      await symlink(path.join(work, 'outside.txt'), path.join(dir, 'outside.txt'));
      await symlink('20-005-525.txt', path.join(dir, 'linked.txt'));
      const runs = [];
      for (const threads of [1, 2]) {
        const out = await mkdtemp(path.join(os.tmpdir(), 'archive-generated-'));
        // From the first source on: every one of them read, and refused or parsed, in a worker thread.
        runs.push(await ingest({ sourcesDir: dir, outDir: out, lenient: true, log: () => undefined, threads, threadsFrom: 0 }));
      }
      const [one, two] = runs;
      expect(two!.threads).toBe(2);
      expect({ ...two!, threads: 0 }).toEqual(one);
      const refused = Object.fromEntries(one!.entries.filter((e) => e.status === 'refused').map((e) => [e.file, e.errors!.map((x) => x.code)]));
      expect(refused).toEqual({
        'dangling.txt': ['not-a-file'],
        'fifo.txt': ['not-a-file'],
        'folder.txt': ['not-a-file'],
        'loop-a.txt': ['unreadable'],
        'loop-b.txt': ['unreadable'],
        'outside.txt': ['outside-sources'],
        'socket.txt': ['not-a-file'],
      });
      // A link inside the folder is read: the same statement as its target, published once.
      expect(one!.entries.find((e) => e.file === 'linked.txt')).toMatchObject({ status: 'duplicate', duplicateOf: '20-005-525.txt' });
      expect(one!.published).toBe(2);
    } finally {
      socket.close();
    }
  });
});

describe('strict and lenient builds', () => {
  it('the default build fails on any invalid source, after listing every error', async () => {
    const dir = await folder({ 'bad.txt': 'Hello (1)', 'worse.txt': '' }, ['20-005-525.txt']);
    const site = await buildSite({ sources: dir, ingestOnly: true });
    expect(site.code).toBe(1);
    expect(site.log).toMatch(/bad\.txt:1: expected a title line/);
    expect(site.log).toMatch(/worse\.txt:1: expected a statement beginning with its title line, found nothing/);
    expect(site.log).toMatch(/refusing to build with 2 invalid source\(s\)/);
  });

  it('ARCHIVE_LENIENT=1 publishes the rest and still prints every error', async () => {
    const dir = await folder({ 'bad.txt': 'Hello (1)' }, ['20-005-525.txt']);
    const site = await buildSite({ sources: dir, ingestOnly: true, lenient: true });
    expect(site.code).toBe(0);
    expect(site.log).toMatch(/bad\.txt:1: expected a title line/);
    expect(site.log).toMatch(/1 published, 1 refused, of 2 sources/);
  });
});

describe('configuration', () => {
  it('a wrong setting stops the build before anything is written, with one line naming each wrong variable', async () => {
    const site = await buildSite({ env: { ARCHIVE_OFFLINE_LIMIT_MB: 'ten', ARCHIVE_SEARCH_JOBS: '0' } });
    expect(site.code).toBe(1);
    expect(site.log).toContain('ARCHIVE_OFFLINE_LIMIT_MB must be a number of megabytes, 0 or more, not "ten"\nARCHIVE_SEARCH_JOBS must be a whole number of processes, not "0"');
    // A message, not a stack trace.
    expect(site.log).not.toMatch(/\bat .+:\d+:\d+/);
    await expect(readdir(site.generated)).rejects.toThrow();
  });
});

describe('what the parse cache depends on', () => {
  const relative = (files: string[]) => files.map((f) => path.relative(ROOT, f));

  it('the parse: the parser and what it imports, the schema among them; not the pages’ helpers, nor the metadata’s', async () => {
    const inputs = relative(await parserInputs());
    for (const file of ['src/parser/index.ts', 'src/parser/compact.ts', 'src/parser/remedies.ts', 'src/schemas/decision.ts', 'src/utils/slug.ts']) {
      expect(inputs).toContain(file);
    }
    for (const file of ['src/utils/feed.ts', 'src/utils/chart.ts', 'src/utils/search-shards.ts', 'src/utils/archive-index.ts', 'src/utils/format.ts']) expect(inputs).not.toContain(file);
  });

  it('the metadata ingest keeps: the module that derives it and what that imports; not the pages’ helpers', async () => {
    const inputs = relative(await metadataInputs());
    for (const file of ['src/utils/archive-index.ts', 'src/utils/remedies.ts', 'src/schemas/decision.ts']) expect(inputs).toContain(file);
    for (const file of ['src/utils/feed.ts', 'src/utils/chart.ts', 'src/utils/search-shards.ts', 'src/parser/index.ts']) expect(inputs).not.toContain(file);
  });

  it('editing a feed, a page or a component changes neither key; the parser or the schema changes the parse’s; the metadata’s code only its own', async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), 'archive-project-'));
    await cp(path.join(ROOT, 'src'), path.join(copy, 'src'), { recursive: true });
    const before = await cacheKeys(copy);
    const changedBy = async (file: string) => {
      const full = path.join(copy, file);
      const text = await readFile(full, 'utf8');
      await writeFile(full, `${text}\n// edited\n`);
      const after = await cacheKeys(copy);
      await writeFile(full, text);
      return { parser: after.parser !== before.parser, metadata: after.metadata !== before.metadata };
    };
    for (const file of ['src/utils/feed.ts', 'src/pages/decisions/[slug].astro', 'src/components/DecisionList.astro', 'src/utils/chart.ts']) {
      expect(await changedBy(file), file).toEqual({ parser: false, metadata: false });
    }
    // format.ts holds the pages' dates and money: whatever the metadata makes of it, the parse holds.
    expect((await changedBy('src/utils/format.ts')).parser).toBe(false);
    expect(await changedBy('src/utils/archive-index.ts')).toEqual({ parser: false, metadata: true });
    expect((await changedBy('src/parser/header.ts')).parser).toBe(true);
    expect((await changedBy('src/parser/compact.ts')).parser).toBe(true);
    expect(await changedBy('src/schemas/decision.ts')).toEqual({ parser: true, metadata: true });
    expect(await cacheKeys(copy)).toEqual(before);
  });

  it('after a change to the metadata’s code, derives the metadata again from the entries written, parsing nothing; after a change to the parser, parses all', async () => {
    const dir = await folder({}, ['20-005-525.txt', '20-006-390.txt']);
    const first = await run(dir);
    const archive = await readFile(path.join(first.out, 'archive.json'), 'utf8');
    const cachePath = path.join(first.out, 'ingest-cache.json');
    const cache = JSON.parse(await readFile(cachePath, 'utf8')) as { parser: string; metadata: string; entries: Record<string, { meta: { remedyTotal: number } }> };
    const rewrite = async (change: (c: typeof cache) => void) => {
      const copy = structuredClone(cache);
      change(copy);
      await writeFile(cachePath, JSON.stringify(copy));
    };
    const wrongTotals = (c: typeof cache) => Object.values(c.entries).forEach((e) => (e.meta.remedyTotal = -1));

    // The same keys: the cache is trusted, its metadata (made wrong here) used as it is.
    await rewrite(wrongTotals);
    expect((await run(dir, first.out)).report).toMatchObject({ parsed: 0, reused: 2 });
    expect(await readFile(path.join(first.out, 'archive.json'), 'utf8')).toContain('"remedyTotal":-1');

    // The metadata's code changed since: metadata derived again from the decisions' entries, none parsed.
    await rewrite((c) => {
      wrongTotals(c);
      c.metadata = 'an older version';
    });
    expect((await run(dir, first.out)).report).toMatchObject({ parsed: 0, reused: 2 });
    expect(await readFile(path.join(first.out, 'archive.json'), 'utf8')).toBe(archive);

    // …but an entry that is no longer the one its source's parse wrote is parsed again.
    await rewrite((c) => (c.metadata = 'an older version'));
    const entry = path.join(first.out, 'decisions/20-006-390.json');
    await writeFile(entry, (await readFile(entry, 'utf8')).replace('"2021-05-26"', '"2021-05-27"'));
    expect((await run(dir, first.out)).report).toMatchObject({ parsed: 1, reused: 1 });
    expect(await readFile(path.join(first.out, 'archive.json'), 'utf8')).toBe(archive);

    // The parser changed: every source is parsed again.
    await rewrite((c) => (c.parser = 'an older parser'));
    expect((await run(dir, first.out)).report).toMatchObject({ parsed: 2, reused: 0 });
    expect(await readFile(path.join(first.out, 'archive.json'), 'utf8')).toBe(archive);
  });
});
