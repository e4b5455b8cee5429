import type { APIRoute, GetStaticPaths } from 'astro';
import { archive } from '../../../data/archive';
import { decisionLookup, decisionsKey } from '../../../data/collection';
import type { Group } from '../../../utils/archive-index';
import { decisionsCsv } from '../../../utils/csv';

// Kept by the incremental build while the council's decisions and their metadata are the same.
export const getStaticPaths = (() =>
  Promise.all(archive().authorities.map(async (group) => ({ params: { slug: group.slug }, props: { group }, cacheKey: await decisionsKey(group.decisions) })))) satisfies GetStaticPaths;

/** One authority's decisions, newest first, in the columns of /decisions.csv. */
export const GET: APIRoute<{ group: Group }> = async ({ props: { group } }) => decisionsCsv(group.decisions.map(await decisionLookup()));
