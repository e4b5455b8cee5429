/**
 * A base path with its closing slash ("/archive" → "/archive/"), however Astro, the environment or a
 * caller wrote it: every link, scope and file path of the archive is joined onto it.
 */
export function withTrailingSlash(base: string): string {
  return base.replace(/\/?$/, '/');
}
