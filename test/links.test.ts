/**
 * A link checker over the built archive, hosted under a sub-path (ARCHIVE_BASE=/archive/) so that a
 * link made without the base shows up: every internal href and src of every page, and every link
 * of the feeds, sitemap and robots.txt, resolves to a file in dist, and every #fragment to an id on
 * its page. The pages also keep the CSP-friendly rule: no inline script that runs, no style attribute.
 *
 * The archive is the five seeds plus 120 more decisions about Barnet (copies of 20 005 525 under
 * other references and dates), so that lists run to several pages and feeds reach their cap: the
 * pagination, rel=prev/next and exports are checked too.
 */
import { copyFile, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBarnetCopies } from './helpers/barnet';
import { buildSite, ROOT, type BuiltSite } from './helpers/build';
import { walk } from './helpers/files';
import { parseXml } from './helpers/xml';

const BASE = '/archive/';
// Canonical URLs, the feeds and the sitemap are only made with the site's address.
const SITE = 'https://decisions.example.org';
const EXTRA = 120;
const BARNET = EXTRA + 2;
const TOTAL = EXTRA + 5;

let site: BuiltSite;
let htmlFiles: string[];
const idCache = new Map<string, Set<string>>();

beforeAll(async () => {
  const sources = await mkdtemp(path.join(os.tmpdir(), 'archive-links-'));
  const seeds = path.join(ROOT, 'content/sources');
  for (const name of await readdir(seeds)) await copyFile(path.join(seeds, name), path.join(sources, name));
  await writeBarnetCopies(sources, 0, EXTRA);
  site = await buildSite({ base: BASE, sources, env: { ARCHIVE_SITE: SITE } });
  if (site.code !== 0) throw new Error(site.log);
  htmlFiles = (await walk(site.dist)).filter((f) => f.endsWith('.html'));
});


const decode = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** The page URL a file in dist is served at, under the base. */
function urlOf(file: string): URL {
  const rel = path.relative(site.dist, file).split(path.sep).join('/');
  return new URL(BASE + rel.replace(/(^|\/)index\.html$/, '$1'), SITE);
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function idsOf(file: string): Promise<Set<string>> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = await readFile(file, 'utf8');
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
    idCache.set(file, ids);
  }
  return ids;
}

/**
 * Why a link does not resolve, or null when it does. Links to other sites are not followed; links
 * to this site (relative, root-relative or absolute on SITE) must stay under the base and name a file.
 */
async function problem(link: string, from: URL): Promise<string | null> {
  if (/^javascript:/i.test(link)) return 'a javascript: link';
  if (/^(mailto|tel|data):/i.test(link)) return null;
  if (link.startsWith('/') && !link.startsWith('//') && !link.startsWith(BASE)) return `root-relative without the base ${BASE}`;
  const url = new URL(link, from);
  if (url.origin !== SITE) return null;
  if (!url.pathname.startsWith(BASE)) return `outside the base ${BASE}`;
  const rel = decodeURIComponent(url.pathname.slice(BASE.length));
  let file = path.join(site.dist, rel);
  if (rel === '' || rel.endsWith('/')) file = path.join(file, 'index.html');
  else if (!(await exists(file)) && (await exists(path.join(file, 'index.html')))) return 'a directory without its trailing slash';
  if (!(await exists(file))) return `no file ${path.relative(site.dist, file)}`;
  if (url.hash && file.endsWith('.html')) {
    const id = decodeURIComponent(url.hash.slice(1));
    if (!(await idsOf(file)).has(id)) return `no id "${id}" in ${path.relative(site.dist, file)}`;
  }
  return null;
}

