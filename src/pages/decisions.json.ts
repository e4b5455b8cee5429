import type { APIRoute } from 'astro';
import { allDecisions } from '../data/collection';

/** Every decision's metadata, newest first: the archive as open data. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await allDecisions()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
