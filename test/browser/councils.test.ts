/**
 * The councils index in chromium: without JavaScript, 100 to a page by distinctive name and no year
 * filter; with it, every authority in one table whose columns sort (GOV.UK's sortable table: a
 * button in each header, aria-sort, the order announced) and whose figures follow a year range.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/serve';
import { serveBuiltSite, type ServedSite } from '../helpers/served';
import { recordedContext, type Recorded } from './site';

let served: ServedSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  served = await serveBuiltSite();
  ({ server, browser } = served);
});

afterAll(() => served?.close());

async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${server.url}councils/`, { waitUntil: 'load' });
  return { context, page };
}

async function enhanced(page: Page): Promise<void> {
  await page.waitForSelector('table.authorities[data-enhanced]', { timeout: 30_000 });
}

/** Each row: the distinctive name, then decisions, uphold rate and money as shown. */
const rows = (page: Page) =>
  page.$$eval('table.authorities tbody tr', (trs) =>
    trs.map((tr) => [tr.querySelector('th a')?.textContent?.trim() ?? '', ...[...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')]),
  );
const names = async (page: Page) => (await rows(page)).map((r) => r[0]);
const sortOf = (page: Page) => page.$$eval('table.authorities thead th', (ths) => ths.map((th) => th.getAttribute('aria-sort')));

describe('the councils index without JavaScript', () => {
  it('is sorted by distinctive name, with no sort buttons and no year filter', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    expect(await names(page)).toEqual(['Barnet', 'Bromley', 'Kensington & Chelsea', 'Leicestershire']);
    expect(await page.locator('table.authorities thead button').count()).toBe(0);
    expect(await page.locator('form.year-filter').isVisible()).toBe(false);
    expect(await sortOf(page)).toEqual(['ascending', null, null, null]);
    await context.close();
  });
});

describe('the councils index with JavaScript', () => {
  let recorded: Recorded;
  beforeAll(async () => {
    recorded = await recordedContext(browser);
  });
  afterAll(() => recorded.context.close());

  it('sorts by each column with buttons in its headers, setting aria-sort and announcing the order', async () => {
    const page = await recorded.context.newPage();
    await page.goto(`${server.url}councils/`);
    await enhanced(page);
    expect(await page.locator('table.authorities thead th button').allTextContents()).toEqual(['Authority', 'Decisions', 'Uphold rate', 'Money remedies']);
    expect(await names(page)).toEqual(['Barnet', 'Bromley', 'Kensington & Chelsea', 'Leicestershire']);

    await page.getByRole('button', { name: 'Money remedies' }).click();
    expect(await names(page)).toEqual(['Bromley', 'Kensington & Chelsea', 'Barnet', 'Leicestershire']);
    expect(await sortOf(page)).toEqual([null, null, null, 'descending']);
    expect(await page.textContent('[data-councils-status]')).toBe('4 authorities with decisions from 2019 to 2022, sorted by money remedies, highest first.');
    // The A–Z only makes sense in name order.
    expect(await page.locator('[data-councils-a-z]').isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Money remedies' }).click();
    expect(await names(page)).toEqual(['Leicestershire', 'Barnet', 'Kensington & Chelsea', 'Bromley']);
    expect(await sortOf(page)).toEqual([null, null, null, 'ascending']);

    await page.getByRole('button', { name: 'Decisions' }).click();
    expect((await names(page))[0]).toBe('Barnet');

    // Keyboard: the header's button is reached and pressed like any other.
    await page.getByRole('button', { name: 'Authority' }).focus();
    await page.keyboard.press('Enter');
    expect(await sortOf(page)).toEqual(['ascending', null, null, null]);
    await page.keyboard.press('Enter');
    expect(await names(page)).toEqual(['Leicestershire', 'Kensington & Chelsea', 'Bromley', 'Barnet']);
    expect(await sortOf(page)).toEqual(['descending', null, null, null]);
    await page.close();
  });

  it('recomputes the figures for a range of years, leaving out authorities with no decisions then', async () => {
    const page = await recorded.context.newPage();
    await page.goto(`${server.url}councils/`);
    await enhanced(page);
    expect(await page.locator('form.year-filter').isVisible()).toBe(true);
    expect((await rows(page))[0]).toEqual(['Barnet', '2', '1 of 2', '£300']);

    await page.selectOption('#from-year', '2021');
    expect(await rows(page)).toEqual([
      ['Barnet', '1', '1 of 1', '£300'],
      ['Bromley', '1', '1 of 1', '£1,000'],
      ['Leicestershire', '1', '1 of 1', '£100'],
    ]);
    await page.selectOption('#to-year', '2021');
    expect(await names(page)).toEqual(['Barnet', 'Bromley']);
    expect(await page.textContent('[data-councils-status]')).toBe('2 authorities with decisions in 2021, sorted by authority, A to Z.');
    expect(await page.textContent('table.authorities caption')).toContain('All 2 authorities with decisions in 2021');

    // A range the wrong way round is read as meant: "from" after "to" moves "to".
    await page.selectOption('#from-year', '2022');
    expect(await page.inputValue('#to-year')).toBe('2022');
    expect(await names(page)).toEqual(['Leicestershire']);
    await page.close();
  });

  it('made every request to 127.0.0.1, without errors', () => {
    expect(recorded.foreign()).toEqual([]);
    expect(recorded.errors).toEqual([]);
  });
});
