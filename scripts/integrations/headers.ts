/**
 * `_headers`, the response headers that Netlify and Cloudflare Pages send (README.md, "Deployment"):
 * the security headers, with the pages' Content-Security-Policy (src/contracts/csp.ts), and how long
 * each file may be cached. Written at the end of `astro build`, with every path under the site's base.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { CSP_HEADER } from '../../src/contracts/csp.ts';
import { FIRST_PAGE_DIR } from '../../src/contracts/first-page.ts';
import { OFFLINE_FILES_FILE, OFFLINE_MANIFEST_FILE } from '../../src/contracts/offline.ts';
import { SHARDS_FILE } from '../../src/contracts/search-index.ts';
import { withTrailingSlash } from '../../src/utils/base-path.ts';

export function responseHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive:headers',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}

/** The file for a site under `base` ("/" or "/archive/"): each rule's path starts with it. */
export function headersFile(base: string): string {
  return RULES.replace(/^\//gm, base);
}

const RULES = `# Response headers for Netlify and Cloudflare Pages (paths from the site's root). README.md,
# "Deployment", gives the same rules for nginx and S3. The rules' paths do not overlap where they
# set Cache-Control, because these hosts join the values of every rule that matches.

/*
  Content-Security-Policy: ${CSP_HEADER}
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  Cross-Origin-Opener-Policy: same-origin

# Content-hashed names: a changed file gets a new name, so these never need checking again.
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/pagefind/index/*
  Cache-Control: public, max-age=31536000, immutable
/pagefind/fragment/*
  Cache-Control: public, max-age=31536000, immutable
/pagefind/filter/*
  Cache-Control: public, max-age=31536000, immutable
/pagefind/pagefind.*.pf_meta
  Cache-Control: public, max-age=31536000, immutable
# The older search shards: each folder's name changes with its content.
/pagefind/shards/*
  Cache-Control: public, max-age=31536000, immutable

# Same names, new content on every build: check each time (HTML pages get the hosts' default,
# which is the same: max-age=0, must-revalidate).
/pagefind/pagefind-entry.json
  Cache-Control: public, max-age=0, must-revalidate
/${SHARDS_FILE}
  Cache-Control: public, max-age=0, must-revalidate
/pagefind/pagefind.js
  Cache-Control: public, max-age=0, must-revalidate
/pagefind/pagefind-worker.js
  Cache-Control: public, max-age=0, must-revalidate
/pagefind/wasm.*
  Cache-Control: public, max-age=0, must-revalidate
/${FIRST_PAGE_DIR}*
  Cache-Control: public, max-age=0, must-revalidate
/sw.js
  Cache-Control: public, max-age=0, must-revalidate
/${OFFLINE_MANIFEST_FILE}
  Cache-Control: public, max-age=0, must-revalidate
/${OFFLINE_FILES_FILE}
  Cache-Control: public, max-age=0, must-revalidate
`;
