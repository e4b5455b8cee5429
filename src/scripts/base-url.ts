import { withTrailingSlash } from '../utils/base-path';

/** The archive's base path, with its slash: where the service worker and the build's files are. */
export function baseUrl(): string {
  return withTrailingSlash(import.meta.env.BASE_URL);
}
