/**
 * Other words to offer when a search word is in no decision: the words the Ombudsman's statements
 * use for what people often call something else ("compensation" is a "payment" or a "remedy" in
 * the statements). The search page offers only those the archive contains.
 */
const OTHER_WORDS: Record<string, readonly string[]> = {
  compensation: ['payment', 'remedy'],
  compensate: ['payment', 'remedy'],
  refund: ['payment', 'reimburse'],
  money: ['payment'],
  sorry: ['apology'],
  bias: ['impartial'],
  biased: ['impartial'],
  negligence: ['fault'],
  negligent: ['fault'],
  guilty: ['fault'],
  sue: ['court', 'legal'],
  lawsuit: ['court', 'legal'],
  kids: ['child', 'children'],
  kid: ['child'],
  pupil: ['school', 'child'],
  homeless: ['homelessness'],
  eviction: ['evict', 'possession'],
  carer: ['care'],
  bins: ['waste', 'refuse', 'bin'],
  rubbish: ['waste', 'refuse'],
  potholes: ['highway', 'road'],
  pothole: ['highway', 'road'],
};

export function otherWords(word: string): readonly string[] {
  return OTHER_WORDS[word.toLowerCase()] ?? [];
}
