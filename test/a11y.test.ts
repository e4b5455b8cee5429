/**
 * axe-core over every page of the built seed archive — every URL its sitemap lists, plus the 404
 * page — in the light and the dark colour scheme on a desktop, and on a 320 px phone, with the WCAG
 * 2.0, 2.1 and 2.2 A and AA rules, as Starlight runs it over its own sitemap. Zero violations.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../scripts/lib/serve';
import { launchChromium } from './browser/chromium';
import { axeViolations } from './helpers/axe';
import { buildSite, type BuiltSite } from './helpers/build';

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  // With the site's address, for the sitemap that lists the pages.
  site = await buildSite({ env: { ARCHIVE_SITE: 'https://decisions.example.org' } });
  if (site.code !== 0) throw new Error(site.log);
  server = await serveStatic(site.dist);
  browser = await launchChromium();
  pages = [...(await sitemapPaths(site.dist)), 'this-page-does-not-exist/'];
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every page the sitemap lists, as a path below the site's base ("", "decisions/19-001-728/", …). */
async function sitemapPaths(dist: string): Promise<string[]> {
  const index = await readFile(path.join(dist, 'sitemap-index.xml'), 'utf8');
  const out: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await readFile(path.join(dist, new URL(sitemap!).pathname), 'utf8');
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) out.push(new URL(loc!).pathname.replace(/^\//, ''));
  }
  return out;
}

describe('the sitemap', () => {
  it('lists every kind of page the archive has', () => {
    for (const expected of [
      '',
      'decisions/',
      'decisions/19-001-728/',
      'decisions/21-000-259/',
      'councils/',
      'councils/london-borough-of-barnet/',
      'categories/',
      'categories/childrens-care-services/',
      'categories/childrens-care-services/child-protection/',
      'outcomes/',
      'outcomes/upheld/',
      'years/',
      'years/2021/',
      'search/',
      'about/',
      'how-to-search/',
      'data/',
    ]) {
      expect(pages).toContain(expected);
    }
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });
});

describe.each([
  ['light', 1280],
  ['dark', 1280],
  ['light', 320],
] as const)('axe, %s colour scheme, %i px wide', (colorScheme, width) => {
  it('finds no WCAG 2.2 AA violation on any page', async () => {
    // bypassCSP: the pages' own policy forbids the inline script that injects axe.
    const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    let checked = 0;
    for (const p of pages) {
      await page.goto(server.url + p, { waitUntil: 'load' });
      failures.push(...(await axeViolations(page, `/${p}`)));
      checked++;
    }
    await context.close();
    expect(checked).toBe(pages.length);
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
