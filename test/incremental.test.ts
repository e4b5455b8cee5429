/**
 * The rebuild after new statements: ingest, Astro's incremental build and the search shards reuse
 * what did not change, and what they give must be what a clean build of the same sources gives,
 * byte for byte. Statements are added, changed and removed between builds of one work folder.
 */
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageLine } from '../scripts/lib/astro-log';
import { buildReportFile, readBuildReport } from '../scripts/lib/build-report';
import { writeBarnetCopies } from './helpers/barnet';
import { buildSite, ROOT, type BuiltSite } from './helpers/build';
import { hashTree, walk } from './helpers/files';
import type { ArchiveIndex } from '../src/utils/archive-index';

const SOURCES = path.join(ROOT, 'content/sources');
// Two years a shard, so that a change in one year leaves another shard to reuse.
const env = { ARCHIVE_SEARCH_SHARD_SIZE: '2' };

async function sourcesWith(files: string[], edit?: (file: string, text: string) => string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'archive-sources-'));
  for (const file of files) {
    const text = await readFile(path.join(SOURCES, file), 'utf8');
    await writeFile(path.join(dir, file), edit ? edit(file, text) : text);
  }
  return dir;
}

async function clean(sources: string): Promise<BuiltSite> {
  const site = await buildSite({ sources, env });
  if (site.code !== 0) throw new Error(site.log);
  return site;
}

/** Decision pages Astro rendered, and those it kept from its cache, as its log lists them. */
function rendered(log: string): { rendered: string[]; kept: string[] } {
  const pages = log.split('\n').flatMap((line) => {
    const page = pageLine(line);
    const slug = page && /^\/decisions\/(\d{2}-\d{3}-\d{3})\/index\.html$/.exec(page.path)?.[1];
    return slug ? [{ slug, kept: page.kept }] : [];
  });
  return { rendered: pages.filter((p) => !p.kept).map((p) => p.slug).sort(), kept: pages.filter((p) => p.kept).map((p) => p.slug).sort() };
}

/** Each page Astro wrote, by its path in dist, and whether it was kept from the last build. */
function keptPages(log: string): Map<string, boolean> {
  return new Map(log.split('\n').flatMap((line) => {
    const page = pageLine(line);
    return page ? [[page.path, page.kept] as const] : [];
  }));
}

/**
 * Each file of the search index and each decision's JSON in a built site, by its identity and its
 * inode's change time: these files are hard links (to ingest's entries, to the search-index cache),
 * so one removed and linked again keeps its inode, but its change time moves.
 */
async function identities(dist: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await walk(dist)) {
    const name = path.relative(dist, file).split(path.sep).join('/');
    if (!name.startsWith('pagefind/') && !/^decisions\/[^/]+\.json$/.test(name)) continue;
    const { dev, ino, ctimeMs } = await stat(file);
    out[name] = `${dev}:${ino}:${ctimeMs}`;
  }
  return out;
}

/** What the archive index of a build says each decision's page links to. */
async function neighbours(site: BuiltSite): Promise<ArchiveIndex['neighbours']> {
  return (JSON.parse(await readFile(path.join(site.generated, 'archive.json'), 'utf8')) as ArchiveIndex).neighbours;
}

