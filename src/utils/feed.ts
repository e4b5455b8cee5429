/**
 * The archive's RSS feeds (@astrojs/rss): the newest decisions of a list, dated by their decision
 * dates, never the clock, and capped, so that two builds give the same bytes and no feed grows
 * with the archive.
 *
 * RSS leaves open whether a title or description is text or HTML, and many readers render both as
 * HTML. Everything here is the statements' text, never markup, so it is escaped as HTML first
 * (`htmlText`) and then, by @astrojs/rss's XML builder, as XML: a reader that renders HTML shows
 * the same words a plain-text reader would decode, and `<img onerror>` in a summary stays words.
 */
import rss from '@astrojs/rss';
import type { DecisionMeta } from './archive-index';
import { formatDate } from './format';
import { OUTCOME_NAMES } from './labels';
import { absolute, routes, SITE } from './url';

export const FEED_SIZE = 50;

/**
 * Whether the archive has feeds: RSS needs absolute links, so without the site's address (SITE)
 * there are none, and no page links to one.
 */
export const FEEDS = SITE !== null;

/** A feed route's paths (getStaticPaths): none where the archive has no feeds. */
export function feedPaths<T>(paths: () => T[]): T[] {
  return FEEDS ? paths() : [];
}

export interface FeedOptions {
  /** Plain text (it is escaped here). */
  title: string;
  /** Plain text (it is escaped here). */
  description: string;
  /** The page the feed follows (a link made by `routes`), and the feed's own link. */
  page: string;
  self: string;
  /** Newest first; only the first FEED_SIZE are used. */
  decisions: DecisionMeta[];
  /** The site's address (Astro's `site`): a feed is only made with one, see FEEDS. */
  site: URL | string | undefined;
}

/** What XML 1.0 does not allow in a document at all, not even as a character reference. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as HTML text: `&`, `<` and `>` only. Quotes and apostrophes are left alone because they
 * cannot open markup in element content, and "Children's services" should not reach a plain-text
 * reader as "Children&#39;s services". Characters XML forbids are dropped: decode already removes
 * them from statements, but one left in would make the whole feed unreadable to a strict reader.
 */
export function htmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function feedItem(d: DecisionMeta, site: URL | string) {
  return {
    title: htmlText(`${d.authority.name} (${d.reference}): ${OUTCOME_NAMES[d.outcome]}`),
    link: absolute(routes.decision(d.slug), site),
    pubDate: new Date(`${d.decisionDate}T00:00:00Z`),
    description: htmlText(`${formatDate(d.decisionDate)}. ${d.category.name}${d.subcategory ? ` › ${d.subcategory.name}` : ''}. ${d.summary}`),
    categories: [d.category.name, ...(d.subcategory ? [d.subcategory.name] : []), OUTCOME_NAMES[d.outcome]].map(htmlText),
  };
}

export function decisionFeed(options: FeedOptions): Promise<Response> {
  const { title, description, page, self, decisions, site } = options;
  if (!site) throw new Error(`${self}: a feed needs the site's address (ARCHIVE_SITE); its route should list no paths without one (feedPaths)`);
  return rss({
    title: htmlText(title),
    description: htmlText(description),
    site: absolute(page, site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // customData is parsed as XML by @astrojs/rss, so the URL must be escaped for an attribute here.
    customData: `<language>en-gb</language><atom:link href="${xmlAttribute(absolute(self, site))}" rel="self" type="application/rss+xml"/>`,
    items: decisions.slice(0, FEED_SIZE).map((d) => feedItem(d, site)),
  });
}

function xmlAttribute(text: string): string {
  return htmlText(text).replace(/"/g, '&quot;');
}
