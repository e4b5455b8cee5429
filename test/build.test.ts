/**
 * The real build of the embedded archive — ingest, astro build, pagefind — into a temporary folder,
 * and what a reader and a re-user get from it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportFile, PHASES, readBuildReport } from '../scripts/lib/build-report';
import { serveStatic, type StaticServer } from '../scripts/lib/serve';
import { OFFLINE_FILES_FILE, OFFLINE_MANIFEST_FILE, OfflineFilesSchema, OfflineManifestSchema } from '../src/contracts/offline';
import { FILTER_NAMES } from '../src/contracts/search-filters';
import { INDEX_END_MARKER, SHARDS_FILE, SearchIndexFileSchema } from '../src/contracts/search-index';
import { SITE_UNSET } from '../src/config';
import { DecisionSchema } from '../src/schemas/decision';
import { CouncilFiguresSchema } from '../src/contracts/council-figures';
import { ArchiveIndexSchema } from '../src/utils/archive-index';
import { DECISION_COLUMNS } from '../src/utils/csv';
import { decisionFilters, valuesOf } from '../src/utils/search-filters';
import { launchChromium } from './browser/chromium';
import { buildSite, type BuiltSite } from './helpers/build';
import { hashTree, walk } from './helpers/files';

const SLUGS = ['19-001-728', '20-000-636', '20-005-525', '20-006-390', '21-000-259'];
let site: BuiltSite;

beforeAll(async () => {
  // As `npm run build` with no settings, ARCHIVE_SITE unset; with Astro's log, for its warning.
  site = await buildSite({ verbose: true });
  if (site.code !== 0) throw new Error(site.log);
});

const read = (file: string) => readFile(path.join(site.dist, file), 'utf8');

describe('decision pages', () => {
  it.each(SLUGS)('/decisions/%s/ has the title, facts, summary and every numbered paragraph', async (slug) => {
    const html = await read(`decisions/${slug}/index.html`);
    const decision = DecisionSchema.parse(JSON.parse(await read(`decisions/${slug}.json`)));
    expect(html).toContain(`<h1 data-pagefind-meta="title" data-pagefind-weight="10">${escape(`${decision.authority.name} (${decision.reference})`)}</h1>`);
    expect(html).toContain(`<time datetime="${decision.decisionDate}"`);
    expect(html).toContain(escape(decision.category.name));
    expect(html).toContain(escape(decision.summary));
    for (let n = 1; n <= decision.paragraphCount; n++) {
      expect(html).toContain(`id="p${n}"`);
      expect(html).toContain(`>${n}.<`);
    }
    expect(html).not.toContain(`id="p${decision.paragraphCount + 1}"`);
    for (const noise of ['Back to top', 'Print this page', 'LGO logogram', 'Review your privacy settings']) expect(html).not.toContain(noise);
  });

  it('lists the subheadings in the contents, under their section, each linked to its heading', async () => {
    const html = await read('decisions/20-000-636/index.html');
    const contents = /<nav class="toc"[^>]*>(.*?)<\/nav>/s.exec(html)![1]!;
    const found = /<li><a href="#what-i-found">What I found<\/a><ol>(.*?)<\/ol><\/li>/s.exec(contents)![1]!;
    const subheadings = [...found.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map(([, id, heading]) => [id, unescape(heading!)]);
    expect(subheadings.slice(0, 3)).toEqual([
      ['legal-and-administrative-background', 'Legal and administrative background'],
      ['councils-complaint-procedure', 'Council’s complaint procedure'],
      ['what-happened', 'What happened'],
    ]);
    expect(subheadings).toHaveLength(10);
    for (const [id] of subheadings) expect(html).toContain(`<h3 id="${id}"`);
  });

  it('links "described in paragraph 18" in 19 001 728 to #p18', async () => {
    const html = await read('decisions/19-001-728/index.html');
    expect(html).toMatch(/described in <a href="#p18">paragraph 18<\/a>/);
  });
});

describe('index pages', () => {
  it('/councils/ lists every authority with its counts per outcome', async () => {
    const html = await read('councils/index.html');
    for (const name of ['London Borough of Barnet', 'London Borough of Bromley', 'Royal Borough of Kensington &amp; Chelsea', 'Leicestershire County Council']) {
      expect(html).toContain(name);
    }
  });

  it('/councils/london-borough-of-barnet/ lists its two decisions, newest first', async () => {
    const html = await read('councils/london-borough-of-barnet/index.html');
    const newer = html.indexOf('/decisions/20-005-525/');
    const older = html.indexOf('/decisions/19-001-728/');
    expect(newer).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newer);
    expect(html).not.toContain('/decisions/20-006-390/"');
  });

  it('/outcomes/not-upheld/ lists 19 001 728 only', async () => {
    const html = await read('outcomes/not-upheld/index.html');
    expect(html).toContain('/decisions/19-001-728/');
    expect(SLUGS.filter((s) => s !== '19-001-728').some((s) => html.includes(`/decisions/${s}/"`))).toBe(false);
  });

  it('a subcategory page’s breadcrumbs name its category once, then the subcategory', async () => {
    const html = await read('categories/childrens-care-services/child-protection/index.html');
    const crumbs = [.../<nav class="breadcrumbs[^>]*>(.*?)<\/nav>/s.exec(html)![1]!.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map(([, li]) => unescape(li!.replace(/<[^>]+>/g, '')));
    expect(crumbs).toEqual(['Home', 'Categories', "Children's care services", 'Child protection']);
  });

  it('an outcome page gives its share of the archive, not an uphold rate of 100% or 0%', async () => {
    const upheld = await read('outcomes/upheld/index.html');
    const notUpheld = await read('outcomes/not-upheld/index.html');
    for (const html of [upheld, notUpheld]) expect(html).not.toContain('of investigated complaints upheld');
    expect(upheld).toContain('<strong>4 of 5</strong> decisions in the archive');
    expect(notUpheld).toContain('<strong>1 of 5</strong> decisions in the archive');
    // Other groups keep their uphold rate.
    expect(await read('categories/childrens-care-services/child-protection/index.html')).toContain('<strong>3 of 4</strong> investigated complaints upheld');
  });

  it('the home page has the totals, the newest decisions and a search box', async () => {
    const html = await read('index.html');
    expect(html).toMatch(/<strong>5<\/strong>\s*decisions/);
    expect(html).toContain('/decisions/21-000-259/');
    expect(html).toMatch(/<input[^>]+type="search"/);
  });

  it('/remedies/ gives the archive’s remedy figures, a chart, and every category and subcategory in a table', async () => {
    const html = await read('remedies/index.html');
    // The five seeds: four upheld, each with a payment of £100, £300, £500 or £1,000; £300 of them for distress alone.
    expect(html).toMatch(/<strong>4 of 4<\/strong> upheld decisions included a payment or refund/);
    expect(html).toContain('£100, £300, £500 and £1,000 (4 decisions: too few for a median)');
    expect(html).toContain('Payments for distress alone, where the statement says so: £300 (1 decision: too few for a median)');
    expect(html).toMatch(/<svg class="chart-svg"[^>]*role="img"/);
    expect(html).toMatch(/<table class="remedy-table">\s*<caption>Remedies agreed in upheld decisions, by category and subcategory/);
    expect(html).toContain('href="/categories/childrens-care-services/child-protection/"');
  });

  it('a council’s page, a category’s and a subcategory’s each show the remedies their own upheld decisions agreed', async () => {
    const council = await read('councils/london-borough-of-barnet/index.html');
    expect(council).toMatch(/<section class="remedy-stats" aria-labelledby="remedies">/);
    expect(council).toMatch(/<strong>1 of 1<\/strong> upheld decisions included a payment or refund/);
    expect(council).toContain('Payments and refunds a decision: £300 (1 decision: too few for a median)');
    const subcategory = await read('categories/childrens-care-services/child-protection/index.html');
    expect(subcategory).toContain('£300, £500 and £1,000 (3 decisions: too few for a median)');
    const notUpheld = await read('outcomes/not-upheld/index.html');
    expect(notUpheld).toContain('None of these decisions was upheld, so none agreed a remedy.');
  });

  it('a decision page lists earlier decisions about similar things, each an existing decision other than itself', async () => {
    const html = await read('decisions/20-005-525/index.html');
    const section = /<h3 id="related-earlier">Earlier decisions about similar things<\/h3>([\s\S]*?)<\/section>/.exec(html)?.[1];
    expect(section).toBeDefined();
    const linked = [...section!.matchAll(/href="\/decisions\/([\d-]+)\/"/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked).not.toContain('20-005-525');
    for (const slug of linked) expect(SLUGS).toContain(slug);
    const { decisions } = ArchiveIndexSchema.parse(JSON.parse(await readFile(path.join(site.generated, 'archive.json'), 'utf8')));
    const dateOf = (slug: string) => decisions.find((d) => d.slug === slug)!.decisionDate;
    for (const slug of linked) expect(dateOf(slug!) < dateOf('20-005-525'), slug).toBe(true);
  });

  it('/search/ has the filter controls', async () => {
    const html = await read('search/index.html');
    for (const filter of ['council', 'outcome', 'remedy', 'category', 'subcategory', 'from', 'to', 'sort']) expect(html).toContain(`name="${filter}"`);
    // Hidden until the search script runs: without it they would do nothing.
    expect(html).toMatch(/<form id="search"[^>]* hidden[ >]/);
  });
});

describe('coverage', () => {
  /** The coverage statement of a built page, as text. */
  const coverage = async (file: string) => {
    const html = await read(file);
    const [statement, ...more] = [...html.matchAll(/<p class="coverage"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
    expect(more, `${file} has one coverage statement`).toEqual([]);
    return { text: unescape(statement!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim(), html: statement! };
  };
  const OFFICIAL = 'The Ombudsman publishes official statistics for every council on its website: Your council’s performance.';

  it('the home page and Data and reuse state how many decisions the archive holds and their dates, as the index has them', async () => {
    const index = ArchiveIndexSchema.parse(JSON.parse(await readFile(path.join(site.generated, 'archive.json'), 'utf8')));
    expect([index.totals.count, index.totals.dates]).toEqual([5, { earliest: '2019-10-11', latest: '2022-05-12' }]);
    for (const file of ['index.html', 'data/index.html']) {
      const { text, html } = await coverage(file);
      expect(text).toBe(
        `Figures from the 5 decisions in this archive, not the Ombudsman’s official statistics: decisions made between 11 October 2019 and 12 May 2022, the newest on 12 May 2022. ${OFFICIAL}`,
      );
      expect(html).toContain('<time class="nowrap" datetime="2022-05-12">');
      expect(html).toContain('href="https://www.lgo.org.uk/your-councils-performance"');
    }
  });

  it('a council’s page states its own figures as the archive’s, not the Ombudsman’s', async () => {
    expect((await coverage('councils/london-borough-of-barnet/index.html')).text).toBe(
      `Figures from the 2 decisions in this archive, not the Ombudsman’s official statistics: decisions made between 11 October 2019 and 27 May 2021, the newest on 27 May 2021. ${OFFICIAL}`,
    );
    expect((await coverage('councils/leicestershire-county-council/index.html')).text).toBe(
      `Figures from the 1 decision in this archive, not the Ombudsman’s official statistics: a decision made on 12 May 2022. ${OFFICIAL}`,
    );
  });
});

describe('councils people can compare', () => {
  it('/councils/ files each authority under its distinctive name, keeping its full name; the year filter waits for the script', async () => {
    const html = await read('councils/index.html');
    const rows = [...html.matchAll(/<th scope="row"><a href="\/councils\/([^/]+)\/">([^<]+)<\/a>(?:<span class="authority-name">([^<]+)<\/span>)?/g)].map((m) => [m[2], m[3]]);
    expect(rows).toEqual([
      ['Barnet', 'London Borough of Barnet'],
      ['Bromley', 'London Borough of Bromley'],
      ['Kensington &amp; Chelsea', 'Royal Borough of Kensington &amp; Chelsea'],
      ['Leicestershire', 'Leicestershire County Council'],
    ]);
    expect(html).toContain('<tr id="letter-k">');
    expect(html).toMatch(/<form class="year-filter" hidden/);
    for (const key of ['name', 'count', 'rate', 'money']) expect(html).toContain(`data-sort="${key}"`);
    // Small numbers: Barnet upheld one of two investigated, Bromley one of one.
    expect(html).toMatch(/Barnet<\/span><\/th><td class="num" data-label="Decisions">2<\/td><td class="num" data-label="Uphold rate">1 of 2<\/td>/);
    expect(html).toMatch(/Bromley<\/span><\/th><td class="num" data-label="Decisions">1<\/td><td class="num" data-label="Uphold rate">1 of 1<\/td>/);
    expect(html).not.toMatch(/data-label="Uphold rate">100%/);
  });

  it('/councils/figures.json holds each authority’s figures per year, as the index counted them', async () => {
    const figures = CouncilFiguresSchema.parse(JSON.parse(await read('councils/figures.json')));
    expect(figures.years).toEqual(['2019', '2020', '2021', '2022']);
    expect(figures.councils.map((c) => c.distinctiveName)).toEqual(['Barnet', 'Bromley', 'Kensington & Chelsea', 'Leicestershire']);
    expect(figures.councils[0]).toMatchObject({ name: 'London Borough of Barnet', href: '/councils/london-borough-of-barnet/', years: { '2019': [0, 1, 0, 0], '2021': [1, 0, 0, 300] } });
  });

  it('a council’s outcomes and categories lead to its own lists, which exist only where it has decisions', async () => {
    const html = await read('councils/london-borough-of-barnet/index.html');
    expect(html).toContain('<a href="/councils/london-borough-of-barnet/outcomes/upheld/">Upheld</a>');
    expect(html).toContain('<a href="/councils/london-borough-of-barnet/outcomes/not-upheld/">Not upheld</a>');
    expect(html).toContain('<th scope="row">Closed after initial enquiries</th>');
    expect(html).toContain('<a href="/councils/london-borough-of-barnet/categories/childrens-care-services/">');
    expect(html).not.toContain('href="/outcomes/upheld/"');
    const upheld = await read('councils/london-borough-of-barnet/outcomes/upheld/index.html');
    expect(upheld).toContain('/decisions/20-005-525/');
    expect(upheld).not.toContain('/decisions/19-001-728/');
    expect(await read('councils/london-borough-of-barnet/outcomes/not-upheld/index.html')).toContain('/decisions/19-001-728/');
    const category = await read('councils/london-borough-of-barnet/categories/childrens-care-services/index.html');
    for (const slug of ['20-005-525', '19-001-728']) expect(category).toContain(`/decisions/${slug}/`);
    expect(category).not.toContain('/decisions/20-006-390/"');
    // One list per council and outcome, or council and category, that has decisions: no more.
    const index = ArchiveIndexSchema.parse(JSON.parse(await readFile(path.join(site.generated, 'archive.json'), 'utf8')));
    const lists = (await walk(path.join(site.dist, 'councils'))).filter((f) => /\/(outcomes|categories)\/[^/]+\/index\.html$/.test(f));
    expect(lists).toHaveLength(index.authorities.reduce((n, a) => n + a.byOutcome.length + a.byCategory.length, 0));
    expect(lists.some((f) => f.includes('barnet/outcomes/closed-after-initial-enquiries'))).toBe(false);
  });

  it('each council has its decisions as CSV, in the columns of /decisions.csv, linked from its page', async () => {
    expect(await read('councils/london-borough-of-barnet/index.html')).toContain('href="/councils/london-borough-of-barnet/decisions.csv" download');
    const records = (await read('councils/london-borough-of-barnet/decisions.csv')).slice(1).split('\r\n').filter(Boolean);
    expect(records[0]).toBe(DECISION_COLUMNS.join(','));
    expect((await read('decisions.csv')).slice(1).split('\r\n')[0]).toBe(records[0]);
    expect(records.slice(1).map((r) => r.split(',')[0])).toEqual(['20 005 525', '19 001 728']);
  });

  it('the CSV gives each decision’s payments and the kinds of action agreed', async () => {
    const records = (await read('decisions.csv')).slice(1).split('\r\n');
    const header = records[0]!.split(',');
    const row = records.find((r) => r.startsWith('20 005 525,'))!.split(',');
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('payments_total_gbp')).toBe('300');
    expect(cell('remedy_kinds')).toBe('apology; payment; training; information');
    const notUpheld = records.find((r) => r.startsWith('19 001 728,'))!.split(',');
    expect(notUpheld[header.indexOf('remedy_kinds')]).toBe('');
  });

  it('without the site’s address no outcome or subcategory feed is made, and no page announces one (test/links.test.ts builds them)', async () => {
    for (const file of ['outcomes/upheld/feed.xml', 'outcomes/not-upheld/feed.xml', 'categories/childrens-care-services/child-protection/feed.xml']) {
      await expect(read(file), file).rejects.toThrow(/ENOENT/);
    }
    for (const page of ['outcomes/upheld/index.html', 'categories/childrens-care-services/child-protection/index.html']) {
      expect(await read(page)).not.toContain('application/rss+xml');
    }
  });

  it('decision lists show the remedies at a glance, and only where some were agreed', async () => {
    const html = await read('councils/london-borough-of-barnet/index.html');
    expect(html).toContain('<span class="decision-list__label">Remedies:</span> Apology · £300 · Staff training or reminder · Information or evidence</p>');
    expect(html.match(/decision-list__remedies/g)).toHaveLength(1);
  });
});

