import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatementBytes } from '../parser';
import type { Decision } from '../schemas/decision';
import { toMeta, type DecisionMeta, type RelatedDecisions } from '../utils/archive-index';
import { contentsOf, decisionView } from './decision-view';

const seed = (slug: string): Decision => {
  const result = parseStatementBytes(readFileSync(path.resolve(import.meta.dirname, '../../content/sources', `${slug}.txt`)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

const decision = seed('20-005-525');
// The council as the archive index named it, which may differ from the statement's own spelling.
const meta: DecisionMeta = { ...toMeta(decision), authority: { name: 'Barnet Council', slug: 'barnet-council' }, remedyTotal: 12.5 };
const older = toMeta(seed('19-001-728'));
const related: RelatedDecisions = { previous: older, next: null, sameAuthority: [older], sameCategoryAndOutcome: [], similar: [older] };
const SITE = 'https://archive.example';

describe('decisionView', () => {
  const view = decisionView(decision, meta, related, SITE);

  it('names the decision by the council the archive index chose, and its reference', () => {
    expect(view.title).toBe('Barnet Council (20 005 525)');
    expect(view.authority).toEqual({ name: 'Barnet Council', slug: 'barnet-council' });
    expect(view.url).toBe('https://archive.example/decisions/20-005-525/');
    expect(view.description.length).toBeLessThanOrEqual(200);
    expect(decision.summary.startsWith(view.description.replace(/…$/, ''))).toBe(true);
  });

  it('cites the decision by the council the archive index chose and the page’s address, or none without a site', () => {
    expect(view.citation).toEqual({ authority: 'Barnet Council', reference: '20 005 525', date: '2021-05-27', url: 'https://archive.example/decisions/20-005-525/' });
    expect(decisionView(decision, meta, related, null).citation.url).toBeNull();
  });

  it('shows the figures ingest stored and the neighbours the index chose, without working them out again', () => {
    expect(view.remedyTotal).toBe(12.5);
    expect(view.related).toBe(related);
  });

  it('words the category, the outcome, the body and where related decisions are', () => {
    expect(view.categoryText).toBe("Children's care services › Child protection");
    expect(view.outcomeName).toBe('Upheld');
    expect(view.body).toBe('Council');
    expect(view.relatedPlace).toBe('Child protection');
    expect(decisionView({ ...decision, subcategory: null }, meta, related, SITE).relatedPlace).toBe("Children's care services");
  });

  it('lists the headed sections for the contents, each with its subheadings', () => {
    expect(view.contents[0]).toEqual({ id: 'the-complaint', heading: 'The complaint', subsections: [] });
    expect(view.contents).toHaveLength(decision.sections.filter((s) => s.heading).length);
    const found = view.contents.find((s) => s.heading === 'What I found')!;
    expect(found.subsections.slice(0, 3)).toEqual([
      { id: 'law-and-administration', heading: 'Law and administration' },
      { id: 'local-authority-designated-officer', heading: 'Local Authority Designated Officer' },
      { id: 'complaints-procedure', heading: 'Complaints procedure' },
    ]);
    expect(found.subsections).toHaveLength(9);
    // Text before a section's first subheading has no heading, and no entry.
    expect(contentsOf([{ heading: 'Analysis', id: 'analysis', subsections: [{ heading: null, id: null, content: [] }] }])).toEqual([
      { id: 'analysis', heading: 'Analysis', subsections: [] },
    ]);
  });

  it('gives the page ids of its own, apart from the statement’s heading ids', () => {
    expect([view.ids.summary, view.ids.relatedAuthority]).toEqual(['summary', 'related-authority']);
    const [first, ...rest] = decision.sections;
    const clash = { ...decision, sections: [{ ...first!, id: 'summary' }, ...rest] };
    expect(decisionView(clash, meta, related, SITE).ids.summary).toBe('summary--page');
  });

  it('describes the decision and its breadcrumbs as schema.org data', () => {
    const [article, breadcrumbs] = view.jsonLd['@graph'] as Record<string, unknown>[];
    expect(article).toMatchObject({
      '@type': 'Article',
      '@id': 'https://archive.example/decisions/20-005-525/#decision',
      headline: 'Barnet Council (20 005 525)',
      identifier: '20 005 525',
      datePublished: '2021-05-27',
      articleSection: "Children's care services > Child protection",
      genre: 'Upheld',
      about: { '@type': 'GovernmentOrganization', name: 'Barnet Council' },
      isBasedOn: decision.sourceUrl,
      sameAs: decision.sourceUrl,
    });
    expect((breadcrumbs!.itemListElement as { item: string }[]).map((c) => c.item)).toEqual([
      'https://archive.example/',
      'https://archive.example/councils/',
      'https://archive.example/councils/barnet-council/',
      'https://archive.example/decisions/20-005-525/',
    ]);
    const unsourced = decisionView({ ...decision, sourceUrl: null }, meta, related, SITE).jsonLd['@graph'] as Record<string, unknown>[];
    expect(unsourced[0]).not.toHaveProperty('isBasedOn');
  });

  it('gives no address of its own where the site’s is not set, rather than one on a made-up host', () => {
    const placeless = decisionView(decision, meta, related, null);
    expect(placeless.url).toBeNull();
    const graph = placeless.jsonLd['@graph'] as Record<string, unknown>[];
    // The Article without url or @id, and no breadcrumbs, whose items must be addresses.
    expect(graph).toHaveLength(1);
    expect(graph[0]).not.toHaveProperty('url');
    expect(graph[0]).not.toHaveProperty('@id');
    expect(graph[0]).toMatchObject({ '@type': 'Article', identifier: '20 005 525', sameAs: decision.sourceUrl });
  });
});
