/**
 * The Content-Security-Policy of every page, as a <meta> tag (for hosts that cannot send headers,
 * such as GitHub Pages); public/_headers sends the same policy, plus frame-ancestors, as a header.
 * Pagefind needs 'wasm-unsafe-eval' (its WebAssembly) and a worker; nothing is inline and nothing
 * comes from another origin.
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
