/**
 * Markup or code inside a statement stays inert text through the real build: it reaches the page
 * as the words it is, never as markup, script or a link.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../scripts/lib/serve';
import { launchChromium } from './browser/chromium';
import { buildSite, ROOT, type BuiltSite } from './helpers/build';

const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '{window.__pwned = 3}',
  "import evil from 'evil'",
  'export const pwned = 4',
  '---',
  '[click me](javascript:window.__pwned=5)',
  '`code` and ```fenced```',
  '</textarea><b>bold</b>',
];

let site: BuiltSite;
let server: StaticServer;

beforeAll(async () => {
  const seed = await readFile(path.join(ROOT, 'content/sources/20-006-390.txt'), 'utf8');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'archive-hostile-'));
  const hostile = seed
    .replace('London Borough of Bromley (20 006 390)', 'London Borough of <i>Bromley</i> (20 006 390)')
    .replace(/^Summary: /m, `Summary: ${HOSTILE[0]} ${HOSTILE[1]} `)
    .replace(/^The complaint$/m, ['The complaint', ...HOSTILE.map((h) => `  1. ${h}`), HOSTILE[5], HOSTILE[3], HOSTILE[4]].join('\n'));
  await writeFile(path.join(dir, '20-006-390.txt'), hostile);
  site = await buildSite({ sources: dir });
  if (site.code !== 0) throw new Error(site.log);
  server = await serveStatic(site.dist);
});
afterAll(() => server?.close());

describe('hostile text in a statement', () => {
  it('is escaped in the page HTML', async () => {
    const page = await readFile(path.join(site.dist, 'decisions/20-006-390/index.html'), 'utf8');
    // Inside a quoted attribute (the description meta) "<" cannot open a tag; everywhere else it must be escaped.
    const html = page.replace(/="[^"]*"/g, '=""');
    expect(page).toMatch(/<meta name="description" content="&lt;script&gt;|<meta name="description" content="<script>/);
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain('<b>bold</b>');
    expect(html).not.toContain('<i>Bromley</i>');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('London Borough of &lt;i&gt;Bromley&lt;/i&gt;');
  });

  it('shows as the same words in the browser, and runs nothing', async () => {
    const browser = await launchChromium();
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}decisions/20-006-390/`);
    const text = await page.locator('#main').innerText();
    for (const h of HOSTILE) expect(text).toContain(h.replace(/\s+/g, ' '));
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('#main img, #main b, #main textarea').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await browser.close();
  });

  it('stays text in the JSON exports', async () => {
    const decision = JSON.parse(await readFile(path.join(site.dist, 'decisions/20-006-390.json'), 'utf8'));
    expect(decision.summary).toContain(HOSTILE[0]);
    expect(decision.authority.name).toBe('London Borough of <i>Bromley</i>');
  });
});
