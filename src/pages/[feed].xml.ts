import type { APIRoute, GetStaticPaths } from 'astro';
import { allDecisions } from '../data/collection';
import { decisionFeed, feedPaths } from '../utils/feed';
import { routes } from '../utils/url';

// /feed.xml, as a route with a parameter only so that it can have no path: the archive has no feeds
// without its address (FEEDS), and a route without parameters is always built.
export const getStaticPaths = (() => feedPaths(() => [{ params: { feed: 'feed' } }])) satisfies GetStaticPaths;

/** The newest decisions of the whole archive. */
export const GET: APIRoute = async ({ site }) =>
  decisionFeed({
    title: 'Decisions Archive: newest decisions',
    description: 'The newest decision statements of the Local Government and Social Care Ombudsman in the archive.',
    page: routes.home(),
    self: routes.feed(),
    decisions: await allDecisions(),
    site,
  });
