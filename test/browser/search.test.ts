/**
 * The search page in chromium, against a real build of the embedded archive served on 127.0.0.1:
 * by word, by reference, by filter and sort, from a shared URL, with Back/Forward and the keyboard.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/serve';
import type { BuiltSite } from '../helpers/build';
import { serveBuiltSite, type ServedSite } from '../helpers/served';
import { DecisionTextSchema, type FirstPageBucket, FirstPageBucketSchema, type FirstPageOthers, FirstPageOthersSchema, firstPageFile, othersFile } from '../../src/contracts/first-page';
import { pageIds } from '../../src/presenters/decision-page';
import { wordsOf } from '../../src/utils/search-match';
import type { Anchor } from '../../src/utils/search-paragraphs';
import { normaliseWord } from '../../src/utils/search-query';
import { searchText } from '../../src/utils/search-text';
import { launchChromium } from './chromium';
import { choose, openSearch, options, pathOf, recordedContext, results, searched, searchFor, status, waitForSearch, type Recorded } from './site';

const DECISIONS = {
  '19-001-728': { authority: 'London Borough of Barnet', outcome: 'Not upheld', date: '2019-10-11' },
  '20-000-636': { authority: 'Royal Borough of Kensington & Chelsea', outcome: 'Upheld', date: '2020-12-22' },
  '20-005-525': { authority: 'London Borough of Barnet', outcome: 'Upheld', date: '2021-05-27' },
  '20-006-390': { authority: 'London Borough of Bromley', outcome: 'Upheld', date: '2021-05-26' },
  '21-000-259': { authority: 'Leicestershire County Council', outcome: 'Upheld', date: '2022-05-12' },
} as const;
type Slug = keyof typeof DECISIONS;

let served: ServedSite;
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let recorded: Recorded;
let page: Page;

beforeAll(async () => {
  // One decision a search shard (the two of May 2021 share one): every search here runs over the
  // merged shards, as on an archive of tens of thousands of decisions.
  served = await serveBuiltSite({ env: { ARCHIVE_SEARCH_SHARD_SIZE: '1' } });
  ({ site, server, browser } = served);
  recorded = await recordedContext(browser);
});

afterAll(() => served?.close());

async function freshPage(query = ''): Promise<Page> {
  await page?.close();
  page = await recorded.context.newPage();
  await openSearch(page, `${server.url}search/${query}`);
  return page;
}

/** A page of its own, service worker blocked (it would answer before any route could see the request). */
async function ownPage() {
  const own = await recordedContext(browser, { serviceWorkers: 'block' });
  return { own, page: await own.context.newPage() };
}

/** The decision a result links to (at its best paragraph, with the words to highlight). */
const slugOf = (href: string) => /^\/decisions\/([^/]+)\/$/.exec(new URL(href, 'http://x').pathname)?.[1] as Slug | undefined;

describe('search by word', () => {
  it('finds every decision that uses a word, each with its authority, reference, outcome, date and an excerpt', async () => {
    const page = await freshPage();
    await searchFor(page, 'violence');
    expect(await status(page)).toBe('5 decisions found for “violence”.');
    const found = await results(page);
    expect(found.map((r) => slugOf(r.href)).sort()).toEqual(Object.keys(DECISIONS).sort());
    for (const result of found) {
      const slug = slugOf(result.href)!;
      const expected = DECISIONS[slug];
      expect(result.href).toMatch(new RegExp(`^/decisions/${slug}/\\?highlight=violence#(p\\d+|summary)$`));
      expect(result.authority).toBe(expected.authority);
      expect(result.reference).toBe(`Decision ${slug.replace(/-/g, ' ')}`);
      expect(result.outcome).toBe(expected.outcome);
      expect(result.dateTime).toBe(expected.date);
      expect(result.date).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(result.marks).toBeGreaterThan(0);
      expect(result.excerpt.toLowerCase()).toContain('violence');
    }
    expect(new URL(page.url()).search).toBe('?q=violence');
  });

  it('shows each result’s remedies at a glance, as the decision lists do, and none where none were agreed', async () => {
    const page = await freshPage();
    await searchFor(page, 'violence');
    const found = new Map((await results(page)).map((r) => [slugOf(r.href), r.remedies]));
    expect(found.get('20-005-525')).toBe('Remedies: Apology · £300 · Staff training or reminder · Information or evidence');
    expect(found.get('19-001-728')).toBeNull();
  });

  it('finds a word used in one decision only, and not the others', async () => {
    const page = await freshPage();
    await searchFor(page, 'mediation');
    const found = await results(page);
    expect(found.map((r) => slugOf(r.href))).toEqual(['21-000-259']);
    expect(await status(page)).toBe('1 decision found for “mediation”.');
  });

  it('searches as you type, and keeps the URL up to date', async () => {
    const page = await freshPage();
    const before = await searched(page);
    await page.locator('#q').pressSequentially('mediation', { delay: 20 });
    await waitForSearch(page, before);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'mediation');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 1);
    expect((await results(page)).map((r) => slugOf(r.href))).toEqual(['21-000-259']);
  });

  it('ranks a decision whose title has the word above those that only use it in the body', async () => {
    // "Council" is in every statement, but only Leicestershire County Council has it in its title.
    const page = await freshPage();
    await searchFor(page, 'council');
    const found = await results(page);
    expect(found).toHaveLength(5);
    expect(slugOf(found[0]!.href)).toBe('21-000-259');
  });

  it('says so, with help, when nothing matches', async () => {
    const page = await freshPage();
    await searchFor(page, 'wombat');
    expect(await results(page)).toHaveLength(0);
    expect(await status(page)).toBe('No decision contains “wombat”.');
    await choose(page, 'outcome', 'Not upheld');
    await searchFor(page, 'mediation');
    expect(await results(page)).toHaveLength(0);
    expect(await status(page)).toContain('Remove a filter to widen the search.');
  });
});

