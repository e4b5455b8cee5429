import type { APIRoute } from 'astro';
import { archive } from '../data/archive';

/** Every decision's metadata, newest first: the archive as open data. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(archive().decisions), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
