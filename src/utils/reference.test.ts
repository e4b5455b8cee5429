import { describe, expect, it } from 'vitest';
import { parseReference, referenceSlug, sameReference } from './reference';

describe('references', () => {
  it('reads a reference in any of the forms people type', () => {
    for (const typed of ['20 006 390', '20006390', '20-006-390', ' 20 006390 ']) expect(parseReference(typed)).toBe('20 006 390');
    expect(parseReference('17 002 402B')).toBe('17 002 402b');
    expect(parseReference('2000639')).toBeNull();
    expect(parseReference('school 20 006 390')).toBeNull();
  });
  it('sameReference compares letters and digits only', () => {
    expect(sameReference('20 006 390', '20-006-390')).toBe(true);
    expect(sameReference('20 006 390', '20 006 391')).toBe(false);
    expect(sameReference('', '')).toBe(false);
  });
  it('makes a reference its slug', () => expect(referenceSlug('17 002 402b')).toBe('17-002-402b'));
});
