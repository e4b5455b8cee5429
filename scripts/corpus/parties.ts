/** The people a statement names by pseudonym ("Mrs X", "Mr B") and the pronouns its sentences use for them. */
import type { Random } from './random';

export interface Person {
  title: string;
  letter: string;
  he: string;
  his: string;
  him: string;
}

const TITLES: [string, string, string, string][] = [
  ['Mr', 'he', 'his', 'him'],
  ['Mrs', 'she', 'her', 'her'],
  ['Ms', 'she', 'her', 'her'],
  ['Miss', 'she', 'her', 'her'],
];
const LETTERS = 'XXXXXXBCDFGHJKLMNPRSTW';

export function person(rng: Random, avoid?: string): Person {
  const [title, he, his, him] = rng.pick(TITLES);
  let letter: string;
  do letter = LETTERS.charAt(rng.int(0, LETTERS.length - 1));
  while (letter === avoid);
  if (rng.chance(0.03)) return { title: 'Dr', letter, he, his, him };
  return { title, letter, he, his, him };
}