describe('internal links', () => {
  it('the built site has the pages to check', () => {
    expect(htmlFiles.length).toBeGreaterThanOrEqual(30);
    expect(htmlFiles.map((f) => path.relative(site.dist, f))).toEqual(
      expect.arrayContaining(['index.html', '404.html', 'decisions/19-001-728/index.html', 'councils/index.html', 'data/index.html']),
    );
  });

  it('every href and src of every page resolves to a file in dist (and every #fragment to an id)', async () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles) {
      const html = await readFile(file, 'utf8');
      const from = urlOf(file);
      for (const [, attr, value] of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
        const link = decode(value!);
        const why = await problem(link, from);
        checked++;
        if (why) broken.push(`${path.relative(site.dist, file)}: ${attr}="${link}": ${why}`);
      }
      for (const [, value] of html.matchAll(/\ssrcset="([^"]*)"/g)) {
        for (const candidate of decode(value!).split(',')) {
          const link = candidate.trim().split(/\s+/)[0]!;
          const why = await problem(link, from);
          checked++;
          if (why) broken.push(`${path.relative(site.dist, file)}: srcset "${link}": ${why}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('every paragraph permalink and paragraph reference of a decision names a paragraph on it', async () => {
    const html = await readFile(path.join(site.dist, 'decisions/19-001-728/index.html'), 'utf8');
    const targets = [...html.matchAll(/href="#(p\d+)"/g)].map((m) => m[1]!);
    expect(targets).toContain('p18');
    expect(targets.length).toBeGreaterThanOrEqual(92);
    const ids = await idsOf(path.join(site.dist, 'decisions/19-001-728/index.html'));
    for (const t of targets) expect(ids.has(t), t).toBe(true);
  });

  it('the feeds, the sitemap and robots.txt link only to files in dist, under the base', async () => {
    const files = ['feed.xml', 'sitemap-index.xml', 'sitemap-0.xml', 'robots.txt'];
    for (const f of await walk(path.join(site.dist, 'councils'))) if (f.endsWith('feed.xml')) files.push(path.relative(site.dist, f));
    for (const f of await walk(path.join(site.dist, 'categories'))) if (f.endsWith('feed.xml')) files.push(path.relative(site.dist, f));
    for (const f of await walk(path.join(site.dist, 'outcomes'))) if (f.endsWith('feed.xml')) files.push(path.relative(site.dist, f));
    expect(files.length).toBeGreaterThan(4 + 4);
    const broken: string[] = [];
    for (const f of files) {
      const text = await readFile(path.join(site.dist, f), 'utf8');
      const links = [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => decode(m[0])).filter((u) => u.startsWith(SITE));
      expect(links.length, f).toBeGreaterThan(0);
      for (const link of links) {
        const why = await problem(link, new URL(SITE));
        if (why) broken.push(`${f}: ${link}: ${why}`);
      }
    }
    expect(broken, broken.join('\n')).toEqual([]);
  });
});

describe('CSP-friendly pages', () => {
  it('no page has an inline script that runs, or a style attribute', async () => {
    const offending: string[] = [];
    for (const file of htmlFiles) {
      const html = await readFile(file, 'utf8');
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
        if (!/\ssrc="/.test(tag) && !/type="application\/ld\+json"/.test(tag)) offending.push(`${path.relative(site.dist, file)}: ${tag}`);
      }
      for (const [attr] of html.matchAll(/<[a-z][^>]*\sstyle="[^"]*"/gi)) offending.push(`${path.relative(site.dist, file)}: ${attr.slice(0, 80)}`);
      if (/\son[a-z]+="/i.test(html.replace(/<script[\s\S]*?<\/script>/g, ''))) offending.push(`${path.relative(site.dist, file)}: an on… event attribute`);
    }
    expect(offending, offending.join('\n')).toEqual([]);
  });
});

const read = (file: string) => readFile(path.join(site.dist, file), 'utf8');
const decisionLinks = (html: string) => [...html.matchAll(/<h3 class="decision-list__title"[^>]*><a href="\/archive\/decisions\/([^/]+)\/"/g)].map((m) => m[1]!);

describe('pagination', () => {
  const council = 'councils/london-borough-of-barnet/';
  const datesOf = (html: string) => [...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);

  it('keeps the newest decisions on the list’s page and older ones on full pages of 50 numbered from the oldest, each decision on exactly one page', async () => {
    // 122 decisions: page 1 holds the oldest 50; the council's page the newest 72 (the newest full
    // page's 50 and the 22 after them), until the 150th makes page 2.
    const pages = [await read(`${council}index.html`), await read(`${council}1/index.html`)];
    await expect(read(`${council}2/index.html`)).rejects.toThrow();
    const lists = pages.map(decisionLinks);
    expect(lists.map((l) => l.length)).toEqual([BARNET - 50, 50]);
    expect(new Set(lists.flat()).size).toBe(BARNET);
    // Newest first across the pages: the dates in the lists never go up.
    const dates = pages.flatMap(datesOf);
    expect(dates).toHaveLength(BARNET);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pages[0]).toContain(`The newest ${BARNET - 50} of ${BARNET}, newest first.`);
    expect(pages[1]).toMatch(/Decisions 1 to 50 counted from the oldest, decided from \d+ \w+ \d{4} to \d+ \w+ \d{4}; newest first\./);
  });

  it('links the pages with rel=prev/next, in the head and in the page', async () => {
    const [landing, oldest] = [await read(`${council}index.html`), await read(`${council}1/index.html`)];
    const rel = (html: string, r: string) => html.match(new RegExp(`<link rel="${r}" href="([^"]+)"`))?.[1];
    expect(rel(landing, 'prev')).toBeUndefined();
    expect(rel(landing, 'next')).toBe(`${BASE}${council}1/`);
    expect(rel(oldest, 'prev')).toBe(`${BASE}${council}`);
    expect(rel(oldest, 'next')).toBeUndefined();
    expect(landing).toMatch(/<a href="\/archive\/councils\/london-borough-of-barnet\/1\/" rel="next">Older decisions<\/a>/);
    expect(oldest).toMatch(/<a href="\/archive\/councils\/london-borough-of-barnet\/" rel="prev">Newer decisions<\/a>/);
    expect(oldest).toContain('aria-current="page" aria-label="Page 1"');
    expect(landing).toContain('aria-current="page" aria-label="Newest decisions"');
    expect(oldest).toContain('<h1>London Borough of Barnet: page 1</h1>');
    // The overview (figures, chart) is on the council's page only: numbered pages do not repeat it.
    expect(landing).toContain('class="chart"');
    expect(oldest).not.toContain('class="chart"');
  });

  it('pages the list of all decisions the same way, and the sitemap lists every page', async () => {
    const all = [await read('decisions/index.html'), await read('decisions/1/index.html')];
    await expect(read('decisions/2/index.html')).rejects.toThrow();
    const slugs = all.flatMap((html) => [...html.matchAll(/<h2 class="decision-list__title"[^>]*><a href="\/archive\/decisions\/([^/]+)\/"/g)].map((m) => m[1]!));
    expect(slugs).toHaveLength(TOTAL);
    expect(new Set(slugs).size).toBe(TOTAL);
    const sitemap = await read('sitemap-0.xml');
    for (const p of [`${council}1/`, 'decisions/1/', 'years/2021/']) expect(sitemap).toContain(`<loc>${SITE}${BASE}${p}</loc>`);
  });
});

