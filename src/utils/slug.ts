import { createHash } from 'node:crypto';

/** Longest slug kept whole; a file name may hold 255 bytes, and a URL should stay readable. */
export const MAX_SLUG_LENGTH = 80;

/**
 * URL slug for an authority, category or heading: "Royal Borough of Kensington & Chelsea" →
 * "royal-borough-of-kensington-and-chelsea". A longer one is cut at a word and given a short hash
 * of the whole, so that two long names that begin alike keep apart.
 */
export function slugify(text: string): string {
  const slug = plainSlug(text);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const hash = createHash('sha256').update(slug).digest('hex').slice(0, 8);
  const cut = slug.slice(0, MAX_SLUG_LENGTH - hash.length - 1).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH - hash.length - 1);
  return `${cut.replace(/-+$/, '')}-${hash}`;
}

function plainSlug(text: string): string {
  // Accents come off after NFKD; text with none (most headings and names) skips that slow pass.
  const plain = /^[\u0000-\u007f’‘]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return plain
    .replace(/&/g, ' and ')
    .replace(/[’‘']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
