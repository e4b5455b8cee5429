/**
 * The Content-Security-Policy in force: the built site served with its _headers' headers, every
 * page visited in chromium with no violation, and search (WebAssembly in a web worker) still working.
 * Also what _headers says about caching, and that the built HTML has nothing inline to execute.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve';
import { CSP } from '../../src/contracts/csp';
import { buildSite, type BuiltSite } from '../helpers/build';
import { launchChromium } from './chromium';
import { openReference, openSearch, recordedContext, searchFor, status, type Recorded } from './site';
import { walk } from '../helpers/files';

interface Rule {
  pattern: string;
  headers: Record<string, string>;
}

let site: BuiltSite;
let rules: Rule[];
let server: StaticServer;
let browser: Browser;
let recorded: Recorded;
let htmlFiles: string[];

beforeAll(async () => {
  // Three search shards, so that the rules are checked on merged shards' files too.
  site = await buildSite({ env: { ARCHIVE_SEARCH_SHARD_SIZE: '2' } });
  if (site.code !== 0) throw new Error(site.log);
  rules = parseHeaders(await readFile(path.join(site.dist, '_headers'), 'utf8'));
  htmlFiles = (await walk(site.dist)).filter((f) => f.endsWith('.html'));
  // Serve as Netlify would: every header of every rule that matches the path.
  server = await serveStatic(site.dist, { headers: headersFor('/*') });
  browser = await launchChromium();
  recorded = await recordedContext(browser);
  // Every CSP violation a page reports, from before its first script runs.
  await recorded.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('_headers', () => {
  it('sends the same policy as the pages’ <meta> tag, plus frame-ancestors, which only a header can', () => {
    expect(headersFor('/index.html')['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(CSP).toContain("'wasm-unsafe-eval'");
    expect(CSP).toMatch(/worker-src 'self' blob:/);
    expect(CSP).not.toContain('unsafe-inline');
    expect(CSP).not.toMatch(/https?:/);
  });

  it('caches hashed files for a year, and the HTML, the Pagefind entry file and the service worker not at all', async () => {
    const files = (await walk(site.dist)).map((f) => `/${path.relative(site.dist, f)}`);
    const long = 'public, max-age=31536000, immutable';
    for (const file of files) {
      // Every host joins the values of all matching rules: at most one rule may set Cache-Control.
      const setting = rules.filter((r) => matches(r.pattern, file) && r.headers['Cache-Control']);
      expect(setting.length, file).toBeLessThanOrEqual(1);
      const cache = setting[0]?.headers['Cache-Control'];
      if (/^\/(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\..+\.pf_meta$|pagefind\/shards\/)/.test(file)) expect(cache, file).toBe(long);
      else expect(cache ?? 'host default: max-age=0', file).not.toContain('immutable');
    }
    for (const file of ['/pagefind/pagefind-entry.json', '/pagefind/shards.json', '/pagefind/pagefind.js', '/sw.js', '/offline.json', '/offline-files.json']) {
      expect(headersFor(file)['Cache-Control'], file).toBe('public, max-age=0, must-revalidate');
    }
    expect(files.filter((f) => f.startsWith('/_astro/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('/pagefind/shards/')).length).toBeGreaterThan(0);
  });
});

describe('nothing inline to execute', () => {
  it('every built page has only external scripts (JSON-LD data aside), no <style>, no style or on* attributes', async () => {
    expect(htmlFiles.length).toBeGreaterThan(10);
    for (const file of htmlFiles) {
      const html = await readFile(file, 'utf8');
      const name = path.relative(site.dist, file);
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
        if (/type="application\/ld\+json"/.test(tag)) continue;
        expect(tag, name).toMatch(/\bsrc="/);
      }
      expect(html, name).not.toMatch(/<style\b/);
      expect(html, name).not.toMatch(/<[a-z][^>]*\sstyle="/);
      expect(html, name).not.toMatch(/<[a-z][^>]*\son[a-z]+="/);
      expect(html, name).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    }
  });
});

describe('in chromium, under the policy', () => {
  it('every page loads with the header in force and no violation', async () => {
    const page = await recorded.context.newPage();
    for (const file of htmlFiles) {
      const url = `${server.url}${path.relative(site.dist, file).replace(/index\.html$/, '')}`;
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy'], url).toBe(`${CSP}; frame-ancestors 'none'`);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), url).toEqual([]);
    }
    await page.close();
  });

  it('search still works: Pagefind’s WebAssembly runs in its web worker', async () => {
    const page = await recorded.context.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await openSearch(page, `${server.url}search/`);
    await searchFor(page, 'violence');
    expect(await status(page)).toBe('5 decisions found for “violence”.');
    await openReference(page, '20-006-390', '20-006-390');
    expect(await page.textContent('h1')).toContain('20 006 390');
    expect(recorded.requests.some((u) => u.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
    expect(recorded.requests.some((u) => u.endsWith('/pagefind/wasm.en-gb.pagefind'))).toBe(true);
    // Pagefind says so when its worker fails and it falls back to the main thread.
    expect(warnings.filter((w) => /pagefind|worker|Content Security Policy/i.test(w))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await page.close();
  });

  it('the service worker registers and takes control under the policy', async () => {
    const page = await recorded.context.newPage();
    await page.goto(`${server.url}search/`);
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.scope;
    });
    expect(scope).toBe(server.url);
    await page.close();
  });

  it('asked nothing of any other origin', () => {
    expect(recorded.requests.length).toBeGreaterThan(htmlFiles.length);
    expect(recorded.foreign()).toEqual([]);
  });
});

function parseHeaders(text: string): Rule[] {
  const out: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) out.push({ pattern: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      out.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return out;
}

function matches(pattern: string, file: string): boolean {
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(file);
}

function headersFor(file: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern, file)).map((r) => r.headers)) as Record<string, string>;
}

