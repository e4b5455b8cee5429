/**
 * The address of a decision's own page on the Ombudsman's site, which the archive's copy is of:
 * /decisions/<category>/<subcategory>/<reference>, each part in lower case with every run of other
 * characters a hyphen ("Children's care services" → "children-s-care-services"), as the site
 * writes them.
 */
export const SOURCE_SITE = 'https://www.lgo.org.uk';

function pathPart(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Null where the decision has no subcategory: the site's address needs one, and none is guessed. */
export function sourceUrl(category: string, subcategory: string | null, referenceSlug: string): string | null {
  if (subcategory === null || pathPart(category) === '' || pathPart(subcategory) === '') return null;
  return `${SOURCE_SITE}/decisions/${pathPart(category)}/${pathPart(subcategory)}/${referenceSlug}`;
}
