/**
 * Decision metadata for the pages, from the typed content collection of decisions
 * (src/content.config.ts): the one way a page reaches it. The archive index (./archive.ts) holds the
 * groups, totals and neighbours, which name their decisions by slug; these resolve them.
 */
import { getCollection } from 'astro:content';
import { archive } from './archive';
import { keyDigest, metaDigest } from './meta-digest';
import { byNewest, relatedDecisions, type DecisionMeta, type RelatedDecisions } from '../utils/archive-index';
import { listingPages, type ListingPage } from '../utils/listing';

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

/** One list of decisions to page: where its pages are, what they show besides the list, and its decisions. */
export interface List<Params, Props> {
  params: Params;
  props: Props;
  /** The slugs of its decisions, newest first. */
  decisions: readonly string[];
  /**
   * What a numbered page shows besides its decisions (the names in its title and breadcrumbs): with
   * the decisions, the whole of what its cache key covers. The landing's key covers all of `props`.
   */
  names: readonly string[];
}

/**
 * The pages of each list (src/utils/listing.ts: numbered from the oldest, the newest on the list's
 * own page), each with its `page` parameter and an incremental-build cache key. A numbered page's
 * key covers only its own decisions and names, so a decision newer than a list's others renders its
 * landing again and none of its older pages (but for the one page that fills, and the one before
 * it); one dated earlier renders the pages from its place in date order on.
 */
export async function listingPaths<Params extends Record<string, string>, Props>(lists: readonly List<Params, Props>[]) {
  const metaOf = await decisionLookup();
  return lists.flatMap(({ params, props, decisions, names }) => {
    const [landing, ...pages] = listingPages(decisions.map(metaOf), PAGE_SIZE);
    return [
      { params: { ...params, page: undefined }, props: { ...props, listing: landing as ListingPage<DecisionMeta> }, cacheKey: keyDigest([props, keyed(landing)]) },
      ...pages.map((listing) => ({ params: { ...params, page: String(listing.number) }, props: { ...props, listing: listing as ListingPage<DecisionMeta> }, cacheKey: keyDigest([names, keyed(listing)]) })),
    ];
  });
}

/** A cache key for a file made of these decisions' metadata alone, in this order (an export). */
export async function decisionsKey(slugs: readonly string[]): Promise<string> {
  const metaOf = await decisionLookup();
  return keyDigest(slugs.map((slug) => metaDigest(metaOf(slug))));
}

/** A page of a list as its cache key covers it: its decisions by their metadata's digests. */
function keyed(listing: ListingPage<DecisionMeta>): unknown {
  return { ...listing, items: listing.items.map(metaDigest) };
}
