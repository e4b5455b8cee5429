/**
 * The archive's RSS feeds (@astrojs/rss): the newest decisions of a list, dated by their decision
 * dates, never the clock, and capped, so that two builds give the same bytes and no feed grows
 * with the archive.
 */
import rss from '@astrojs/rss';
import type { DecisionMeta } from './archive-index';
import { formatDate } from './format';
import { OUTCOME_NAMES } from './labels';
import { absolute, routes } from './url';

export const FEED_SIZE = 50;

export interface FeedOptions {
  title: string;
  description: string;
  /** The page the feed follows (a link made by `routes`), and the feed's own link. */
  page: string;
  self: string;
  /** Newest first; only the first FEED_SIZE are used. */
  decisions: DecisionMeta[];
  site: URL | undefined;
}

export function feedItem(d: DecisionMeta, site: URL | undefined) {
  return {
    title: `${d.authority.name} (${d.reference}): ${OUTCOME_NAMES[d.outcome]}`,
    link: absolute(routes.decision(d.slug), site),
    pubDate: new Date(`${d.decisionDate}T00:00:00Z`),
    description: `${formatDate(d.decisionDate)}. ${d.category.name}${d.subcategory ? ` › ${d.subcategory.name}` : ''}. ${d.summary}`,
    categories: [d.category.name, ...(d.subcategory ? [d.subcategory.name] : []), OUTCOME_NAMES[d.outcome]],
  };
}

export function decisionFeed(options: FeedOptions): Promise<Response> {
  const { title, description, page, self, decisions, site } = options;
  return rss({
    title,
    description,
    site: absolute(page, site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${absolute(self, site)}" rel="self" type="application/rss+xml"/>`,
    items: decisions.slice(0, FEED_SIZE).map((d) => feedItem(d, site)),
  });
}
