/**
 * The archive built for real from statements in every layout the parser reads (the numbered layout,
 * the compact list layouts, an older summary page), strictly and leniently, and read in chromium:
 * restored numbering with its note, lettered sub-items with their own anchors and citations, the
 * compliance date, and every agreed action.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../scripts/ingest';
import { DecisionSchema } from '../../src/schemas/decision';
import { axeViolations } from '../helpers/axe';
import { buildSite, ROOT } from '../helpers/build';
import { serveBuiltSite, type ServedSite } from '../helpers/served';

const LAYOUTS = path.join(ROOT, 'test/fixtures/layouts');
/** Source file name (by reference, as a publisher names them) → fixture. */
const SOURCES: Record<string, string> = {
  '24-003-118.txt': '24-003-118.numbered.txt',
  '19-017-204.txt': '19-017-204.compact.txt',
  '16-011-930.txt': '16-011-930.txt',
  '15-019-842.txt': '15-019-842.txt',
};

let sources: string;
let served: ServedSite;

beforeAll(async () => {
  sources = await mkdtemp(path.join(os.tmpdir(), 'archive-layouts-'));
  for (const [name, fixture] of Object.entries(SOURCES)) await copyFile(path.join(LAYOUTS, fixture), path.join(sources, name));
  served = await serveBuiltSite({ sources });
});

afterAll(() => served?.close());

const read = (file: string) => readFile(path.join(served.site.dist, file), 'utf8');
const decision = async (slug: string) => DecisionSchema.parse(JSON.parse(await read(`decisions/${slug}.json`)));

async function open(url: string): Promise<Page> {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(served.server.url + url, { waitUntil: 'load' });
  return page;
}

describe('a strict build of every layout', () => {
  it('publishes every source', async () => {
    const report = JSON.parse(await readFile(path.join(served.site.generated, 'ingest-report.json'), 'utf8')) as IngestReport;
    expect(report.entries.map((e) => [e.file, e.status])).toEqual(Object.keys(SOURCES).sort().map((file) => [file, 'published']));
  });

  it('says on the page that a compact copy’s numbers were restored, and on no other', async () => {
    expect((await decision('19-017-204')).numbering).toMatch(/^(restored|inferred)$/);
    expect(await read('decisions/19-017-204/index.html')).toContain('class="numbering-note"');
    expect(await read('decisions/24-003-118/index.html')).not.toContain('class="numbering-note"');
  });

  it('gives each lettered sub-item its anchor and letter, and links "paragraph 21(b)" to it', async () => {
    const html = await read('decisions/24-003-118/index.html');
    for (const letter of ['a', 'b', 'c']) expect(html).toMatch(new RegExp(`<li id="p21${letter}"[^>]*>\\s*<a class="item-label" href="#p21${letter}"`));
    expect(html).toMatch(/<a href="#p21b">paragraph 21\(b\)<\/a>/);
  });

  it('lists every agreed action, each linked to where the statement says it', async () => {
    const html = await read('decisions/24-003-118/index.html');
    const { remedies } = await decision('24-003-118');
    expect(remedies.length).toBeGreaterThanOrEqual(6);
    for (const r of remedies) expect(html).toContain(`href="#${r.anchor}"`);
  });

  it('shows the older page’s blocks with their anchors and the date the Ombudsman was satisfied', async () => {
    const html = await read('decisions/16-011-930/index.html');
    expect(html).toMatch(/<dt>Ombudsman satisfied with the response<\/dt>\s*<dd><time datetime="2017-11-04">4 November 2017<\/time><\/dd>/);
    for (const anchor of ['b1', 'b2', 'b3', 'b4']) expect(html).toContain(`id="${anchor}"`);
    expect(html).not.toContain('para 0');
  });
});

describe('in the browser', () => {
  it('cites a sub-item as “para 21(b)” when its anchor is in the address', async () => {
    const page = await open('decisions/24-003-118/#p21b');
    await expect.poll(() => page.locator('[data-citation-paragraph]').textContent()).toBe(', para 21(b)');
    await page.close();
  });

  it('takes a reader from the letter to the sub-item, which is highlighted', async () => {
    const page = await open('decisions/24-003-118/');
    await page.locator('#p21c .item-label').click();
    expect(new URL(page.url()).hash).toBe('#p21c');
    const background = await page.locator('#p21c').evaluate((li) => getComputedStyle(li).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

describe('every layout’s page, for every reader', () => {
  it.each([
    ['light', 1280],
    ['dark', 320],
  ] as const)('has no WCAG 2.2 AA violation, %s colour scheme, %i px wide', async (colorScheme, width) => {
    const context = await served.browser.newContext({ colorScheme, bypassCSP: true, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const name of Object.keys(SOURCES)) {
      const url = `decisions/${name.replace('.txt', '')}/`;
      await page.goto(served.server.url + url, { waitUntil: 'load' });
      failures.push(...(await axeViolations(page, url)));
    }
    await context.close();
    expect(failures, failures.join('\n')).toEqual([]);
  });
});

describe('a lenient build', () => {
  it('publishes every valid layout beside a refused source, and names the refused one’s line', async () => {
    await writeFile(path.join(sources, '15-010-742.txt'), (await readFile(path.join(ROOT, 'test/fixtures/invalid/no-authority.txt'), 'utf8')));
    const site = await buildSite({ sources, lenient: true, ingestOnly: true });
    expect(site.code).toBe(0);
    expect(site.log).toMatch(/15-010-742\.txt:1: expected a title line "Authority \(NN NNN NNN\)"/);
    const report = JSON.parse(await readFile(path.join(site.generated, 'ingest-report.json'), 'utf8')) as IngestReport;
    expect(report.entries.filter((e) => e.status === 'published').map((e) => e.file)).toEqual(Object.keys(SOURCES).sort());
    expect(report.entries.find((e) => e.file === '15-010-742.txt')?.errors?.[0]?.code).toBe('missing-title');
    const strict = await buildSite({ sources, ingestOnly: true });
    expect(strict.code).not.toBe(0);
  });
});
