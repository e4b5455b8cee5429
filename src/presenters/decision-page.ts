/**
 * What a decision page says around its statement, which the search's first pages must agree with
 * (scripts/integrations/first-page.ts): its title, and the ids of its own headings. Apart from the
 * rest of the page's presenter (decision-view.ts) so that the build reads it without the site's
 * routes.
 */
import type { Section } from '../schemas/decision';

/** The ids of the page's own headings and panels, around the statement's. */
const PAGE_IDS = {
  summary: 'summary',
  remedies: 'remedies',
  contents: 'contents',
  legislation: 'legislation',
  cite: 'cite',
  related: 'related',
  relatedAuthority: 'related-authority',
  relatedCategory: 'related-category',
  relatedEarlier: 'related-earlier',
};
export type PageIds = Record<keyof typeof PAGE_IDS, string>;

/** The page's ids, each made unique against the statement's heading ids. */
export function pageIds(sections: readonly Section[]): PageIds {
  const taken = new Set(sections.flatMap((s) => [s.id, ...s.subsections.flatMap((sub) => (sub.id ? [sub.id] : []))]));
  return Object.fromEntries(Object.entries(PAGE_IDS).map(([key, id]) => [key, taken.has(id) ? `${id}--page` : id])) as PageIds;
}

/** A decision page's title: its authority as the archive names it, and its reference. */
export function decisionTitle({ authority, reference }: { authority: string; reference: string }): string {
  return `${authority} (${reference})`;
}
