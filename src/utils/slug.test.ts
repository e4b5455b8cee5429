import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Royal Borough of Kensington & Chelsea', 'royal-borough-of-kensington-and-chelsea'],
    ["Children's care services", 'childrens-care-services'],
    ['Adult care services', 'adult-care-services'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));

  it('cuts a long name at a word and keeps two long names that begin alike apart', () => {
    const long = `${'Very Long Council Name '.repeat(20)}North`;
    const other = `${'Very Long Council Name '.repeat(20)}South`;
    const [a, b] = [slugify(long), slugify(other)];
    for (const slug of [a, b]) {
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      expect(slug).toMatch(/^very-long-council-name-[a-z0-9-]*-[0-9a-f]{8}$/);
    }
    expect(a).not.toBe(b);
    expect(slugify(long)).toBe(a);
  });

});
