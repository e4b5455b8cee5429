/** The references of a corpus: unique within a seed, stable as the corpus grows. */
import { describe, expect, it } from 'vitest';
import { corpusReferences } from '../../scripts/corpus/corpus';

describe('corpusReferences', () => {
  const refs = corpusReferences(11, 3000);

  it('are unique references as the Ombudsman prints them, registered 2013 to 2025', () => {
    expect(new Set(refs).size).toBe(refs.length);
    for (const ref of refs) {
      expect(ref).toMatch(/^\d{2} \d{3} \d{3}[ab]?$/);
      const yy = Number(ref.slice(0, 2));
      expect(yy >= 13 && yy <= 25, ref).toBe(true);
    }
  });

  it('are the same for a prefix of the sequence, so a corpus can grow', () => {
    expect(corpusReferences(11, 500)).toEqual(refs.slice(0, 500));
    expect(corpusReferences(12, 500)).not.toEqual(refs.slice(0, 500));
  });

  it('from `recentFrom` on are registered in 2025, and still unique', () => {
    const grown = corpusReferences(11, 3500, 3000);
    expect(grown.slice(0, 3000)).toEqual(refs);
    for (const ref of grown.slice(3000)) expect(ref.startsWith('25 ')).toBe(true);
    expect(new Set(grown).size).toBe(3500);
  });
});
