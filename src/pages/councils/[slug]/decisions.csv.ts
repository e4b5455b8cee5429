import type { APIRoute, GetStaticPaths } from 'astro';
import { archive } from '../../../data/archive';
import { decisionLookup } from '../../../data/collection';
import type { Group } from '../../../utils/archive-index';
import { decisionsCsv } from '../../../utils/csv';

export const getStaticPaths = (() => archive().authorities.map((group) => ({ params: { slug: group.slug }, props: { group } }))) satisfies GetStaticPaths;

/** One authority's decisions, newest first, in the columns of /decisions.csv. */
export const GET: APIRoute<{ group: Group }> = async ({ props: { group } }) => decisionsCsv(group.decisions.map(await decisionLookup()));
