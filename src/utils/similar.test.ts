import { describe, expect, it } from 'vitest';
import type { Section } from '../schemas/decision';
import { decisionTerms, POSTING_CAP, SIMILAR, similarDecisions, terms, type TermCounts } from './similar';

const section = (heading: string | null, text: string): Section => ({
  heading,
  id: 'x',
  subsections: [{ heading: null, id: null, content: [{ type: 'paragraph', number: 1, text, blocks: [] }] }],
});
const about = (summary: string, findings: string) => ({ summary, sections: [section('What I found', findings), section('Agreed action', 'pay £300 for distress and apologise')] });

// Hand-written statements on four subjects, two or three each, and some unrelated.
const statements: Record<string, ReturnType<typeof about>> = {
  'school-1': about('Mrs X complains the Council failed to arrange school transport for her son with special educational needs.', 'The Council delayed the transport assessment and the education health and care plan named the wrong school.'),
  'school-2': about('Mr Y complains about school transport for his daughter, who has special educational needs.', 'The transport application was refused without considering the education health and care plan.'),
  'school-3': about('Ms Z says the Council withdrew school transport.', 'Transport for pupils with special educational needs was withdrawn before the appeal.'),
  'noise-1': about('Mr A complains the Council did not act on noise nuisance from a neighbouring pub.', 'Officers did not visit to measure the noise; the nuisance continued at night.'),
  'noise-2': about('Mrs B complains about noise nuisance from a neighbour’s barking dogs.', 'The Council closed the noise case without monitoring the nuisance.'),
  'care-1': about('Mr C complains about charges for his mother’s residential care home.', 'The care home fees were assessed wrongly and the financial assessment ignored her property.'),
  'care-2': about('Ms D complains the Council charged for residential care without a financial assessment.', 'The care home placement fees and the deferred payment agreement were not explained.'),
  'planning-1': about('Mr E complains about planning permission for an extension next door.', 'The planning officer considered overlooking and the extension’s height before granting permission.'),
  'planning-2': about('Mrs F complains the Council granted planning permission for a house extension.', 'The planning committee report assessed privacy and the extension’s impact on daylight.'),
  'lone-1': about('Mr G complains about a parking penalty notice.', 'The bailiff enforcement of the parking penalty was lawful.'),
};
const decisions = Object.entries(statements).map(([slug, d]) => ({ slug, terms: decisionTerms(d) }));
const similar = similarDecisions(decisions);

describe('terms and decisionTerms', () => {
  it('keeps the words that say what a statement is about: lower case, plurals folded, stop words and pseudonyms left out', () => {
    expect(terms('Mrs X complains the Council failed to arrange transport for Pupils.')).toEqual(['failed', 'arrange', 'transport', 'pupil']);
    expect(terms('The assessments of her son’s needs')).toEqual(['assessment', 'son', 'need']);
  });

  it('counts the summary and findings, not the boilerplate sections such as the agreed action', () => {
    const counted = new Map(decisionTerms(statements['school-1']!));
    expect(counted.get('transport')).toBe(2);
    expect(counted.has('distress')).toBe(false);
    expect(counted.has('apologise')).toBe(false);
  });
});

describe('similarDecisions', () => {
  it('ranks every decision on the same subject above any on another', () => {
    const subject = (slug: string) => slug.replace(/-\d+$/, '');
    for (const [slug, list] of similar) {
      if (subject(slug) === 'lone') continue;
      const same = Object.keys(statements).filter((other) => other !== slug && subject(other) === subject(slug));
      expect(list.slice(0, same.length).sort(), slug).toEqual(same.sort());
    }
  });

  it('never names a decision as its own neighbour, nor more than SIMILAR', () => {
    for (const [slug, list] of similar) {
      expect(list).not.toContain(slug);
      expect(list.length).toBeLessThanOrEqual(SIMILAR);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('names none for a decision that shares no distinctive word', () => {
    expect(similar.get('lone-1')).toEqual([]);
  });

  it('is the same whatever order the decisions come in', () => {
    const reversed = similarDecisions([...decisions].reverse());
    expect([...reversed].sort()).toEqual([...similar].sort());
  });

  it('bounds the candidates of a word every decision shares by POSTING_CAP, and still finds the distinctive pairs', () => {
    const many = Array.from({ length: POSTING_CAP * 3 }, (_, i): { slug: string; terms: TermCounts } => ({
      slug: `d-${String(i).padStart(4, '0')}`,
      terms: [['common', 1], [`pair${Math.floor(i / 2)}`, 2]],
    }));
    const result = similarDecisions(many);
    expect(result.get('d-0000')![0]).toBe('d-0001');
    expect(result.get('d-0299')![0]).toBe('d-0298');
    expect(result.size).toBe(many.length);
  });
});
