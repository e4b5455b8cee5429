/** Who and where a generated statement is about: pseudonyms and place names. */
import { describe, expect, it } from 'vitest';
import { person } from '../../scripts/corpus/parties';
import { placeName } from '../../scripts/corpus/places';
import { Random } from '../../scripts/corpus/random';

describe('person', () => {
  it('is a title and a letter, with pronouns that agree with the title', () => {
    const rng = new Random(9);
    for (let i = 0; i < 300; i++) {
      const p = person(rng);
      expect(p.letter).toMatch(/^[A-Z]$/);
      if (p.title === 'Mr') expect([p.he, p.his, p.him]).toEqual(['he', 'his', 'him']);
      if (['Mrs', 'Ms', 'Miss'].includes(p.title)) expect([p.he, p.his, p.him]).toEqual(['she', 'her', 'her']);
      expect(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr']).toContain(p.title);
    }
  });

  it('never takes the letter it is told to avoid, so two people in a statement are told apart', () => {
    const rng = new Random(10);
    for (let i = 0; i < 300; i++) expect(person(rng, 'X').letter).not.toBe('X');
  });
});

describe('placeName', () => {
  it('is one capitalised word, with a long tail of names', () => {
    const rng = new Random(11);
    const names = Array.from({ length: 500 }, () => placeName(rng));
    for (const name of names) expect(name).toMatch(/^[A-Z][a-z]+$/);
    expect(new Set(names).size).toBeGreaterThan(300);
  });
});
