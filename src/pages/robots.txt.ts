import type { APIRoute } from 'astro';
import { absolute, routes, SITE } from '../utils/url';

/** Everything may be crawled; the sitemap, where there is one (it needs the site's address), lists every page. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n${SITE ? `\nSitemap: ${absolute(routes.sitemap(), SITE)}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
