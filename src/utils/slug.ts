/** URL slug for an authority, category or heading: "Royal Borough of Kensington & Chelsea" → "royal-borough-of-kensington-and-chelsea". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[’‘']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "20 005 525" → "20-005-525". */
export function referenceSlug(reference: string): string {
  return reference.trim().replace(/\s+/g, '-').toLowerCase();
}
