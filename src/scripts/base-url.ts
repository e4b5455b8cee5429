/** The archive's base path, with its slash: where the service worker and the build's files are. */
export function baseUrl(): string {
  return import.meta.env.BASE_URL.replace(/\/?$/, '/');
}
