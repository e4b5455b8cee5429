/**
 * Reading a decision in a real browser (Debian's chromium through playwright-core): paragraph
 * permalinks that show on hover and on focus, the citation and its Copy buttons (the panel's, and
 * the one a phone reader finds on the paragraph they followed), the print style,
 * keyboard focus, and reflow at 320 px with no sideways scrolling, with and without JavaScript.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/serve';
import { axeViolations } from '../helpers/axe';
import { serveBuiltSite, type ServedSite } from '../helpers/served';

const DECISION = 'decisions/19-001-728/';
// Built for a real site, whose address the citation gives.
const SITE = 'https://decisions.example.org';
const CITATION = 'London Borough of Barnet (19 001 728), Local Government and Social Care Ombudsman, 11 October 2019';
const ADDRESS = `${SITE}/${DECISION}`;
/** The citation of the decision, or of one of its paragraphs, as a reader copies it. */
const cited = (anchor?: string, pinpoint?: string) => (anchor ? `${CITATION}, para ${pinpoint}, ${ADDRESS}#${anchor}` : `${CITATION}, ${ADDRESS}`);

let served: ServedSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // With the site's address, which the printed page and the citations give.
  served = await serveBuiltSite({ env: { ARCHIVE_SITE: SITE } });
  ({ server, browser } = served);
});

afterAll(() => served?.close());

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: 'load' });
  return { context, page };
}

const visibility = (page: Page, selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).visibility);

describe('paragraph permalinks', () => {
  it('show the pilcrow on hover and on keyboard focus, and link to #pN', async () => {
    const { context, page } = await open(DECISION);
    const number = page.locator('#p18 > a.para-number');
    expect(await number.getAttribute('href')).toBe('#p18');
    // "Paragraph " is there for screen readers only; the eye sees "18.".
    expect(await number.innerText()).toMatch(/(^|\s)18\.$/);
    expect(await number.locator('.visually-hidden').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    // The number itself is always visible; its pilcrow only on hover or focus.
    expect(await number.isVisible()).toBe(true);
    expect(await visibility(page, '#p18 .permalink')).toBe('hidden');

    await page.hover('#p18 > p');
    expect(await visibility(page, '#p18 .permalink')).toBe('visible');
    await page.mouse.move(0, 0);
    expect(await visibility(page, '#p18 .permalink')).toBe('hidden');

    // Keyboard: tabbing on from paragraph 17's number (past any links in its text) reaches 18's,
    // which shows its pilcrow and the focus style.
    await page.focus('#p17 > a.para-number');
    for (let i = 0; i < 10 && !(await number.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await number.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await visibility(page, '#p18 .permalink')).toBe('visible');
    const focusStyle = await number.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(focusStyle).toBe('rgb(255, 221, 0)');

    await page.keyboard.press('Enter');
    await page.waitForURL(/#p18$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p18');
    const top = await page.locator('#p18').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    await context.close();
  });

  it('are links with a name a screen reader can say, and every paragraph has one', async () => {
    const { context, page } = await open(DECISION);
    const count = await page.locator('.para > a.para-number').count();
    expect(count).toBe(92);
    const name = await page.locator('#p18 > a.para-number').evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' '));
    expect(name).toContain('18.');
    const headingAnchor = page.locator('a.heading-anchor[href="#the-complaint"]');
    expect(await headingAnchor.count()).toBe(1);
    await context.close();
  });
});

describe('citation', () => {
  it('copies the citation, and follows the paragraph in the address', async () => {
    const { context, page } = await open(DECISION);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const text = page.locator('[data-citation]');
    const button = page.getByRole('button', { name: 'Copy citation', exact: true });
    await button.waitFor({ state: 'visible' });
    expect(await text.innerText()).toBe(cited());

    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cited());
    expect(await page.locator('[data-copy-status]').innerText()).toBe(`Copied: ${cited()}`);

    await page.click('#p18 > a.para-number');
    await page.waitForURL(/#p18$/);
    await expect.poll(() => text.innerText()).toBe(cited('p18', '18'));
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cited('p18', '18'));

    // A paragraph the decision does not have is not cited.
    await page.evaluate(() => (location.hash = '#p999'));
    await expect.poll(() => text.innerText()).toBe(cited());
    await context.close();
  });

  it('opens cited: a link to #p18 shows the paragraph citation at once', async () => {
    const { context, page } = await open(`${DECISION}#p18`);
    await expect.poll(() => page.locator('[data-citation]').innerText()).toBe(cited('p18', '18'));
    await context.close();
  });

  it('without JavaScript, shows the citation as text and no Copy button, in the panel or on the paragraph', async () => {
    const { context, page } = await open(`${DECISION}#p18`, { javaScriptEnabled: false });
    expect(await page.locator('[data-citation]').innerText()).toBe(cited());
    expect(await page.getByRole('button', { name: /Copy citation/ }).count()).toBe(0);
    expect(await page.locator('button[data-copy]').isVisible()).toBe(false);
    expect(await page.locator('#p18 button').isVisible()).toBe(false);
    // The permalink still works.
    expect(await page.locator('#p18 > a.para-number').getAttribute('href')).toBe('#p18');
    await context.close();
  });
});