describe('feeds and exports', () => {
  it('feeds hold the newest 50, dated by decision date, and a council’s feed only its own', async () => {
    const items = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const all = await read('feed.xml');
    expect(items(all)).toHaveLength(50);
    const barnet = await read('councils/london-borough-of-barnet/feed.xml');
    expect(items(barnet)).toHaveLength(50);
    expect(items(barnet).every((i) => i.includes('London Borough of Barnet'))).toBe(true);
    expect(items(await read('councils/london-borough-of-bromley/feed.xml'))).toHaveLength(1);
    expect(items(await read('categories/childrens-care-services/feed.xml'))).toHaveLength(50);
    // The newest Barnet decision comes first, dated by its decision date.
    const newest = (JSON.parse(await read('decisions.json')) as { slug: string; decisionDate: string; authority: { slug: string } }[]).find(
      (d) => d.authority.slug === 'london-borough-of-barnet',
    )!;
    expect(items(barnet)[0]).toContain(`<link>${SITE}${BASE}decisions/${newest.slug}/</link>`);
    expect(items(barnet)[0]).toContain(`<pubDate>${new Date(`${newest.decisionDate}T00:00:00Z`).toUTCString()}</pubDate>`);
    const times = items(barnet).map((i) => Date.parse(i.match(/<pubDate>([^<]+)<\/pubDate>/)![1]!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all).not.toMatch(/lastBuildDate/);
    // Pages announce their feeds.
    expect(await read('councils/london-borough-of-barnet/index.html')).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Decisions about London Borough of Barnet" href="${SITE}${BASE}councils/london-borough-of-barnet/feed.xml">`,
    );
  });

  it('each outcome and subcategory has a feed of its newest 50, announced on its page', async () => {
    const items = (xml: string) => parseXml(xml).children.find((c) => c.name === 'channel')!.children.filter((c) => c.name === 'item');
    // The extra decisions are upheld child protection decisions, like the one they copy.
    expect(items(await read('outcomes/upheld/feed.xml'))).toHaveLength(50);
    expect(items(await read('outcomes/not-upheld/feed.xml'))).toHaveLength(1);
    expect(items(await read('outcomes/closed-after-initial-enquiries/feed.xml'))).toHaveLength(0);
    expect(items(await read('categories/childrens-care-services/child-protection/feed.xml'))).toHaveLength(50);
    expect(await read('outcomes/upheld/index.html')).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${SITE}${BASE}outcomes/upheld/feed\\.xml">`));
    expect(await read('categories/childrens-care-services/child-protection/index.html')).toMatch(
      new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${SITE}${BASE}categories/childrens-care-services/child-protection/feed\\.xml">`),
    );
  });

  it('decisions.csv is RFC 4180 with a byte-order mark: a header and one row per decision, as decisions.json', async () => {
    const csv = await read('decisions.csv');
    expect(csv.startsWith('\uFEFFreference,decision_date,authority,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every line break outside quotes is CRLF.
    expect(/[^\r]\n/.test(csv.replace(/"(?:[^"]|"")*"/g, ''))).toBe(false);
    const records = csv.slice(1).split('\r\n').filter(Boolean);
    expect(records).toHaveLength(TOTAL + 1);
    const json = JSON.parse(await read('decisions.json')) as { reference: string }[];
    expect(json).toHaveLength(TOTAL);
    expect(records.slice(1).map((r) => r.split(',')[0])).toEqual(json.map((d) => d.reference));
    expect(records[1]).toContain(`${SITE}${BASE}decisions/`);
    expect(records[0]!.endsWith(',json_url,source_url')).toBe(true);
    expect(csv).toContain(',https://www.lgo.org.uk/decisions/children-s-care-services/child-protection/20-005-525\r\n');
  });

  it('robots.txt points to the sitemap; the 404 page is not indexed', async () => {
    expect(await read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const notFound = await read('404.html');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(notFound).not.toContain('rel="canonical"');
  });

  it('a decision page has its canonical URL, description, Open Graph and schema.org JSON-LD', async () => {
    const html = await read('decisions/19-001-728/index.html');
    const url = `${SITE}${BASE}decisions/19-001-728/`;
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    expect(html).toContain(`<meta property="og:url" content="${url}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toMatch(/<meta name="description" content="The Council was not at fault[^"]*">/);
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
    const article = ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'Article');
    expect(article).toMatchObject({ identifier: '19 001 728', datePublished: '2019-10-11', url, genre: 'Not upheld' });
    expect(article.about.name).toBe('London Borough of Barnet');
    // Tied to its source: the decision's own page on the Ombudsman's site.
    const source = 'https://www.lgo.org.uk/decisions/children-s-care-services/child-protection/19-001-728';
    expect(article).toMatchObject({ isBasedOn: source, sameAs: source });
    expect(html).toContain(`<a href="${source}" rel="external">On the Ombudsman’s website</a>`);
    const crumbs = ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.at(-1).item).toBe(url);
  });
});