describe('rebuilding in the same folder', () => {
  it('after a new statement, renders only the pages that show something new, and gives what a clean build gives', { timeout: 240_000 }, async () => {
    const four = ['19-001-728.txt', '20-000-636.txt', '20-005-525.txt', '20-006-390.txt'];
    const sources = await sourcesWith(four);
    const first = await buildSite({ sources, env, verbose: true });
    expect(first.code, first.log).toBe(0);
    expect(rendered(first.log).rendered).toHaveLength(4);
    const before = await neighbours(first);

    // The newest decision arrives, Leicestershire's first: no other decision's page links to it as
    // the same council's or the same category's with its outcome, and a page lists only earlier
    // decisions about similar things, so no older list changes either: exactly the pages whose
    // links changed (none of the older ones) are rendered again.
    await cp(path.join(SOURCES, '21-000-259.txt'), path.join(sources, '21-000-259.txt'));
    // What the last build left of the search index and the decisions' JSON, by file identity.
    const filesBefore = await identities(first.dist);
    const second = await buildSite({ sources, env, work: first.work, verbose: true });
    expect(second.code, second.log).toBe(0);
    const after = await neighbours(second);
    for (const slug of Object.keys(before)) expect(after[slug]!.similar, slug).toEqual(before[slug]!.similar);
    const changed = Object.keys(before).filter((slug) => JSON.stringify(before[slug]) !== JSON.stringify(after[slug]));
    for (const slug of changed) {
      const { similar: _after, ...others } = after[slug]!;
      const { similar: _before, ...was } = before[slug]!;
      expect(others, slug).toEqual(was);
    }
    const pages = rendered(second.log);
    expect(pages.rendered).toEqual(['21-000-259', ...changed].sort());
    expect(pages.kept).toEqual(Object.keys(before).filter((slug) => !changed.includes(slug)).sort());
    // The shard of 2019–2020 was reused; the newest was indexed again.
    expect(second.log).toMatch(/1 unchanged, from the cache; 2 indexed/);
    // The build report counts the same.
    const report = await readBuildReport(buildReportFile(second.generated));
    expect(report.pages.decisions).toEqual({ rendered: pages.rendered.length, kept: pages.kept.length });
    expect(report.searchIndex).toMatchObject({ decisions: 5, indexed: 2, reused: 1 });
    // The new decision's JSON is linked; the others' links, and the reused shard's files, stay as they were.
    expect(report.decisionJson).toEqual({ decisions: 5, linked: 1, removed: 0 });
    const filesAfter = await identities(second.dist);
    const kept = Object.keys(filesBefore).filter((f) => filesAfter[f] === filesBefore[f]);
    const shards = JSON.parse(await readFile(path.join(second.dist, 'pagefind/shards.json'), 'utf8')) as { shards: { path: string }[] };
    const reusedShard = shards.shards.map((s) => s.path).filter((p) => Object.keys(filesBefore).some((f) => f.startsWith(p)));
    expect(reusedShard).toHaveLength(1);
    expect(kept.filter((f) => f.startsWith(reusedShard[0]!)).sort()).toEqual(Object.keys(filesBefore).filter((f) => f.startsWith(reusedShard[0]!)).sort());
    expect(kept.filter((f) => f.endsWith('.json') && f.startsWith('decisions/')).sort()).toEqual(four.map((f) => `decisions/${f.replace('.txt', '.json')}`).sort());

    const reference = await clean(await sourcesWith([...four, '21-000-259.txt']));
    expect(await hashTree(second.dist)).toEqual(await hashTree(reference.dist));
  });

  it('after a statement changes or goes, gives what a clean build gives', { timeout: 240_000 }, async () => {
    const all = ['19-001-728.txt', '20-000-636.txt', '20-005-525.txt', '20-006-390.txt', '21-000-259.txt'];
    const sources = await sourcesWith(all);
    const first = await buildSite({ sources, env });
    expect(first.code, first.log).toBe(0);

    // A corrected statement (its summary reworded) and a withdrawn one.
    const correct = (file: string, text: string) => (file === '20-000-636.txt' ? text.replace('The Council', 'The council') : text);
    await writeFile(path.join(sources, '20-000-636.txt'), correct('20-000-636.txt', await readFile(path.join(sources, '20-000-636.txt'), 'utf8')));
    await rm(path.join(sources, '19-001-728.txt'));
    const second = await buildSite({ sources, env, work: first.work });
    expect(second.code, second.log).toBe(0);

    // The corrected decision's JSON is linked again (ingest rewrote its entry), the withdrawn one's removed.
    expect((await readBuildReport(buildReportFile(second.generated))).decisionJson).toEqual({ decisions: 4, linked: 1, removed: 1 });

    const reference = await clean(await sourcesWith(all.slice(1), correct));
    const rebuilt = await hashTree(second.dist);
    expect(rebuilt).toEqual(await hashTree(reference.dist));
    expect(Object.keys(rebuilt).some((f) => f.includes('19-001-728'))).toBe(false);
    expect(await readFile(path.join(second.dist, 'decisions/20-000-636/index.html'), 'utf8')).toContain('The council');
  });

  it('after newer decisions, keeps a long list’s numbered pages and unchanged lists, and gives what a clean build gives', { timeout: 300_000 }, async () => {
    const sources = await sourcesWith(['20-000-636.txt', '20-005-525.txt']);
    // 121 decisions about Barnet, 122 in all: page 1 of each list holds its oldest 50.
    await writeBarnetCopies(sources, 0, 120);
    const first = await buildSite({ sources, env, verbose: true });
    expect(first.code, first.log).toBe(0);
    const before = keptPages(first.log);
    expect(before.get('/councils/london-borough-of-barnet/1/index.html')).toBe(false);

    // A newer decision about Barnet: it goes on the lists' own pages, and page 1 keeps its 50.
    await writeBarnetCopies(sources, 120, 1, '3 Jan 2022');
    const second = await buildSite({ sources, env, work: first.work, verbose: true });
    expect(second.code, second.log).toBe(0);
    const pages = keptPages(second.log);
    const kept = (page: string) => [page, pages.get(page)];
    for (const page of ['/councils/london-borough-of-barnet/1/index.html', '/decisions/1/index.html', '/categories/childrens-care-services/1/index.html']) {
      expect(kept(page)).toEqual([page, true]);
    }
    // A list the new decision is not in keeps its own page too; those it joins are rendered again.
    expect(kept('/councils/royal-borough-of-kensington-and-chelsea/index.html')).toEqual(['/councils/royal-borough-of-kensington-and-chelsea/index.html', true]);
    for (const page of ['/councils/london-borough-of-barnet/index.html', '/decisions/index.html', '/years/2022/index.html']) expect(kept(page)).toEqual([page, false]);

    const reference = await clean(sources);
    expect(await hashTree(second.dist)).toEqual(await hashTree(reference.dist));
  });
});