describe('honest results', () => {
  // Pagefind answers a word it lacks with a shorter indexed word that begins it ("x" of Mr X): the
  // search page must never show those answers. Here over four shards; test/browser/search-single.test.ts
  // over one index.
  it.each([
    ['xylophone', 'No decision contains “xylophone”.'],
    ['compensation', 'No decision contains “compensation”.'],
    ['council tax', 'No decision contains “tax”.'],
    ['wombat council', 'No decision contains “wombat”.'],
  ])('"%s" finds nothing, and says which word no decision contains', async (typed, said) => {
    const page = await freshPage();
    await searchFor(page, typed);
    expect(await results(page)).toEqual([]);
    expect(await status(page)).toBe(said);
  });

  it('offers the search without the missing word, and words the statements use instead that the archive has', async () => {
    const page = await freshPage();
    await searchFor(page, 'council tax');
    await page.waitForSelector('#search-help a');
    expect(await page.$$eval('#search-help a', (links) => links.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).search]))).toEqual([['Search for “council” instead', '?q=council']]);
    await searchFor(page, 'compensation');
    await page.waitForFunction(() => document.querySelectorAll('#search-help a').length === 2);
    expect(await page.$$eval('#search-help a', (links) => links.map((a) => a.textContent))).toEqual(['Search for “payment”', 'Search for “remedy”']);
    // In the page, as a search of its own: Back returns to "compensation".
    const n = await searched(page);
    await page.click('#search-help a >> nth=0');
    await waitForSearch(page, n);
    expect(await page.inputValue('#q')).toBe('payment');
    expect((await results(page)).length).toBeGreaterThan(0);
    await page.goBack();
    await waitForSearch(page, n + 1);
    expect(await page.inputValue('#q')).toBe('compensation');
  });

  it('finds the forms of a word: "apology" also finds "apologise" and "apologised"', async () => {
    const page = await freshPage();
    await searchFor(page, 'apologised');
    const forms = (await results(page)).length;
    await searchFor(page, 'apology');
    const found = await results(page);
    expect(found.length).toBeGreaterThanOrEqual(forms);
    const marked = await page.$$eval('#search-results mark', (marks) => [...new Set(marks.map((m) => m.textContent!.toLowerCase().replace(/[^a-z]/g, '')))].sort());
    expect(marked).toEqual(expect.arrayContaining(['apology']));
    expect(marked.some((w) => w.startsWith('apologis'))).toBe(true);
    for (const w of marked) expect(w).toMatch(/^apolog/);
  });

  it('searches a quoted phrase as a phrase', async () => {
    const page = await freshPage();
    await searchFor(page, '"child protection conference"');
    const phrase = (await results(page)).map((r) => slugOf(r.href));
    expect(phrase.length).toBeGreaterThan(0);
    await searchFor(page, '"conference protection child"');
    expect(await results(page)).toEqual([]);
    expect(await status(page)).toBe('No decision contains “conference protection child”.');
    await searchFor(page, 'conference protection child');
    expect((await results(page)).length).toBeGreaterThanOrEqual(phrase.length);
  });
});