describe('citing a paragraph on a phone', () => {
  const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } as const;

  it('offers “Copy citation for para 18” on the paragraph whose number the reader followed, a 44 px target that copies it', async () => {
    const { context, page } = await open(DECISION, phone);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const own = page.locator('#p18 > button.para-cite');
    await page.locator('button[data-copy]').waitFor({ state: 'visible' });
    // Not on every paragraph at once: only where the reader is.
    expect(await own.isVisible()).toBe(false);
    expect(await page.locator('.para-cite:visible').count()).toBe(0);

    await page.locator('#p18 > a.para-number').tap();
    await page.waitForURL(/#p18$/);
    const button = page.getByRole('button', { name: 'Copy citation for para 18' });
    await button.waitFor({ state: 'visible' });
    expect(await page.locator('.para-cite:visible').count()).toBe(1);
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    // Where the reader is: in view, within the paragraph they followed.
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);

    await button.tap();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cited('p18', '18'));
    expect(await page.locator('[data-copy-status]').innerText()).toBe(`Copied: ${cited('p18', '18')}`);
    await expect.poll(() => own.innerText()).toBe('Copied');
    await context.close();
  });

  it('is the next Tab stop after following the paragraph’s number with the keyboard, and copies on Enter', async () => {
    const { context, page } = await open(DECISION, phone);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await page.locator('button[data-copy]').waitFor({ state: 'visible' });
    await page.focus('#p17 > a.para-number');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#p17$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy citation for para 17');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(cited('p17', '17'));
    await context.close();
  });

  it('has no axe violations with the button showing', async () => {
    // bypassCSP: the page's own policy forbids the inline script that injects axe.
    const { context, page } = await open(`${DECISION}#p18`, { ...phone, bypassCSP: true });
    await page.locator('#p18 > button.para-cite').waitFor({ state: 'visible' });
    expect(await axeViolations(page, `/${DECISION}#p18 at 375 px`)).toEqual([]);
    await context.close();
  });
});

describe('print', () => {
  it('drops the navigation and keeps the paragraph numbers', async () => {
    const { context, page } = await open(`${DECISION}#p18`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav.breadcrumbs', '.decision-aside', 'nav.related', '.skip-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('#p18 > a.para-number').isVisible()).toBe(true);
    expect(await page.locator('#p18 > a.para-number').innerText()).toMatch(/(^|\s)18\.$/);
    expect(await visibility(page, '#p18 .permalink')).not.toBe('visible');
    const hiddenPermalink = await page.locator('#p18 .permalink').evaluate((el) => getComputedStyle(el).display);
    expect(hiddenPermalink).toBe('none');
    expect(await page.locator('h1').isVisible()).toBe(true);
    // The archive's address, and the original's beside its link: a printed copy cites both.
    expect(await page.locator('.decision-header > p.print-only').innerText()).toBe('https://decisions.example.org/decisions/19-001-728/');
    expect(await page.locator('dd .print-only').innerText()).toBe('(https://www.lgo.org.uk/decisions/children-s-care-services/child-protection/19-001-728)');
    // And a real PDF comes out of it.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});

describe('reflow at 320 px', () => {
  const PAGES = ['', DECISION, 'decisions/20-005-525/', 'councils/', 'councils/london-borough-of-barnet/', 'categories/', 'categories/childrens-care-services/', 'outcomes/', 'years/', 'years/2021/', 'decisions/', 'about/', 'data/', 'how-to-search/', 'search/', 'no-such-page/'];

  it.each([true, false])('has no sideways scrolling on any kind of page (JavaScript %s)', async (javaScriptEnabled) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const p of PAGES) {
      await page.goto(server.url + p, { waitUntil: 'load' });
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (scroll > client) wide.push(`/${p}: ${scroll}px wide in ${client}px`);
    }
    await context.close();
    expect(wide, wide.join('\n')).toEqual([]);
  });
});

describe('the Years table at 375 px', () => {
  it('shows every figure of every year, labelled, with no sideways scrolling of the page or the table', async () => {
    const { context, page } = await open('years/', { viewport: { width: 375, height: 800 } });
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // The table's region, named and reachable by keyboard wherever a wider table would scroll in it.
    const region = page.getByRole('region', { name: 'Decisions by year and outcome' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const rows = await page.locator('table.by-year tbody tr').evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => {
          const box = td.getBoundingClientRect();
          return { label: getComputedStyle(td, '::before').content, left: box.left, right: box.right, text: td.innerText };
        }),
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const cells of rows) {
      expect(cells.map((c) => c.label)).toEqual(['"Decisions"', '"Upheld"', '"Not upheld"', '"Closed after initial enquiries"', '"Uphold rate"', '"Money remedies"']);
      for (const cell of cells) {
        expect(cell.left).toBeGreaterThanOrEqual(0);
        expect(cell.right).toBeLessThanOrEqual(width);
      }
    }
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the search box gives way to links to the browse pages', async () => {
    const { context, page } = await open('', { javaScriptEnabled: false });
    expect(await page.locator('.site-search').isVisible()).toBe(false);
    const fallback = page.locator('.search-box .no-js-only');
    expect(await fallback.isVisible()).toBe(true);
    const links = await fallback.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/councils/', '/categories/', '/outcomes/', '/years/']);
    await context.close();
  });

  it('with JavaScript, the search box shows and the fallback does not', async () => {
    const { context, page } = await open('');
    expect(await page.locator('.site-search').isVisible()).toBe(true);
    expect(await page.locator('.search-box .no-js-only').isVisible()).toBe(false);
    await context.close();
  });
});

describe('keyboard', () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    const { context, page } = await open(DECISION);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('every stop of the first 60 Tab presses shows a visible focus indicator', async () => {
    const { context, page } = await open(DECISION);
    const unmarked: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const marked = s.backgroundColor === 'rgb(255, 221, 0)' || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)');
        const r = el.getBoundingClientRect();
        return { marked, what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 40)}`, size: [r.width, r.height] };
      });
      if (info && !info.marked) unmarked.push(info.what);
    }
    await context.close();
    expect(unmarked, unmarked.join('\n')).toEqual([]);
  });
});
