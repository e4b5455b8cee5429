import type { APIRoute, GetStaticPaths } from 'astro';
import { archive } from '../../../data/archive';
import { decisionLookup } from '../../../data/collection';
import type { Group } from '../../../utils/archive-index';
import { decisionFeed, FEED_SIZE, feedPaths } from '../../../utils/feed';
import { routes } from '../../../utils/url';

export const getStaticPaths = (() => feedPaths(() => archive().outcomes.map((group) => ({ params: { slug: group.slug }, props: { group } })))) satisfies GetStaticPaths;

/** The newest decisions with one outcome. */
export const GET: APIRoute<{ group: Group }> = async ({ props: { group }, site }) =>
  decisionFeed({
    title: `Decisions Archive: ${group.name}`,
    description: `The newest Ombudsman decisions with the outcome “${group.name}”.`,
    page: routes.outcome(group.slug),
    self: routes.outcomeFeed(group.slug),
    decisions: group.decisions.slice(0, FEED_SIZE).map(await decisionLookup()),
    site,
  });
