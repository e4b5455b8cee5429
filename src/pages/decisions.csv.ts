import type { APIRoute } from 'astro';
import { allDecisions } from '../data/collection';
import { decisionsCsv } from '../utils/csv';

/** The metadata of /decisions.json for spreadsheets. */
export const GET: APIRoute = async () => decisionsCsv(await allDecisions());
