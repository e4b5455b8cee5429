import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../schemas/decision';
import { normaliseOutcome } from '../parser/header';
import { OUTCOME_NAMES, outcomeFromName } from './labels';

describe('outcomeFromName', () => {
  it.each(OUTCOMES)('reads back the name of %s', (outcome) => expect(outcomeFromName(OUTCOME_NAMES[outcome])).toBe(outcome));

  it.each(['', 'upheld', 'Partly upheld', 'Upheld: maladministration and injustice'])('knows no outcome by %j', (text) => expect(outcomeFromName(text)).toBeNull());

  it('names the outcomes the parser reads from a statement', () => {
    for (const outcome of OUTCOMES) expect(normaliseOutcome(OUTCOME_NAMES[outcome])).toBe(outcome);
  });
});
