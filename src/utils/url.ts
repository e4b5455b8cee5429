/** Site-relative links that respect Astro's `base`, so the archive works under a sub-path too. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function href(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

export const routes = {
  home: () => href('/'),
  decision: (slug: string) => href(`/decisions/${slug}/`),
  decisionJson: (slug: string) => href(`/decisions/${slug}.json`),
  councils: () => href('/councils/'),
  council: (slug: string) => href(`/councils/${slug}/`),
  outcomes: () => href('/outcomes/'),
  outcome: (slug: string) => href(`/outcomes/${slug}/`),
  search: () => href('/search/'),
  about: () => href('/about/'),
};
