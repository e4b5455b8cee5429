/**
 * The built site on 127.0.0.1, for browser tests, screenshots and the benchmark: sirv (the static
 * file server that Vite's preview, and so `astro preview`, is built on) behind node:http, under the
 * site's base path, with any response headers the caller gives (the CSP, as a host sends it).
 *
 * Not `astro preview` itself: it loads astro.config.mjs and every integration to start, which
 * took 3.3 s in a fresh process (50–80 ms once loaded) against sirv's 0.3 ms, and it serves the configured outDir and base only,
 * while tests serve folders of their own under bases of their own, with headers of their own.
 *
 * Around sirv, what a static host does that the tests rely on:
 * - a folder asked for without its trailing slash is redirected to it (301), as GitHub Pages does,
 *   so that a link checker finds such links (sirv would answer with the folder's index.html);
 * - outside the base, and for what does not exist, 404 with the site's 404 page.
 * sirv runs in its dev mode: every request reads the disk, so a site rebuilt in place is served as
 * it is now. Nothing is served stale: Cache-Control: no-cache, unless the caller's headers say
 * otherwise. Not dev mode's no-store: under it, Chromium never finishes a service worker's answer to
 * a fetch whose body the page leaves unread (the page's own URL, fetched again once the worker takes
 * control), and a test waiting for the network to go idle waits for ever.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { withTrailingSlash } from '../../src/utils/base-path';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, options: { base?: string; headers?: Record<string, string> } = {}): Promise<StaticServer> {
  const base = withTrailingSlash(options.base ?? '/');
  const headers = { 'Cache-Control': 'no-cache', ...options.headers };
  const files = sirv(root, { dev: true, extensions: [] });
  const server = createServer((req, res) => {
    // On every answer, a redirect or a 404 too; sirv keeps a header already set over its own.
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(base)) return notFound(res);
    const inside = url.pathname.slice(base.length - 1);
    if (!inside.endsWith('/') && isFolder(root, inside)) {
      res.writeHead(301, { Location: `${url.pathname}/` });
      return res.end();
    }
    req.url = inside.endsWith('/') ? `${inside}index.html` : inside;
    files(req, res, () => notFound(res));
  });

  function notFound(res: ServerResponse): void {
    res.statusCode = 404;
    const page = path.join(root, '404.html');
    if (statSync(page, { throwIfNoEntry: false })?.isFile()) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      createReadStream(page).pipe(res);
    } else {
      res.setHeader('Content-Type', 'text/plain');
      res.end('not found');
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Whether a URL path inside the site names a folder of it; a path that climbs out of it names none. */
function isFolder(root: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const file = path.join(root, decoded);
  return file.startsWith(path.join(root, path.sep)) && Boolean(statSync(file, { throwIfNoEntry: false })?.isDirectory());
}
