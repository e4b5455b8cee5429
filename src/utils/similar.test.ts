import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Section } from '../schemas/decision';
import { decisionTerms, POSTING_CAP, SIMILAR, similarDecisions, STOP, terms, type SimilarInput } from './similar';

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
// Decision dates: some subjects' statements share a day, where the slug decides which is earlier.
const dates: Record<string, string> = {
  'school-1': '2020-01-10',
  'school-2': '2021-03-01',
  'school-3': '2021-03-01',
  'noise-1': '2019-05-05',
  'noise-2': '2022-02-02',
  'care-1': '2020-06-01',
  'care-2': '2020-06-01',
  'planning-1': '2021-11-11',
  'planning-2': '2019-01-01',
  'lone-1': '2022-12-31',
};
const decisions = Object.entries(statements).map(([slug, d]) => ({ slug, decisionDate: dates[slug]!, terms: decisionTerms(d) }));
const similar = similarDecisions(decisions);
const earlier = (a: SimilarInput, b: SimilarInput) => a.decisionDate < b.decisionDate || (a.decisionDate === b.decisionDate && a.slug < b.slug);

describe('terms and decisionTerms', () => {
  it('keeps the words that say what a statement is about: lower case, plurals folded, stop words and pseudonyms left out', () => {
    expect(terms('Mrs X complains the Council failed to arrange transport for Pupils.')).toEqual(['failed', 'arrange', 'transport', 'pupil']);
    expect(terms('The assessments of her son’s needs')).toEqual(['assessment', 'son', 'need']);
  });

  it('finds the words a plain regular expression finds, in any text', () => {
    // The definition terms() scans by hand, written the slow, obvious way.
    const fold = (w: string) => (w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w);
    const byRegExp = (text: string) =>
      [...text.toLowerCase().matchAll(/[a-z]+(?:['’-][a-z]+)*/g)]
        .map(([raw]) => raw.replace(/['’]s$/, ''))
        .filter((w) => w.length >= 3 && !STOP.has(w))
        .map(fold)
        .filter((w) => !STOP.has(w));
    const pieces = fc.constantFrom('a', 'b', 's', 'i', 'u', 'e', 'A', 'S', "'", '’', '-', ' ', '.', '1', 'é', 'İ', 'ies', "'s", '’s', 'the', 'does', 'council', 'child', 'classes', 'bus');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(terms(text)).toEqual(byRegExp(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out the sections on what is to be put right, however they are headed', () => {
    for (const heading of ['Recommendations', 'Recommendation', 'Remedy', 'Remedies', 'Agreed action', 'What the Council has agreed to do']) {
      const counted = new Map(decisionTerms({ summary: 'Transport.', sections: [section(heading, 'pay £300 for distress and apologise')] }));
      expect([...counted.keys()], heading).toEqual(['transport']);
    }
  });

  it('counts the summary and findings, not the boilerplate sections such as the agreed action', () => {
    const counted = new Map(decisionTerms(statements['school-1']!));
    expect(counted.get('transport')).toBe(2);
    expect(counted.has('distress')).toBe(false);
    expect(counted.has('apologise')).toBe(false);
  });
});

describe('similarDecisions', () => {
  it('ranks every earlier decision on the same subject above any on another', () => {
    const subject = (slug: string) => slug.replace(/-\d+$/, '');
    for (const d of decisions) {
      if (subject(d.slug) === 'lone') continue;
      const same = decisions.filter((other) => earlier(other, d) && subject(other.slug) === subject(d.slug)).map((other) => other.slug);
      expect(similar.get(d.slug)!.slice(0, same.length).sort(), d.slug).toEqual(same.sort());
    }
    expect(similar.get('school-3')!.slice(0, 2).sort()).toEqual(['school-1', 'school-2']);
    expect(similar.get('noise-2')![0]).toBe('noise-1');
  });

  it('lists only decisions decided before it: on the same day, only those with a smaller slug', () => {
    const bySlug = new Map(decisions.map((d) => [d.slug, d]));
    for (const d of decisions) for (const other of similar.get(d.slug)!) expect(earlier(bySlug.get(other)!, d), `${d.slug} lists ${other}`).toBe(true);
    // The earliest on each subject has no earlier one to list; of two on one day, the second lists the first.
    expect(similar.get('planning-2')).toEqual([]);
    expect(similar.get('noise-1')).toEqual([]);
    expect(similar.get('care-1')).not.toContain('care-2');
    expect(similar.get('care-2')![0]).toBe('care-1');
    expect(similar.get('school-2')).not.toContain('school-3');
    expect(similar.get('school-3')).toContain('school-2');
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
    const many = Array.from({ length: POSTING_CAP * 3 }, (_, i): SimilarInput => ({
      slug: `d-${String(i).padStart(4, '0')}`,
      decisionDate: '2021-01-01',
      terms: [['common', 1], [`pair${Math.floor(i / 2)}`, 2]],
    }));
    const result = similarDecisions(many);
    expect(result.get('d-0000')).toEqual([]);
    expect(result.get('d-0001')![0]).toBe('d-0000');
    expect(result.get('d-0299')![0]).toBe('d-0298');
    expect(result.size).toBe(many.length);
  });
});

describe('a new decision and the lists of older ones', () => {
  // Few words and few days, so that decisions share words and days often, and some words are in
  // more decisions than a posting list holds.
  const VOCABULARY = Array.from({ length: 10 }, (_, i) => `word${i}`);
  const termCounts = fc
    .uniqueArray(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 8 })
    .chain((words) => fc.tuple(...words.map((w) => fc.integer({ min: 1, max: 6 }).map((count): [string, number] => [w, count]))));
  const day = fc.integer({ min: 0, max: 40 }).map((i) => new Date(Date.UTC(2020, 0, 1 + i * 9)).toISOString().slice(0, 10));
  const archive = (max: number) =>
    fc.uniqueArray(fc.record({ slug: fc.integer({ min: 0, max: 99_999 }).map((i) => `s-${String(i).padStart(5, '0')}`), decisionDate: day, terms: termCounts }), {
      minLength: 2,
      maxLength: max,
      selector: (d) => d.slug,
      size: 'max',
    });

  it('leaves every older decision’s list as it was, in a few random archives', () => {
    const sizes: number[] = [];
    fc.assert(
      fc.property(archive(POSTING_CAP * 2 + 50), (all: SimilarInput[]) => {
        const newest = [...all].sort((a, b) => (earlier(a, b) ? 1 : -1))[0]!;
        const before = similarDecisions(all.filter((d) => d !== newest));
        const after = similarDecisions(all);
        sizes.push(Math.max(...VOCABULARY.map((word) => all.filter((d) => d.terms.some(([term]) => term === word)).length)));
        for (const [slug, list] of before) expect(after.get(slug), slug).toEqual(list);
        for (const [slug, list] of after) for (const other of list) expect(earlier(all.find((d) => d.slug === other)!, all.find((d) => d.slug === slug)!)).toBe(true);
      }),
      { numRuns: 12, seed: 13 },
    );
    // In some archives, a word was in more decisions than its posting list holds.
    expect(Math.max(...sizes)).toBeGreaterThan(POSTING_CAP);
  });

  it('lists, for any decision, what an archive that ends with it lists', () => {
    fc.assert(
      fc.property(archive(60), fc.nat(), (all: SimilarInput[], pick) => {
        const whole = similarDecisions(all);
        const cut = all[pick % all.length]!;
        const upTo = all.filter((d) => d === cut || earlier(d, cut));
        const prefix = similarDecisions(upTo);
        for (const d of upTo) expect(prefix.get(d.slug), d.slug).toEqual(whole.get(d.slug));
      }),
      { numRuns: 25, seed: 11 },
    );
  });
});
