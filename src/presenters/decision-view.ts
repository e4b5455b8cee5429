/**
 * What a decision's page shows, worked out once from the decision, what the archive index says of
 * it and the decisions it links to: src/pages/decisions/[slug].astro only renders it.
 */
import type { Decision, Named } from '../schemas/decision';
import type { DecisionMeta, RelatedDecisions } from '../utils/archive-index';
import { truncate, type Citable } from '../utils/format';
import { OUTCOME_NAMES } from '../utils/labels';
import { absolute, routes } from '../utils/url';
import { decisionTitle, pageIds, type PageIds } from './decision-page';
import { statementLinks, type StatementLinks } from './statement-links';

export interface DecisionView {
  /** "London Borough of Barnet (20 005 525)". */
  title: string;
  /** The summary, cut for the meta description. */
  description: string;
  /** The page's absolute address, or null where the site's address is not set (SITE). */
  url: string | null;
  /**
   * What the page cites the decision as. Its address is the page's own where the archive knows its
   * site, and null where it does not (no `site`): a citation leaves it out rather than give a
   * placeholder's.
   */
  citation: Citable;
  /**
   * The council as the archive index decided it (src/utils/archive-index.ts), not as the parser
   * slugged this statement's spelling: a look-alike spelling links to its own council, never the
   * genuine one.
   */
  authority: Named;
  /** "Children's care services › Child protection". */
  categoryText: string;
  /** The archive's name of the outcome ("Not upheld"); the statement's own label is `decision.outcome.label`. */
  outcomeName: string;
  /** The page's ids, each made unique against the statement's heading ids. */
  ids: PageIds;
  /** How the statement names the body, without "the" ("Council"), or null where it names none. */
  body: string | null;
  /** Pounds of payments and refunds, as ingest added them up. */
  remedyTotal: number;
  related: RelatedDecisions;
  /** Where the related decisions with the same outcome are: the subcategory, else the category. */
  relatedPlace: string;
  /** The statement's headed sections, each with its headed subsections, for the contents. */
  contents: ContentsEntry[];
  links: StatementLinks;
  /** Schema.org structured data: the decision as an Article, and its breadcrumbs where the site's address is known. */
  jsonLd: Record<string, unknown>;
}

export interface ContentsEntry {
  id: string;
  heading: string;
  subsections: { id: string; heading: string }[];
}

/** The statement's headings as the contents lists them: its sections, and the subheadings within each. */
export function contentsOf(sections: Decision['sections']): ContentsEntry[] {
  return sections.flatMap((s) =>
    s.heading
      ? [{ id: s.id, heading: s.heading, subsections: s.subsections.flatMap((sub) => (sub.heading && sub.id ? [{ id: sub.id, heading: sub.heading }] : [])) }]
      : [],
  );
}

export function decisionView(decision: Decision, meta: DecisionMeta, related: RelatedDecisions, site: URL | string | null): DecisionView {
  const { authority } = meta;
  const { category, subcategory } = decision;
  const title = decisionTitle({ authority: meta.authority.name, reference: meta.reference });
  // No address on a made-up host: without the site's, the page has none to give.
  const url = site ? absolute(routes.decision(decision.slug), site) : null;
  const categoryText = `${category.name}${subcategory ? ` › ${subcategory.name}` : ''}`;
  const outcomeName = OUTCOME_NAMES[decision.outcome.value];

  const ids = pageIds(decision.sections);

  const jsonLd = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Article',
        ...(url ? { '@id': `${url}#decision`, url } : {}),
        headline: title,
        name: `Ombudsman decision ${decision.reference}: ${authority.name}`,
        identifier: decision.reference,
        datePublished: decision.decisionDate,
        abstract: decision.summary,
        articleSection: categoryText.replace(' › ', ' > '),
        genre: outcomeName,
        inLanguage: 'en-GB',
        author: { '@type': 'GovernmentOrganization', name: 'Local Government and Social Care Ombudsman', url: 'https://www.lgo.org.uk/' },
        about: { '@type': 'GovernmentOrganization', name: authority.name },
        citation: decision.legislation.map((l) => ({ '@type': 'Legislation', name: l.label, url: l.url })),
        isAccessibleForFree: true,
        ...(decision.sourceUrl ? { isBasedOn: decision.sourceUrl, sameAs: decision.sourceUrl } : {}),
      },
      ...(site && url
        ? [
            {
              '@type': 'BreadcrumbList',
              itemListElement: [
                { name: 'Home', item: absolute(routes.home(), site) },
                { name: 'Councils', item: absolute(routes.councils(), site) },
                { name: authority.name, item: absolute(routes.council(authority.slug), site) },
                { name: `Decision ${decision.reference}`, item: url },
              ].map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, ...crumb })),
            },
          ]
        : []),
    ],
  };

  return {
    title,
    description: truncate(decision.summary, 200),
    url,
    citation: { authority: authority.name, reference: decision.reference, date: decision.decisionDate, url },
    authority,
    categoryText,
    outcomeName,
    ids,
    body: decision.parties.body?.replace(/^the /i, '') ?? null,
    remedyTotal: meta.remedyTotal,
    related,
    relatedPlace: subcategory?.name ?? category.name,
    contents: contentsOf(decision.sections),
    links: statementLinks(decision),
    jsonLd,
  };
}
