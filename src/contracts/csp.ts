/**
 * The Content-Security-Policy of every page: as a <meta> tag (Base.astro), for hosts that cannot
 * send headers, such as GitHub Pages; and as a header in `_headers` (scripts/integrations/headers.ts),
 * with frame-ancestors, which only a header can carry. Pagefind needs 'wasm-unsafe-eval' (its
 * WebAssembly) and a worker; nothing is inline and nothing comes from another origin.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The policy a host sends as a header: a page may be framed by no site. */
export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;
