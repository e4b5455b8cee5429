import type { APIRoute, GetStaticPaths } from 'astro';
import { archive } from '../../../data/archive';
import { decisionLookup } from '../../../data/collection';
import type { Group } from '../../../utils/archive-index';
import { decisionFeed, FEED_SIZE, feedPaths } from '../../../utils/feed';
import { routes } from '../../../utils/url';

export const getStaticPaths = (() => feedPaths(() => archive().categories.map((group) => ({ params: { slug: group.slug }, props: { group } })))) satisfies GetStaticPaths;

/** The newest decisions in one category. */
export const GET: APIRoute<{ group: Group }> = async ({ props: { group }, site }) =>
  decisionFeed({
    title: `Decisions Archive: ${group.name}`,
    description: `The newest Ombudsman decisions in the category ${group.name}.`,
    page: routes.category(group.slug),
    self: routes.categoryFeed(group.slug),
    decisions: group.decisions.slice(0, FEED_SIZE).map(await decisionLookup()),
    site,
  });