describe('the search page without JavaScript', () => {
  it('says that search needs it and offers the browse pages, in words with spaces between them', async () => {
    const html = await read('search/index.html');
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)![1]!;
    // Blocks (paragraphs, list items) stand apart; inline elements must carry their own spaces.
    const text = unescape(noscript.replace(/<\/(p|li)>/g, ' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Search needs JavaScript, which is off in this browser. Every decision can still be reached by browsing: by council by outcome by category by year');
    for (const page of ['councils', 'outcomes', 'categories', 'years']) expect(noscript).toContain(`href="/${page}/"`);
  });
});

describe('open data', () => {
  it('/decisions.json has every decision’s metadata', async () => {
    const all = JSON.parse(await read('decisions.json')) as { slug: string; outcome: string }[];
    expect(all.map((d) => d.slug).sort()).toEqual(SLUGS);
  });

  it('/decisions/<slug>.json is the full decision, valid against the schema', async () => {
    for (const slug of SLUGS) {
      const decision = DecisionSchema.parse(JSON.parse(await read(`decisions/${slug}.json`)));
      expect(decision.slug).toBe(slug);
    }
  });
});

describe('search index', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(site.dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('indexes the five decision pages and nothing else', async () => {
    const entry = JSON.parse(await read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(5);
  });

  it('finds "domestic violence" in 20 005 525, with its filters', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    // A string, so that vitest's module transform leaves the browser's own import() alone.
    const base = JSON.stringify(new URL(server.url).pathname);
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import(${base} + 'pagefind/pagefind.js');
      await pagefind.options({ baseUrl: ${base} });
      const search = await pagefind.search('domestic violence');
      return Promise.all(search.results.map((r) => r.data()));
    })()`)) as { url: string; filters: Record<string, string[]>; meta: Record<string, string> }[];
    const hit = found.find((d) => d.url.endsWith('/decisions/20-005-525/'));
    expect(hit).toBeDefined();
    expect(hit!.filters).toMatchObject({ council: ['London Borough of Barnet'], outcome: ['Upheld'], year: ['2021'] });
    // One value per kind of remedy, as the remedies at a glance below name them.
    expect([...hit!.filters.remedy!].sort()).toEqual(['Apology', 'Information or evidence', 'Payment', 'Staff training or reminder']);
    expect(hit!.meta.reference).toBe('20 005 525');
    expect(hit!.meta.remedies).toBe('Apology · £300 · Staff training or reminder · Information or evidence');
    await page.close();
  });

  it('keeps every word of each search excerpt apart from the next, as the page shows them', async () => {
    const dir = path.join(site.dist, 'pagefind/fragment');
    const fragments = await readdir(dir);
    expect(fragments).toHaveLength(SLUGS.length);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const file of fragments) {
      const text = gunzipSync(await readFile(path.join(dir, file))).toString('utf8');
      // A fragment is Pagefind's signature followed by the page's record as JSON.
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
      await page.goto(new URL(fragment.url.replace(/^\//, ''), server.url).href);
      const shown = new Set(words(await page.locator('[data-pagefind-body]').innerText()));
      // Pagefind ends each block with a full stop; a word it glued to the next block's is no word of the page.
      const glued = words(fragment.content).filter((word) => !shown.has(word));
      expect(glued, fragment.url).toEqual([]);
    }
    await page.close();
  });

  it('shows the role and powers and how the complaint was considered, with their paragraphs’ anchors, and leaves them out of the index', async () => {
    const html = await read('decisions/20-005-525/index.html');
    const sections = [...html.matchAll(/<section\b([^>]*)>([\s\S]*?)<\/section>/g)].map(([, attributes, body]) => ({ ignored: /data-pagefind-ignore/.test(attributes!), body: body! }));
    const role = sections.find((s) => s.body.includes('role and powers'))!;
    const considered = sections.find((s) => s.body.includes('How I considered this complaint'))!;
    const found = sections.find((s) => s.body.includes('What I found'))!;
    expect([role.ignored, considered.ignored, found.ignored]).toEqual([true, true, false]);
    for (const anchor of ['p2', 'p3', 'p4', 'p5']) expect(role.body + considered.body).toContain(`id="${anchor}"`);
    for (const heading of ['Agreed action', 'Final decision', 'The complaint']) expect(sections.find((s) => s.body.includes(`>${heading}<`))?.ignored, heading).toBe(false);

    const dir = path.join(site.dist, 'pagefind/fragment');
    const contents = await Promise.all(
      (await readdir(dir)).map(async (file) => {
        const text = gunzipSync(await readFile(path.join(dir, file))).toString('utf8');
        return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
      }),
    );
    const content = contents.find((f) => f.url.endsWith('/decisions/20-005-525/'))!.content;
    expect(content).not.toContain('information sharing agreement');
    expect(content).not.toContain('Discussed the issues with Ms X');
    expect(content).toContain('domestic violence');
  });
});

describe('without ARCHIVE_SITE', () => {
  it('says so once, and what is left out', () => {
    const lines = stripVTControlCharacters(site.log).split('\n');
    expect(lines.filter((line) => line.includes('ARCHIVE_SITE'))).toEqual([expect.stringContaining(`[WARN] [archive:site] ${SITE_UNSET}`)]);
  });

  it('publishes no made-up address: no canonical link, og:url, feed, sitemap or absolute link to itself', async () => {
    const files = (await walk(site.dist)).map((file) => path.relative(site.dist, file));
    expect(files.filter((file) => /(^|\/)(feed|sitemap[^/]*)\.xml$/.test(file))).toEqual([]);
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of files.filter((f) => /\.(html|xml|txt|csv|json|js)$/.test(f))) {
      const text = await read(file);
      expect(text, file).not.toContain('decisions-archive.example');
      if (!file.endsWith('.html')) continue;
      expect(text, file).not.toMatch(/rel="canonical"|property="og:url"|application\/rss\+xml|feed\.xml/);
      // JSON-LD names no address of the archive's own.
      for (const [, json] of text.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) expect(json, file).not.toMatch(/"(url|@id|item|target)":"(?!https:\/\/(www\.lgo\.org\.uk|www\.legislation\.gov\.uk))/);
    }
    expect(await read('robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });

  it('gives site-relative links in decisions.csv', async () => {
    const [header, first] = (await read('decisions.csv')).split('\r\n');
    const columns = header!.replace(/^\uFEFF/, '').split(',');
    const row = first!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, ''));
    expect(row[columns.indexOf('url')]).toBe('/decisions/21-000-259/');
    expect(row[columns.indexOf('json_url')]).toBe('/decisions/21-000-259.json');
  });
});

describe('build report', () => {
  it('says what the build did, in the shape its schema gives', async () => {
    const report = await readBuildReport(buildReportFile(site.generated));
    expect(report.phases.map((p) => p.name)).toEqual(PHASES);
    for (const [i, phase] of report.phases.entries()) {
      expect(phase.end).toBeGreaterThanOrEqual(phase.start);
      if (i > 0) expect(phase.start).toBeGreaterThanOrEqual(report.phases[i - 1]!.end);
    }
    expect(report.seconds).toBeGreaterThanOrEqual(report.phases.at(-1)!.end);
    // A first build renders everything.
    expect(report.pages.decisions).toEqual({ rendered: 5, kept: 0 });
    expect(report.pages.kept).toBe(0);
    expect(report.pages.rendered).toBe(report.pages.routes.reduce((n, r) => n + r.rendered, 0));
    // Every HTML file of the site is a page the report counts (endpoints are the routes with a file extension).
    const html = (await readdir(site.dist, { recursive: true })).filter((f) => f.endsWith('.html'));
    expect(html).toHaveLength(report.pages.routes.filter((r) => !/\.\w+$/.test(r.route)).reduce((n, r) => n + r.rendered, 0));
    expect(report.pruned).toEqual({ files: 0 });
    expect(report.decisionJson).toEqual({ decisions: 5, linked: 5, removed: 0 });
    expect(report.searchIndex).toMatchObject({ decisions: 5, indexed: 1, reused: 0, shards: [{ decisions: 5, reused: false }] });
    expect(report.serviceWorker).toMatchObject({ wholeArchive: true, decisionPages: { files: 5 } });
    expect(report.serviceWorker.index.files).toBeGreaterThan(0);
  });
});

describe('what the build gives the browser (src/contracts/)', () => {
  it('shards.json, offline.json and offline-files.json are what the search page’s schemas expect', async () => {
    const shards = SearchIndexFileSchema.parse(JSON.parse(await read(SHARDS_FILE)));
    expect(shards.primary.decisions + shards.shards.reduce((n, s) => n + s.decisions, 0)).toBe(SLUGS.length);
    const manifest = OfflineManifestSchema.parse(JSON.parse(await read(OFFLINE_MANIFEST_FILE)));
    const files = OfflineFilesSchema.parse(JSON.parse(await read(OFFLINE_FILES_FILE)));
    expect(files.version).toBe(manifest.version);
    expect(files.pages).toEqual(SLUGS.map((slug) => `decisions/${slug}/`));
  });

  it.each(SLUGS)('/decisions/%s/ gives Pagefind each search filter’s values once each, the values the search page counts', async (slug) => {
    const html = await read(`decisions/${slug}/index.html`);
    const { decisions } = ArchiveIndexSchema.parse(JSON.parse(await readFile(path.join(site.generated, 'archive.json'), 'utf8')));
    const expected = decisionFilters(decisions.find((d) => d.slug === slug)!);
    const given = [...html.matchAll(/data-pagefind-filter="([^"]+)"[^>]*>([^<]*)</g)].map(([, name, value]) => [name!, unescape(value!)] as const);
    expect(given.map(([name]) => name).sort()).toEqual(FILTER_NAMES.flatMap((name) => valuesOf(expected, name).map(() => name)).sort());
    for (const name of FILTER_NAMES) expect(given.filter(([n]) => n === name).map(([, value]) => value), name).toEqual(valuesOf(expected, name));
    // Pagefind reads nothing after the marker (indexedPart), and it comes after every filter.
    expect(html.indexOf(INDEX_END_MARKER)).toBeGreaterThan(html.lastIndexOf('data-pagefind-filter'));
  });
});

describe('determinism', () => {
  it('two builds give byte-identical dist/', async () => {
    const again = await buildSite();
    expect(again.code).toBe(0);
    const [first, second] = await Promise.all([hashTree(site.dist), hashTree(again.dist)]);
    expect(Object.keys(second).length).toBeGreaterThan(20);
    expect(second).toEqual(first);
  });
});

/** The words of a text, without the punctuation around them. */
function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescape(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!);
}
