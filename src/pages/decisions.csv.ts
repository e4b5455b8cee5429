import type { APIRoute } from 'astro';
import { allDecisions } from '../data/collection';
import { toCsv } from '../utils/csv';
import { exportLink, routes } from '../utils/url';

const CSV_COLUMNS = [
  'reference',
  'decision_date',
  'authority',
  'authority_slug',
  'category',
  'subcategory',
  'outcome',
  'outcome_label',
  'remedy_total_gbp',
  'paragraph_count',
  'summary',
  'url',
  'json_url',
  'source_url',
];

/** The metadata of /decisions.json for spreadsheets: RFC 4180, UTF-8 with a byte-order mark for Excel, formula-safe. */
export const GET: APIRoute = async () => {
  const rows = (await allDecisions()).map((d) => [
    d.reference,
    d.decisionDate,
    d.authority.name,
    d.authority.slug,
    d.category.name,
    d.subcategory?.name ?? null,
    d.outcome,
    d.outcomeLabel,
    d.remedyTotal,
    d.paragraphCount,
    d.summary,
    // Absolute where the site's address is known; site-relative rather than on a made-up host otherwise.
    exportLink(routes.decision(d.slug)),
    exportLink(routes.decisionJson(d.slug)),
    d.sourceUrl,
  ]);
  return new Response(`\uFEFF${toCsv(CSV_COLUMNS, rows)}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