describe('results that take you to the answer', () => {
  it('links each result to its best paragraph, counts the matching paragraphs and lists the first few', async () => {
    const page = await freshPage();
    await searchFor(page, 'violence');
    // 21 000 259 uses the word in several paragraphs.
    const item = page.locator('#search-results > li', { has: page.locator('h2 a[href^="/decisions/21-000-259/"]') });
    const href = (await item.locator('h2 a').getAttribute('href'))!;
    expect(href).toMatch(/^\/decisions\/21-000-259\/\?highlight=violence#p\d+$/);
    const count = Number(/^(\d+) matching paragraphs$/.exec((await item.locator('.result-paragraphs').textContent())!)?.[1]);
    expect(count).toBeGreaterThan(1);
    const parts = await item.locator('.result-parts > li').evaluateAll((lis) => lis.map((li) => ({ label: li.querySelector('a')!.textContent, href: li.querySelector('a')!.getAttribute('href'), marks: li.querySelectorAll('mark').length })));
    expect(parts.length).toBe(Math.min(3, count));
    for (const p of parts) {
      expect(p.label).toMatch(/^para \d+$/);
      expect(p.href).toBe(href.replace(/#.*/, `#p${p.label!.slice(5)}`));
      expect(p.marks).toBeGreaterThan(0);
    }
  });

  it('opens on the paragraph with the words found marked in it', async () => {
    const page = await freshPage();
    await searchFor(page, 'mediation');
    const href = (await page.locator('#search-results h2 a').first().getAttribute('href'))!;
    const id = href.split('#')[1]!;
    await Promise.all([page.waitForURL('**/decisions/21-000-259/**'), page.locator('#search-results h2 a').first().click()]);
    await page.waitForFunction(() => document.documentElement.dataset.highlighted !== undefined);
    const marks = await page.$$eval(`[id="${id}"] mark.search-mark`, (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m!.toLowerCase()).toBe('mediation');
    // The paragraph is in view.
    expect(await page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
  });

  it('shows the outcome, date, category and remedies of each result', async () => {
    const page = await freshPage();
    await searchFor(page, 'mediation');
    const meta = await page.locator('#search-results > li .result-meta').first().textContent();
    expect(meta?.replace(/\s+/g, ' ')).toBe("Decision 21 000 259 · Upheld · 12 May 2022 · Children's care services › Other");
    expect((await results(page))[0]!.remedies).toBe('Remedies: Apology · £100');
  });
});

describe('filters', () => {
  it('a range of years, with counts; filters without words list the newest first', async () => {
    const page = await freshPage();
    await choose(page, 'from', '2020');
    await choose(page, 'to', '2021');
    const found = await results(page);
    expect(found.map((r) => r.dateTime)).toEqual(['2021-05-27', '2021-05-26', '2020-12-22']);
    expect(new URL(page.url()).search).toBe('?from=2020&to=2021');
    expect(await status(page)).toBe('3 decisions found in 2020–2021.');
    // The other filters count within the range; the years keep the counts they would have if chosen.
    expect(await options(page, 'outcome')).toEqual(['Any', 'Not upheld (0)', 'Upheld (3)']);
    expect(await options(page, 'from')).toEqual(['Any', '2022 (1)', '2021 (2)', '2020 (1)', '2019 (1)']);
  });

  it('a remedy, with counts: the decisions that agreed that kind of remedy', async () => {
    const page = await freshPage();
    const remedies = await options(page, 'remedy');
    expect(remedies).toEqual(expect.arrayContaining(['Any', 'Apology (4)', 'Payment (4)', 'Staff training or reminder (2)']));
    await choose(page, 'remedy', 'Staff training or reminder');
    const found = await results(page);
    expect(found.map((r) => slugOf(r.href)).sort()).toEqual(['20-000-636', '20-005-525']);
    for (const r of found) expect(r.remedies).toContain('Staff training or reminder');
    expect(await options(page, 'outcome')).toEqual(['Any', 'Not upheld (0)', 'Upheld (2)']);
    expect(await options(page, 'remedy')).toEqual(remedies);
    await searchFor(page, 'violence');
    expect((await results(page)).map((r) => slugOf(r.href)).sort()).toEqual(['20-000-636', '20-005-525']);
  });

  it('an older link’s single year is a range of that year', async () => {
    const page = await freshPage('?year=2019');
    expect((await results(page)).map((r) => slugOf(r.href))).toEqual(['19-001-728']);
    expect([await page.inputValue('select[name="from"]'), await page.inputValue('select[name="to"]')]).toEqual(['2019', '2019']);
  });
});

describe('on a phone', () => {
  it('folds the filters under "Filters (n)", so that the first result is above the fold at 375 px', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const phone = await context.newPage();
    await openSearch(phone, `${server.url}search/?q=violence&outcome=Upheld&from=2020`);
    expect(await phone.locator('#search-filters').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect((await phone.locator('#search-filters > summary').textContent())?.trim()).toBe('Filters (2)');
    const top = await phone.locator('#search-results > li').first().evaluate((li) => li.getBoundingClientRect().top);
    expect(top).toBeLessThan(667);
    // Open, it shows the filters as chosen.
    await phone.click('#search-filters > summary');
    expect(await phone.isVisible('select[name="outcome"]')).toBe(true);
    expect(await phone.inputValue('select[name="outcome"]')).toBe('Upheld');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('says search needs it, offers the browse pages, and shows no search box or filters that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}search/`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Search needs JavaScript, which is off in this browser. Every decision can still be reached by browsing:');
    for (const name of ['by council', 'by outcome', 'by category', 'by year']) expect(await page.getByRole('link', { name, exact: true }).count()).toBe(1);
    expect(await page.locator('select, input[type="search"]').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
    await context.close();
  });
});

describe('search by reference', () => {
  it.each(['20 006 390', '20006390', '20-006-390'])('"%s" goes straight to decision 20 006 390, and Back returns to the search', async (typed) => {
    const page = await freshPage();
    await page.fill('#q', typed);
    await Promise.all([page.waitForURL('**/decisions/20-006-390/'), page.press('#q', 'Enter')]);
    expect(await page.textContent('h1')).toContain('20 006 390');
    // One Back press: the search, with the decision first and marked as the reference's, not another jump.
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('search')?.dataset.searched !== undefined && location.pathname.endsWith('/search/'));
    expect(await page.inputValue('#q')).toBe(typed);
    const found = await results(page);
    expect(found[0]).toMatchObject({ reference: 'Decision 20 006 390', authority: 'London Borough of Bromley', pinned: true });
    expect(slugOf(found[0]!.href)).toBe('20-006-390');
    expect(await status(page)).toContain('for reference 20 006 390');
  });

  it('a shared link to a reference opens that decision too, and says when the archive lacks one', async () => {
    page = await recorded.context.newPage();
    await Promise.all([page.waitForURL('**/decisions/19-001-728/'), page.goto(`${server.url}search/?q=19-001-728`)]);
    const search = await freshPage();
    await searchFor(search, '99 999 999');
    expect(await results(search)).toHaveLength(0);
    expect(await status(search)).toContain('There is no decision 99 999 999 in this archive');
  });

  /** The scripts a module script's file imports, itself included, as the page asks for them. */
  async function moduleGraph(src: string, seen = new Set<string>()): Promise<Set<string>> {
    if (seen.has(src)) return seen;
    seen.add(src);
    const code = await readFile(path.join(site.dist, src), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) await moduleGraph(new URL(m[1]!, `http://x${src}`).pathname, seen);
    return seen;
  }

  it('a shared link to a reference opens its decision with only the page’s first script loaded, and going back returns to the search', async () => {
    const { own, page } = await ownPage();
    // The page's first script and what it imports; every other script (the search's, Pagefind's)
    // is held until the decision has opened.
    const html = await readFile(path.join(site.dist, 'search/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    const first = await moduleGraph(scripts[0]!);
    const held: { url: string; release: () => Promise<void> }[] = [];
    await page.route(
      (url) => url.pathname.endsWith('.js') && !first.has(url.pathname),
      (route) => void held.push({ url: new URL(route.request().url()).pathname, release: () => route.continue() }),
    );
    // (Its own scripts are held too: it will not reach "load" yet.)
    await Promise.all([page.waitForURL('**/decisions/20-000-636/', { waitUntil: 'commit' }), page.goto(`${server.url}search/?q=20%20000%20636`, { waitUntil: 'commit' })]);
    expect(await page.textContent('h1')).toContain('20 000 636');
    // The search's own script was among those held: the decision did not wait for it.
    expect(held.map((h) => h.url)).toContain(scripts[1]);
    await page.unrouteAll();
    await Promise.all(held.map((h) => h.release().catch(() => undefined)));
    // Opened while the page was still loading, the decision is a new entry in the history (with
    // location.assign it would have replaced the search's).
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('search')?.dataset.searched !== undefined && location.pathname.endsWith('/search/'), null, { timeout: 30_000 });
    expect(await page.inputValue('#q')).toBe('20 000 636');
    expect((await results(page))[0]).toMatchObject({ reference: 'Decision 20 000 636', pinned: true });
    expect(own.errors).toEqual([]);
    await own.context.close();
  });

  it('a shared link to a reference the archive has no page for asks the host once, then the index', async () => {
    const { own, page } = await ownPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'HEAD') asked.push(new URL(request.url()).pathname);
    });
    await openSearch(page, `${server.url}search/?q=99-999-999`);
    expect(await status(page)).toContain('There is no decision 99 999 999 in this archive');
    expect(asked).toEqual(['/decisions/99-999-999/']);
    expect(page.url()).toContain('/search/');
    expect(own.errors.filter((e) => !e.includes('404'))).toEqual([]);
    await own.context.close();
  });
});

describe('Back to a search kept whole in memory (the back/forward cache)', () => {
  let cached: Browser;
  beforeAll(async () => {
    cached = await launchChromium({ backForwardCache: true });
  });
  afterAll(() => cached?.close());

  /** A page that marks its document when the browser brings it back from the cache. */
  async function cachingPage() {
    const context = await cached.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() =>
      addEventListener('pageshow', (event) => {
        if (event.persisted) document.documentElement.dataset.restored = String(Number(document.documentElement.dataset.restored ?? 0) + 1);
      }),
    );
    return { context, page };
  }

  /** Back to the search, restored from the cache, with the reference's decision pinned, and not opened again. */
  async function backToSearch(page: Page, reference: string) {
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction((r) => document.documentElement.dataset.restored === '1' && (document.getElementById('search-status')?.textContent ?? '').includes(`for reference ${r}`), reference, { timeout: 30_000 });
    expect((await results(page))[0]).toMatchObject({ reference: `Decision ${reference}`, pinned: true });
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/search/');
  }

  it('after a reference the reader sent', async () => {
    const { context, page } = await cachingPage();
    await openSearch(page, `${server.url}search/`);
    await page.fill('#q', '20 006 390');
    await Promise.all([page.waitForURL('**/decisions/20-006-390/'), page.press('#q', 'Enter')]);
    await backToSearch(page, '20 006 390');
    await context.close();
  });

  it('after a shared link to a reference', async () => {
    const { context, page } = await cachingPage();
    await Promise.all([page.waitForURL('**/decisions/20-000-636/'), page.goto(`${server.url}search/?q=20%20000%20636`)]);
    await page.waitForLoadState('load');
    await backToSearch(page, '20 000 636');
    await context.close();
  });
});

describe('filters and sort', () => {
  /** The council filter over the whole archive: what it offers with no filter, or with a council chosen. */
  const EVERY_COUNCIL = ['Any', 'Leicestershire County Council (1)', 'London Borough of Barnet (2)', 'London Borough of Bromley (1)', 'Royal Borough of Kensington & Chelsea (1)'];

  it('offers council, outcome, remedy, category, subcategory and a range of years, each value with its count', async () => {
    const page = await freshPage();
    expect(await options(page, 'outcome')).toEqual(['Any', 'Not upheld (1)', 'Upheld (4)']);
    expect(await options(page, 'council')).toEqual(EVERY_COUNCIL);
    for (const bound of ['from', 'to']) expect(await options(page, bound)).toEqual(['Any', '2022 (1)', '2021 (2)', '2020 (1)', '2019 (1)']);
    expect(await options(page, 'category')).toEqual(['Any', "Children's care services (5)"]);
    expect(await options(page, 'subcategory')).toEqual(['Any', "Children's care services › Child protection (4)", "Children's care services › Other (1)"]);
  });

  it('filters without a word, and counts the other filters within the results', async () => {
    const page = await freshPage();
    await choose(page, 'council', 'London Borough of Barnet');
    expect((await results(page)).map((r) => slugOf(r.href)).sort()).toEqual(['19-001-728', '20-005-525']);
    expect(await options(page, 'outcome')).toEqual(['Any', 'Not upheld (1)', 'Upheld (1)']);
    // The chosen filter's own values keep the counts they would have if chosen instead.
    expect(await options(page, 'council')).toEqual(EVERY_COUNCIL);
    expect(new URL(page.url()).searchParams.get('council')).toBe('London Borough of Barnet');
    await choose(page, 'outcome', 'Not upheld');
    expect((await results(page)).map((r) => slugOf(r.href))).toEqual(['19-001-728']);
    // Barnet and not upheld: councils within "not upheld", outcomes within Barnet.
    expect(await options(page, 'council')).toEqual(['Any', 'Leicestershire County Council (0)', 'London Borough of Barnet (1)', 'London Borough of Bromley (0)', 'Royal Borough of Kensington & Chelsea (0)']);
    expect(await options(page, 'outcome')).toEqual(['Any', 'Not upheld (1)', 'Upheld (1)']);
  });

  it('sorts by date either way, and every decision carries the sort key', async () => {
    const page = await freshPage();
    await choose(page, 'sort', 'newest');
    // Pagefind drops pages without the active sort key: all five must still be here.
    const newest = await results(page);
    expect(newest.map((r) => r.dateTime)).toEqual(Object.values(DECISIONS).map((d) => d.date).sort().reverse());
    await searchFor(page, 'school');
    const sortedCount = (await results(page)).length;
    await choose(page, 'sort', 'oldest');
    const oldest = await results(page);
    expect(oldest.map((r) => r.dateTime)).toEqual([...oldest.map((r) => r.dateTime)].sort());
    await choose(page, 'sort', '');
    expect((await results(page)).length).toBe(sortedCount);
    expect(sortedCount).toBe(5);
  });
});

describe('the URL holds the search', () => {
  it('a shared link reproduces the search: words, filters and sort', async () => {
    const page = await freshPage('?q=violence&council=London+Borough+of+Barnet&sort=oldest');
    expect(await page.inputValue('#q')).toBe('violence');
    expect(await page.inputValue('select[name="council"]')).toBe('London Borough of Barnet');
    expect(await page.inputValue('select[name="sort"]')).toBe('oldest');
    expect((await results(page)).map((r) => slugOf(r.href))).toEqual(['19-001-728', '20-005-525']);
    expect(await status(page)).toBe('2 decisions found for “violence” in London Borough of Barnet, oldest first.');
  });

  it('Back and Forward step through earlier searches', async () => {
    const page = await freshPage();
    await searchFor(page, 'mediation');
    await searchFor(page, 'court');
    await choose(page, 'outcome', 'Upheld');
    expect(new URL(page.url()).search).toBe('?q=court&outcome=Upheld');

    let n = await searched(page);
    await page.goBack();
    await waitForSearch(page, n);
    expect(new URL(page.url()).search).toBe('?q=court');
    expect(await page.inputValue('select[name="outcome"]')).toBe('');
    expect(await results(page)).toHaveLength(3);

    n = await searched(page);
    await page.goBack();
    await waitForSearch(page, n);
    expect(await page.inputValue('#q')).toBe('mediation');
    expect((await results(page)).map((r) => slugOf(r.href))).toEqual(['21-000-259']);

    n = await searched(page);
    await page.goForward();
    await waitForSearch(page, n);
    expect(await page.inputValue('#q')).toBe('court');
    expect(await results(page)).toHaveLength(3);
  });
});

describe('keyboard', () => {
  it('works without a mouse: "/" to the box, type, Enter, a filter by arrow key, Tab to a result, Enter to open it', async () => {
    const page = await freshPage();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    let n = await searched(page);
    await page.keyboard.type('violence');
    await page.keyboard.press('Enter');
    await waitForSearch(page, n);
    expect(await results(page)).toHaveLength(5);

    n = await searched(page);
    await page.focus('select[name="outcome"]');
    await page.keyboard.press('ArrowDown');
    await waitForSearch(page, n);
    expect(await page.inputValue('select[name="outcome"]')).toBe('Not upheld');
    expect((await results(page)).map((r) => slugOf(r.href))).toEqual(['19-001-728']);

    await page.focus('#q');
    for (let i = 0; i < 20 && !(await page.evaluate(() => Boolean(document.activeElement?.closest('#search-results')))); i++) {
      await page.keyboard.press('Tab');
    }
    expect(slugOf((await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '')).toBe('19-001-728');
    await Promise.all([page.waitForURL('**/decisions/19-001-728/**'), page.keyboard.press('Enter')]);
    expect(await page.textContent('h1')).toContain('19 001 728');
  });
});

describe('index scope', () => {
  it('indexes the five decision pages only, in four shards, and none of the navigation around them', async () => {
    const { shards } = JSON.parse(await readFile(path.join(site.dist, 'pagefind/shards.json'), 'utf8')) as { shards: { id: string; path: string }[] };
    expect(shards.map((s) => s.id)).toEqual(['2021-05-05', '2020', '2019']);
    let pages = 0;
    for (const bundle of ['pagefind/', ...shards.map((s) => s.path)]) {
      const entry = JSON.parse(await readFile(path.join(site.dist, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      pages += Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    }
    expect(pages).toBe(5);
    // "Skip to main content" is on every page, outside data-pagefind-body.
    const page = await freshPage();
    await searchFor(page, 'skip');
    expect(await results(page)).toHaveLength(0);
  });

  it('weights the title and the summary above the body', async () => {
    const html = await readFile(path.join(site.dist, 'decisions/20-006-390/index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*data-pagefind-weight="10"[^>]*>London Borough of Bromley \(20 006 390\)<\/h1>/);
    expect(html).toMatch(/<p[^>]*data-pagefind-weight="5"[^>]*>Miss P complained/);
    const body = html.slice(html.indexOf('data-pagefind-body'));
    expect(html.indexOf('data-pagefind-body')).toBeGreaterThan(html.indexOf('class="site-header"'));
    expect(body).not.toContain('class="site-header"');
  });
});

describe('the web worker', () => {
  it('runs every shard’s search, even when the first search asks the oldest shard first', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => (m.type() === 'warning' || m.type() === 'error') && warnings.push(m.text()));
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await openSearch(page, `${server.url}search/?q=violence&sort=oldest`);
    expect((await results(page)).map((r) => r.dateTime)).toEqual(Object.values(DECISIONS).map((d) => d.date).sort());
    // One worker, from the newest shard's folder, the only one with Pagefind's scripts.
    expect(requests.filter((p) => p.endsWith('pagefind-worker.js'))).toEqual(['/pagefind/pagefind-worker.js']);
    expect(warnings.filter((w) => /pagefind|worker/i.test(w))).toEqual([]);
    await context.close();
  });
});

describe('the list of shards', () => {

  // "abuse": in every decision's statement, in none's title or summary, so no first page of its own
  // (below): the newest shard answers first.
  it('shows the newest shard’s results while the list of the others is on its way, then all of them', async () => {
    const { own, page } = await ownPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/shards.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}search/?q=abuse`);
    // Only the newest shard can answer while the list is held: with one decision a shard here, the
    // decision of May 2022 (DECISIONS above).
    await page.waitForSelector('#search-results > li', { timeout: 30_000 });
    expect((await results(page)).map((r) => slugOf(r.href))).toEqual(['21-000-259']);
    expect(await page.getAttribute('#search', 'data-searched')).toBeNull();
    release();
    await page.waitForFunction(() => document.getElementById('search')?.dataset.searched !== undefined, null, { timeout: 30_000 });
    expect((await results(page)).map((r) => slugOf(r.href)).sort()).toEqual(Object.keys(DECISIONS).sort());
    expect(await status(page)).toBe('5 decisions found for “abuse”.');
    expect(own.errors).toEqual([]);
    await own.context.close();
  });

  it('says part of the index is missing when the list will not load, and asks for it again at the next search', async () => {
    const { own, page } = await ownPage();
    await page.route('**/pagefind/shards.json', (route) => route.abort());
    await openSearch(page, `${server.url}search/?q=abuse`);
    expect((await results(page)).map((r) => slugOf(r.href))).toEqual(['21-000-259']);
    expect(await status(page)).toBe('1 decision found for “abuse”. Part of the index could not be loaded, and there may be more.');
    // No counts that would pass the newest shard's for the archive's: the values alone.
    expect(await options(page, 'outcome')).toEqual(['Any', 'Not upheld', 'Upheld']);
    await page.unroute('**/pagefind/shards.json');
    await searchFor(page, 'abuse');
    expect(await status(page)).toBe('5 decisions found for “abuse”.');
    expect(await options(page, 'outcome')).toEqual(['Any', 'Not upheld (1)', 'Upheld (4)']);
    expect((await results(page)).map((r) => slugOf(r.href)).sort()).toEqual(Object.keys(DECISIONS).sort());
    // Only the aborted list itself failed.
    expect(own.errors.filter((e) => !e.includes('shards.json'))).toEqual([]);
    await own.context.close();
  });
});

describe('the first page of a search of words', () => {
  /** The first page the build ranked for a stem: its decisions, best first (one file for five decisions). */
  async function builtFirstPage(stem: string): Promise<string[]> {
    const bucket = FirstPageBucketSchema.parse(JSON.parse(await readFile(path.join(site.dist, firstPageFile(0)), 'utf8')));
    return bucket.stems[stem]!.map((at) => slugOf(bucket.cards[at]!.url)!);
  }

  /** The decisions whose title or summary has a word of each pattern. */
  async function usingEvery(patterns: RegExp[]): Promise<string[]> {
    const out: string[] = [];
    for (const slug of Object.keys(DECISIONS)) {
      const decision = JSON.parse(await readFile(path.join(site.dist, `decisions/${slug}.json`), 'utf8')) as { summary: string };
      if (patterns.every((p) => p.test(decision.summary))) out.push(slug);
    }
    return out;
  }

  /**
   * Searches `q` with Pagefind's script held: the first page shows, then stays where it is when the
   * index has answered, the index's other results below it: the decisions the index alone finds.
   */
  async function heldSearch(q: string, { served = {}, aborted }: { served?: Record<string, unknown>; aborted?: string } = {}): Promise<{ first: string[]; all: string[]; viaIndex: string[] }> {
    // What the index alone finds (a range of every year has no first page).
    const page = await freshPage(`?q=${encodeURIComponent(q)}&from=2019`);
    const viaIndex = (await results(page)).map((r) => slugOf(r.href)!);
    const { own, page: held } = await ownPage();
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    await held.route('**/pagefind/pagefind.js', async (route) => {
      await holding;
      await route.continue();
    });
    // Files served in place of the build's, by their path from the site's root.
    if (aborted) await held.route(`**/${aborted}`, (route) => route.abort());
    const servedHit = new Set<string>();
    for (const [file, json] of Object.entries(served)) await held.route(`**/${file}`, (route) => (servedHit.add(file), route.fulfill({ json })));
    await held.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
    await held.waitForFunction(() => document.getElementById('search-status')?.textContent?.startsWith('Searching the rest'), null, { timeout: 30_000 });
    const first = (await results(held)).map((r) => slugOf(r.href)!);
    expect(await status(held)).toBe(`Searching the rest of the archive for “${q}”…`);
    expect(await held.getAttribute('#search', 'data-searched')).toBeNull();
    // The reader's place: the first result's element itself must stay.
    await held.locator('#search-results > li').first().evaluate((li) => li.setAttribute('data-seen', ''));
    release();
    await held.waitForFunction(() => document.getElementById('search')?.dataset.searched !== undefined, null, { timeout: 30_000 });
    const all = (await results(held)).map((r) => slugOf(r.href)!);
    expect(all.slice(0, first.length)).toEqual(first);
    expect(await held.locator('#search-results > li').first().getAttribute('data-seen')).toBe('');
    expect(await status(held)).toBe(`${viaIndex.length} decisions found for “${q}”.`);
    expect(own.errors.filter((e) => !aborted || !e.includes(aborted))).toEqual([]);
    expect([...servedHit].sort()).toEqual(Object.keys(served).sort());
    await own.context.close();
    return { first, all, viaIndex };
  }

  it('holds the decisions whose title or summary uses the word, and shows them before the index has loaded', async () => {
    const { first, all, viaIndex } = await heldSearch('protection');
    expect(first.length).toBeGreaterThan(1);
    expect(first).toEqual(await builtFirstPage('protect'));
    expect([...first].sort()).toEqual(await usingEvery([/protect/i]));
    expect(viaIndex.length).toBeGreaterThan(first.length);
    expect([...all].sort()).toEqual([...viaIndex].sort());
  });

  it('of two words holds the decisions whose title or summary uses both, and shows them the same way', async () => {
    const { first, all, viaIndex } = await heldSearch('child protection');
    const both = await usingEvery([/\bchild/i, /protect/i]);
    expect(both.length).toBeGreaterThan(1);
    expect([...first].sort()).toEqual(both);
    expect([...all].sort()).toEqual([...viaIndex].sort());
  });

  it('of two words finds the decisions beyond either word’s list that use both', async () => {
    // Each word's list cut to its best decision, the rest of its decisions beyond it, as a large
    // archive's are: what is on both lists is then at most one decision.
    const bucket = FirstPageBucketSchema.parse(JSON.parse(await readFile(path.join(site.dist, firstPageFile(0)), 'utf8')));
    expect(FirstPageOthersSchema.parse(JSON.parse(await readFile(path.join(site.dist, othersFile(0)), 'utf8')))).toEqual({});
    const lists: FirstPageBucket['lists'] = {};
    const others: FirstPageOthers = {};
    for (const [stem, list] of Object.entries(bucket.lists)) {
      lists[stem] = list.slice(0, 2);
      const rest = list.filter((_, i) => i % 2 === 0).slice(1).sort((a, b) => a - b);
      if (rest.length) others[stem] = rest.map((d, i) => d - (i === 0 ? -1 : rest[i - 1]!));
    }
    const { first } = await heldSearch('child protection', { served: { [firstPageFile(0)]: { ...bucket, lists }, [othersFile(0)]: others } });
    const both = await usingEvery([/\bchild/i, /protect/i]);
    expect(both.length).toBeGreaterThan(1);
    expect([...first].sort()).toEqual(both);
  });

  it('reads a decision’s words as the index does: each numbered paragraph’s words are the ones Pagefind indexed', async () => {
    const page = await freshPage();
    // The newest shard's decision as Pagefind gives it: its indexed text, and its elements with an id.
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const fragment = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const index = pagefind.createInstance({ basePath: '/pagefind/', baseUrl: '/' });
      await index.init();
      return (await index.search('council')).results[0].data();
    })()`)) as { url: string; content: string; anchors: Anchor[]; meta: { title: string } };
    const decision = DecisionTextSchema.parse(JSON.parse(await readFile(path.join(site.dist, `decisions/${slugOf(fragment.url)}.json`), 'utf8')));
    const text = searchText(decision, { title: fragment.meta.title, summaryId: pageIds(decision.sections).summary });
    /** Each numbered paragraph's words as search reads them (Pagefind ends a block without a full stop with one). */
    const paragraphs = (words: readonly string[], anchors: readonly Anchor[]) => {
      const bounds = anchors.filter((a) => /^p\d+$/.test(a.id) || (/^h[23]$/i.test(a.element) && a.text)).sort((a, b) => a.location - b.location);
      return new Map(
        bounds.flatMap((a, i) => (/^p\d+$/.test(a.id) ? [[a.id, words.slice(a.location, bounds[i + 1]?.location ?? words.length).map(normaliseWord).filter(Boolean).join(' ')] as const] : [])),
      );
    };
    const indexed = paragraphs(wordsOf(fragment.content), fragment.anchors);
    expect(indexed.size).toBeGreaterThan(10);
    expect(paragraphs(text.words, text.anchors)).toEqual(indexed);
    expect(text.words.slice(0, 6).map(normaliseWord)).toEqual(wordsOf(fragment.content).slice(0, 6).map(normaliseWord));
  });

  it('lands each of its results on a paragraph that has the word, marked there', async () => {
    const requests: string[] = [];
    const page = await freshPage();
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await searchFor(page, 'violence');
    // The first result is the first page's.
    expect(requests).toContain(`/${firstPageFile(0)}`);
    const found = await results(page);
    expect(slugOf(found[0]!.href)).toBe((await builtFirstPage('violenc'))[0]);
    for (const r of found.slice(0, 2)) expect(r.href).toMatch(/\?highlight=violence#p\d+$/);
    const href = found[0]!.href;
    const id = href.split('#')[1]!;
    await Promise.all([page.waitForURL(`**${pathOf(href)}**`), page.locator('#search-results h2 a').first().click()]);
    await page.waitForFunction(() => document.documentElement.dataset.highlighted !== undefined);
    const marks = await page.$$eval(`[id="${id}"] mark.search-mark`, (ms) => ms.map((m) => m.textContent?.toLowerCase()));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['violence']));
  });

  it('leaves out a result whose statement will not load, which the index then finds, once', async () => {
    const both = await usingEvery([/\bchild/i, /protect/i]);
    const failed = both[1]!;
    const { first, all, viaIndex } = await heldSearch('child protection', { aborted: `decisions/${failed}.json` });
    expect([...first].sort()).toEqual(both.filter((slug) => slug !== failed));
    expect(all.filter((slug) => slug === failed)).toHaveLength(1);
    expect([...all].sort()).toEqual([...viaIndex].sort());
  });

  it('where its file will not load, the index answers the search as any other', async () => {
    const { own, page } = await ownPage();
    await page.route('**/search/first-page/**', (route) => route.abort());
    await openSearch(page, `${server.url}search/?q=violence`);
    expect((await results(page)).map((r) => slugOf(r.href)).sort()).toEqual(Object.keys(DECISIONS).sort());
    expect(await status(page)).toBe('5 decisions found for “violence”.');
    expect(own.errors.filter((e) => !e.includes('first-page'))).toEqual([]);
    await own.context.close();
  });

  it('where its decisions’ cards will not load, the index finds them, each once', async () => {
    const q = 'child protection';
    const viaIndex = (await results(await freshPage(`?q=${encodeURIComponent(q)}&from=2019`))).map((r) => slugOf(r.href)!);
    const { own, page } = await ownPage();
    const aborted: string[] = [];
    await page.route('**/search/first-page/cards/**', (route) => (aborted.push(route.request().url()), route.abort()));
    await openSearch(page, `${server.url}search/?q=${encodeURIComponent(q)}`);
    expect(aborted.length).toBeGreaterThan(0);
    const found = (await results(page)).map((r) => slugOf(r.href)!);
    expect(found).toEqual(viaIndex);
    expect(await status(page)).toBe(`${viaIndex.length} decisions found for “${q}”.`);
    expect(own.errors.filter((e) => !e.includes('first-page'))).toEqual([]);
    await own.context.close();
  });

  it('is for words alone: not for a phrase, a filter or an order by date', async () => {
    const requests: string[] = [];
    const page = await freshPage();
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await searchFor(page, '"domestic violence"');
    await choose(page, 'outcome', 'Upheld');
    await searchFor(page, 'violence');
    await choose(page, 'sort', 'newest');
    expect(requests.filter((p) => p.includes('/search/first-page/'))).toEqual([]);
    const before = await searched(page);
    await page.selectOption('select[name="outcome"]', '');
    await page.selectOption('select[name="sort"]', '');
    await waitForSearch(page, before + 1);
    expect(requests.filter((p) => p.includes('/search/first-page/'))).toEqual(['/search/first-page/0.json']);
  });
});

describe('privacy', () => {
  it('made every request to 127.0.0.1', () => {
    expect(recorded.requests.length).toBeGreaterThan(50);
    expect(recorded.requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(recorded.foreign()).toEqual([]);
  });
});
