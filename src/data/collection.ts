/**
 * Decision metadata for the pages, from the typed content collection of decisions
 * (src/content.config.ts): the one way a page reaches it. The archive index (./archive.ts) holds the
 * groups, totals and neighbours, which name their decisions by slug; these resolve them.
 */
import type { PaginateFunction } from 'astro';
import { getCollection } from 'astro:content';
import { archive } from './archive';
import { byNewest, relatedDecisions, type DecisionMeta, type Group, type RelatedDecisions } from '../utils/archive-index';

export const PAGE_SIZE = 50;

let loading: Promise<Map<string, DecisionMeta>> | undefined;

/** Every decision's metadata by slug, newest first; read from the collection once per build. */
function bySlug(): Promise<Map<string, DecisionMeta>> {
  loading ??= getCollection('decisions').then((entries) => new Map(entries.map((e) => e.data).sort(byNewest).map((d) => [d.slug, d])));
  return loading;
}

/** Every decision's metadata, newest first. */
export async function allDecisions(): Promise<DecisionMeta[]> {
  return [...(await bySlug()).values()];
}

/** A decision's metadata by its slug, for the slugs the archive index names. */
export async function decisionLookup(): Promise<(slug: string) => DecisionMeta> {
  const metas = await bySlug();
  return (slug) => {
    const meta = metas.get(slug);
    if (!meta) throw new Error(`no decision ${slug} in the collection`);
    return meta;
  };
}

/** The decisions a decision's page links to, as the archive index chose them. */
export async function relatedTo(slug: string): Promise<RelatedDecisions> {
  return relatedDecisions(archive().neighbours[slug]!, await decisionLookup());
}

/** The pages of groups within groups, listed like `paginateGroups`: a council's decisions by outcome or by category. */
export async function paginateWithin<P>(
  paginate: PaginateFunction,
  parents: P[],
  groupsOf: (parent: P) => Group[],
  params: (parent: P, group: Group) => Record<string, string>,
) {
  const metaOf = await decisionLookup();
  return parents.flatMap((parent) =>
    groupsOf(parent).flatMap((group) => paginate(group.decisions.map(metaOf), { params: params(parent, group), props: { group, parent }, pageSize: PAGE_SIZE })),
  );
}

/** The pages of each group's decisions, newest first, PAGE_SIZE a page: every index lists this way. */
export async function paginateGroups<K extends string>(paginate: PaginateFunction, groups: Group[], param: K) {
  const metaOf = await decisionLookup();
  return groups.flatMap((group) =>
    paginate(group.decisions.map(metaOf), { params: { [param]: group.slug } as Record<K, string>, props: { group }, pageSize: PAGE_SIZE }),
  );
}
