/** The writer of one statement: its slots, and what it records the statement to hold. */
import { describe, expect, it } from 'vitest';
import { SERVICE_AREAS, type ServiceArea } from '../../bench/corpus/topics';
import { daysFromCivil } from '../../scripts/corpus/calendar';
import { person } from '../../scripts/corpus/parties';
import { CLAIMS, CLOSED_TESTS, COMPLAINANT_EVENTS, OBSERVATIONS, REASONS_CLOSED, REASONS_NOT_INVESTIGATED, ROLE_AND_POWERS } from '../../scripts/corpus/phrases';
import { Random } from '../../scripts/corpus/random';
import { Writer } from '../../scripts/corpus/writer';

const writer = (area: ServiceArea, seed = 1) => {
  const rng = new Random(seed);
  const complainant = person(rng);
  return new Writer(rng, area, area.subcategories[0]!, complainant, person(rng, complainant.letter), 'son', 'the Council', daysFromCivil(2022, 6, 1), ['Ashford', 'Kirkby']);
};

describe('Writer.fill', () => {
  it('fills every slot of every template, the areas’ and the generator’s own', () => {
    const own = [...CLAIMS, ...CLOSED_TESTS, ...COMPLAINANT_EVENTS, ...OBSERVATIONS, ...REASONS_CLOSED, ...REASONS_NOT_INVESTIGATED, ...ROLE_AND_POWERS];
    for (const area of SERVICE_AREAS) {
      const w = writer(area);
      const templates = [
        ...own,
        ...area.objects, ...area.things, ...area.teams, ...area.events, ...area.faults, ...area.subheadings, ...area.injustice, ...area.actions,
        ...area.subcategories.flatMap((s) => s.objects),
        ...area.guidance.flatMap((g) => g.says),
      ];
      for (const template of templates) expect(w.fill(template), `${area.name}: ${template}`).not.toMatch(/[{}]/);
    }
  });

  it('names the complainant and the body as the statement does', () => {
    const w = writer(SERVICE_AREAS[0]!);
    expect(w.fill('{C} asked {body}; {Body} replied to {Cs} letter.')).toBe(`${w.C} asked the Council; The Council replied to ${w.C}’s letter.`);
  });

  it('refuses a slot it does not know, so a template typo cannot pass silently', () => {
    expect(() => writer(SERVICE_AREAS[0]!).fill('{nosuchslot}')).toThrow(/unknown slot \{nosuchslot\}/);
  });
});

describe('what the writer records', () => {
  it('records each paragraph a finding refers back to, as the sentence words it', () => {
    const w = writer(SERVICE_AREAS[0]!, 2);
    let referring = 0;
    for (let i = 0; i < 400; i++) {
      const before = w.crossReferences.length;
      const sentence = w.analysisSentence(9, [3, 5], true);
      const added = w.crossReferences.slice(before);
      for (const ref of added) {
        expect(ref.from).toBe(9);
        expect([3, 5]).toContain(ref.to);
      }
      if (added.length === 1) expect(sentence).toContain(`paragraph ${added[0]!.to}`);
      if (added.length === 2) expect(sentence).toContain('(see paragraphs 3 and 5)');
      if (added.length === 0) expect(sentence).not.toMatch(/see paragraphs? |at paragraph /);
      referring += added.length > 0 ? 1 : 0;
    }
    expect(referring).toBeGreaterThan(40);
  });

  it('adds the payments and refunds of the agreed action to its total, but not a breakdown’s parts twice', () => {
    const w = writer(SERVICE_AREAS[0]!, 3);
    const paid = (text: string) => [...text.matchAll(/£([\d,]+)/g)].map((m) => Number(m[1]!.replaceAll(',', '')));
    for (const kind of ['payment', 'refund', 'breakdown'] as const) {
      const before = w.remedyTotal;
      const item = w.remedyItem(kind);
      expect(w.remedyTotal - before, item).toBe(paid(item)[0]);
    }
    const before = w.remedyTotal;
    w.remedyItem('apology');
    expect(w.remedyTotal).toBe(before);
  });
});
