/**
 * What the browser tests share: a recorded browser context (every request it makes, the service
 * worker's included), and the search page driven the way a reader drives it.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface Recorded {
  context: BrowserContext;
  /** Every URL requested by a page, a worker or the service worker, in order. */
  requests: string[];
  /** Requests that left 127.0.0.1 (data: and blob: URLs never leave the browser). */
  foreign: () => string[];
  /** Page errors and console errors, as text. */
  errors: string[];
}

export async function recordedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<Recorded> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', (page) => watchPage(page, errors));
  return { context, requests, errors, foreign: () => requests.filter((url) => !isLocal(url)) };
}

function watchPage(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
}

export function isLocal(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.hostname === '127.0.0.1';
}

export interface Result {
  authority: string;
  href: string;
  reference: string;
  outcome: string;
  date: string;
  dateTime: string;
  excerpt: string;
  /** The remedies at a glance, or null where the result shows none. */
  remedies: string | null;
  marks: number;
  pinned: boolean;
}

/** The page a result links to, without the paragraph and the words to highlight: "/decisions/20-006-390/". */
export function pathOf(href: string): string {
  return new URL(href, 'http://127.0.0.1').pathname;
}

/** Type a reference and press Enter: the search opens its decision. */
export async function openReference(page: Page, text: string, slug: string): Promise<void> {
  await page.fill('#q', text);
  await Promise.all([page.waitForURL(`**/decisions/${slug}/`), page.press('#q', 'Enter')]);
}

/** Open the search page (with a query string, as a shared link would) and wait for its first search. */
export async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('search')?.dataset.searched !== undefined, null, { timeout: 30_000 });
}

/** Type a search and press Enter, then wait until that search has finished. */
export async function searchFor(page: Page, text: string): Promise<void> {
  const before = await searched(page);
  await page.fill('#q', text);
  await page.press('#q', 'Enter');
  await waitForSearch(page, before);
}

export async function searched(page: Page): Promise<number> {
  return Number((await page.getAttribute('#search', 'data-searched')) ?? 0);
}

export async function waitForSearch(page: Page, after: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.getElementById('search')?.dataset.searched ?? 0) > n, after, { timeout: 30_000 });
}

export async function status(page: Page): Promise<string> {
  return ((await page.textContent('#search-status')) ?? '').trim();
}

export function results(page: Page): Promise<Result[]> {
  return page.$$eval('#search-results > li', (items) =>
    items.map((li) => {
      const link = li.querySelector<HTMLAnchorElement>('h2 a');
      const time = li.querySelector<HTMLTimeElement>('time');
      return {
        authority: link?.textContent?.trim() ?? '',
        href: link?.getAttribute('href') ?? '',
        reference: li.querySelector('.result-reference')?.textContent?.trim() ?? '',
        outcome: li.querySelector('.result-outcome')?.textContent?.trim() ?? '',
        date: time?.textContent?.trim() ?? '',
        dateTime: time?.dateTime ?? '',
        excerpt: li.querySelector('.result-excerpt')?.textContent?.trim() ?? '',
        remedies: li.querySelector('.result-remedies')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        marks: li.querySelectorAll('.result-excerpt mark').length,
        pinned: li.classList.contains('result--pinned'),
      };
    }),
  );
}

/** The <option> texts of a filter, e.g. ["Any", "Not upheld (1)", "Upheld (4)"]. */
/** A filter's options, once the counts shown are those of the last search (they follow its results). */
export async function options(page: Page, name: string): Promise<string[]> {
  await page.waitForFunction(() => {
    const form = document.getElementById('search');
    return Boolean(form?.dataset.searched) && form?.dataset.counted === form?.dataset.searched;
  }, undefined, { timeout: 30_000 });
  return page.$$eval(`select[name="${name}"] option`, (list) => list.map((o) => o.textContent?.trim() ?? ''));
}

/** Wait until the service worker controls the page: it has installed (precached) and activated. */
export async function waitForServiceWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.scope;
  });
}

/** Choose a filter or sort value, and wait for the search it starts. */
export async function choose(page: Page, name: string, value: string): Promise<void> {
  const before = await searched(page);
  await page.selectOption(`select[name="${name}"]`, value);
  await waitForSearch(page, before);
}
