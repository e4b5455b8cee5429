import type { APIRoute } from 'astro';
import { allDecisions } from '../data/collection';
import { decisionFeed } from '../utils/feed';
import { routes } from '../utils/url';

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
