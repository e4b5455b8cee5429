import type { APIRoute, GetStaticPaths } from 'astro';
import { archive } from '../../../../data/archive';
import { decisionLookup } from '../../../../data/collection';
import type { CategoryGroup, Group } from '../../../../utils/archive-index';
import { decisionFeed, FEED_SIZE, feedPaths } from '../../../../utils/feed';
import { routes } from '../../../../utils/url';

export const getStaticPaths = (() =>
  feedPaths(() =>
    archive().categories.flatMap((category) =>
      category.subcategories.map((group) => ({ params: { slug: category.slug, sub: group.slug }, props: { group, category } })),
    ),
  )) satisfies GetStaticPaths;

/** The newest decisions in one subcategory of a category. */
export const GET: APIRoute<{ group: Group; category: CategoryGroup }> = async ({ props: { group, category }, site }) =>
  decisionFeed({
    title: `Decisions Archive: ${category.name} › ${group.name}`,
    description: `The newest Ombudsman decisions in ${category.name}, subcategory ${group.name}.`,
    page: routes.subcategory(category.slug, group.slug),
    self: routes.subcategoryFeed(category.slug, group.slug),
    decisions: group.decisions.slice(0, FEED_SIZE).map(await decisionLookup()),
    site,
  });
