/** Site-relative links that respect Astro's `base`, so the archive works under a sub-path too. */
import { withTrailingSlash } from './base-path';

const base = withTrailingSlash(import.meta.env.BASE_URL);

export function href(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/**
 * The address the archive is served from: ARCHIVE_SITE (src/config.ts), which astro.config.mjs gives
 * Astro as its `site`; null when it is not set. Then whatever needs an absolute address (canonical
 * links, og:url, the feeds, the sitemap, JSON-LD addresses) is left out rather than published with a
 * made-up host, and exports give site-relative links.
 */
export const SITE: string | null = import.meta.env.SITE ?? null;

/**
 * An absolute URL for a link made by `href` (it already carries the base), on the site: for feeds,
 * exports and structured data, which are read away from the site.
 */
export function absolute(link: string, site: string | URL): string {
  return new URL(link, site).href;
}

/** A link for an export: absolute on the site where its address is known, site-relative otherwise. */
export function exportLink(link: string, site: string | URL | null | undefined = SITE): string {
  return site ? absolute(link, site) : link;
}

export const routes = {
  home: () => href('/'),
  decisions: () => href('/decisions/'),
  decision: (slug: string) => href(`/decisions/${slug}/`),
  paragraph: (slug: string, n: number) => href(`/decisions/${slug}/#p${n}`),
  decisionJson: (slug: string) => href(`/decisions/${slug}.json`),
  decisionsJson: () => href('/decisions.json'),
  decisionsCsv: () => href('/decisions.csv'),
  councils: () => href('/councils/'),
  council: (slug: string) => href(`/councils/${slug}/`),
  councilFeed: (slug: string) => href(`/councils/${slug}/feed.xml`),
  councilCsv: (slug: string) => href(`/councils/${slug}/decisions.csv`),
  councilOutcome: (slug: string, outcome: string) => href(`/councils/${slug}/outcomes/${outcome}/`),
  councilCategory: (slug: string, category: string) => href(`/councils/${slug}/categories/${category}/`),
  councilFigures: () => href('/councils/figures.json'),
  outcomes: () => href('/outcomes/'),
  outcome: (slug: string) => href(`/outcomes/${slug}/`),
  outcomeFeed: (slug: string) => href(`/outcomes/${slug}/feed.xml`),
  categories: () => href('/categories/'),
  category: (slug: string) => href(`/categories/${slug}/`),
  categoryFeed: (slug: string) => href(`/categories/${slug}/feed.xml`),
  subcategory: (category: string, slug: string) => href(`/categories/${category}/${slug}/`),
  subcategoryFeed: (category: string, slug: string) => href(`/categories/${category}/${slug}/feed.xml`),
  years: () => href('/years/'),
  remedies: () => href('/remedies/'),
  year: (year: string) => href(`/years/${year}/`),
  feed: () => href('/feed.xml'),
  search: () => href('/search/'),
  about: () => href('/about/'),
  howToSearch: () => href('/how-to-search/'),
  data: () => href('/data/'),
  sitemap: () => href('/sitemap-index.xml'),
};
