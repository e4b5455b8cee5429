import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';

export const getStaticPaths = (async () =>
  (await getCollection('decisions')).map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }))) satisfies GetStaticPaths;

/** One decision, whole and structured, as the schema defines it. */
export const GET: APIRoute<{ entry: CollectionEntry<'decisions'> }> = ({ props }) =>
  new Response(JSON.stringify(props.entry.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
