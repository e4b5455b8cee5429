import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { decisionJson } from '../../data/decisions';

export const getStaticPaths = (async () =>
  (await getCollection('decisions')).map((entry) => ({ params: { slug: entry.id } }))) satisfies GetStaticPaths;

/** One decision, whole and structured, as the schema defines it: the entry ingest validated and wrote. */
export const GET: APIRoute = ({ params }) =>
  new Response(decisionJson(params.slug!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
