/**
 * Markup or code inside a statement stays inert text through the real build: it reaches the page
 * as the words it is, never as markup, script or a link; in the feeds, as text a reader that renders
 * HTML shows as words. Characters XML forbids leave every feed well-formed, and an authority spelled
 * to look like a genuine council gets a council of its own.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../scripts/lib/serve';
import { launchChromium } from './browser/chromium';
import { buildSite, ROOT, type BuiltSite } from './helpers/build';
import { walk } from './helpers/files';
import { elements, parseXml, xmlError } from './helpers/xml';

/** Vertical tab, form feed and the two non-characters: none may stand in an XML document. */
const XML_FORBIDDEN = '\u000b\u000c\ufffe\uffff';

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
  // The genuine London Borough of Barnet: two statements, one with characters XML forbids in its summary and a paragraph.
  const barnet = await readFile(path.join(ROOT, 'content/sources/19-001-728.txt'), 'utf8');
  await writeFile(path.join(dir, '19-001-728.txt'), barnet);
  const forbidden = (await readFile(path.join(ROOT, 'content/sources/20-005-525.txt'), 'utf8'))
    .replace(/^Summary: Ms X/m, `Summary: Ms X${XML_FORBIDDEN}`)
    .replace(/social workers/g, `social${XML_FORBIDDEN}workers`);
  await writeFile(path.join(dir, '20-005-525.txt'), forbidden);
  // The same council in capitals; and a spelling that slugs the same but is not the same name.
  await writeFile(path.join(dir, '22-900-001.txt'), barnet.replace('London Borough of Barnet (19 001 728)', 'LONDON BOROUGH OF BARNET (22 900 001)'));
  await writeFile(path.join(dir, '22-900-002.txt'), barnet.replace('London Borough of Barnet (19 001 728)', 'London Borough of Barnet. (22 900 002)'));
  // With the site's address: the feeds are only made with one.
  site = await buildSite({ sources: dir, env: { ARCHIVE_SITE: 'https://decisions.example.org' } });
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
    const { browser, page, dialogs } = await watchedPage();
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

describe('the feeds', () => {
  const feeds = ['feed.xml', 'councils/london-borough-of-i-bromley-i/feed.xml', 'categories/childrens-care-services/feed.xml'];

  it('are all well-formed XML, as every sitemap is, though a statement held characters XML forbids', async () => {
    const xml = (await walk(site.dist)).filter((f) => f.endsWith('.xml')).map((f) => path.relative(site.dist, f));
    expect(xml).toEqual(expect.arrayContaining([...feeds, 'councils/london-borough-of-barnet/feed.xml', 'sitemap-index.xml', 'sitemap-0.xml']));
    for (const file of xml) expect(xmlError(await readFile(path.join(site.dist, file), 'utf8')), file).toBeNull();
    const barnet = await readFile(path.join(site.dist, 'councils/london-borough-of-barnet/feed.xml'), 'utf8');
    // Decode removed them (with a warning): the statement is published, its feed still readable.
    expect(barnet).toContain('/decisions/20-005-525/');
    expect(barnet).toContain('Ms X complains that social');
    expect(barnet).not.toContain('/decisions/22-900-002/');
  });

  it('carry the hostile summary and names as HTML-escaped text: XML-decoded, a description is HTML whose text is the words', async () => {
    for (const feed of feeds) {
      const xml = await readFile(path.join(site.dist, feed), 'utf8');
      expect(xml, feed).not.toMatch(/<(img|script|i)[\s>]/);
      const item = elements(parseXml(xml), 'item').find((i) => elements(i, 'link')[0]!.text.endsWith('/decisions/20-006-390/'))!;
      const text = (name: string) => elements(item, name)[0]!.text;
      expect(text('description'), feed).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt; &lt;img src=x onerror="window.__pwned = 2"&gt;');
      expect(text('title'), feed).toContain('London Borough of &lt;i&gt;Bromley&lt;/i&gt; (20 006 390)');
    }
  });

  it('run nothing and show the words in a reader that renders titles and descriptions as HTML', async () => {
    const { browser, page, dialogs } = await watchedPage();
    await page.goto(`${server.url}feed.xml`);
    // As such a reader does: the feed's XML parsed, each title and description put in a page as HTML.
    const shown = await page.evaluate(async (url) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent, texts: [], elements: 0 };
      const host = document.createElement('div');
      document.body.append(host);
      for (const item of doc.querySelectorAll('item')) {
        for (const name of ['title', 'description']) {
          const div = document.createElement('div');
          div.innerHTML = item.querySelector(name)?.textContent ?? '';
          host.append(div);
        }
      }
      await new Promise((r) => setTimeout(r, 300));
      return { error: null, texts: [...host.children].map((d) => d.textContent ?? ''), elements: host.querySelectorAll('*:not(div)').length };
    }, `${server.url}feed.xml`);
    expect(shown.error).toBeNull();
    expect(shown.elements).toBe(0);
    expect(shown.texts.join('\n')).toContain(`${HOSTILE[0]} ${HOSTILE[1]}`);
    expect(shown.texts).toContain('London Borough of <i>Bromley</i> (20 006 390): Upheld');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    await browser.close();
  });
});

describe('an authority spelled to look like a genuine council', () => {
  it('in capitals only, is the genuine council, shown under the spelling most of its decisions use', async () => {
    const index = JSON.parse(await readFile(path.join(site.generated, 'archive.json'), 'utf8')) as {
      authorities: { name: string; slug: string; decisions: string[] }[];
    };
    const barnet = index.authorities.find((a) => a.slug === 'london-borough-of-barnet')!;
    expect(barnet.name).toBe('London Borough of Barnet');
    expect([...barnet.decisions].sort()).toEqual(['19-001-728', '20-005-525', '22-900-001']);
    const page = await readFile(path.join(site.dist, 'decisions/22-900-001/index.html'), 'utf8');
    expect(page).toContain('href="/councils/london-borough-of-barnet/"');
  });

  it('otherwise, is a council of its own, under a slug of its own, and its decision page links there', async () => {
    const index = JSON.parse(await readFile(path.join(site.generated, 'archive.json'), 'utf8')) as {
      authorities: { name: string; slug: string; decisions: string[] }[];
    };
    const lookalike = index.authorities.find((a) => a.name === 'London Borough of Barnet.')!;
    expect(lookalike.slug).toMatch(/^london-borough-of-barnet-[0-9a-f]{8}$/);
    expect(lookalike.decisions).toEqual(['22-900-002']);
    const page = await readFile(path.join(site.dist, 'decisions/22-900-002/index.html'), 'utf8');
    expect(page).toContain(`href="/councils/${lookalike.slug}/"`);
    expect(page).not.toContain('href="/councils/london-borough-of-barnet/"');
    const council = await readFile(path.join(site.dist, `councils/${lookalike.slug}/index.html`), 'utf8');
    expect(council).toContain('22 900 002');
    const genuine = await readFile(path.join(site.dist, 'councils/london-borough-of-barnet/index.html'), 'utf8');
    expect(genuine).not.toContain('22 900 002');
    const csv = await readFile(path.join(site.dist, 'decisions.csv'), 'utf8');
    expect(csv.split('\n').find((l) => l.startsWith('22 900 002') || l.includes(',22 900 002,'))).toContain(lookalike.slug);
  });
});

/** A chromium page that records (and dismisses) every dialog a payload might open. */
async function watchedPage() {
  const browser = await launchChromium();
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { browser, page, dialogs };
}
