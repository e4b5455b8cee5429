/** The five embedded statements, parsed: every field exactly as the published statement has it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatementBytes } from '../src/parser';
import type { Decision, Paragraph } from '../src/schemas/decision';
import { remedyTotal } from '../src/utils/remedies';

const SOURCES = path.resolve(import.meta.dirname, '../content/sources');

function parseSeed(slug: string): Decision {
  const result = parseStatementBytes(readFileSync(path.join(SOURCES, `${slug}.txt`)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function paragraphs(d: Decision): Paragraph[] {
  return d.sections.flatMap((s) => s.subsections.flatMap((sub) => sub.content.filter((c): c is Paragraph => c.type === 'paragraph')));
}

const seeds = [
  {
    slug: '20-005-525',
    authority: 'London Borough of Barnet',
    authoritySlug: 'london-borough-of-barnet',
    subcategory: 'Child protection',
    outcome: ['Upheld', 'upheld'],
    date: '2021-05-27',
    paragraphs: 35,
    first: 'Ms X complains that the Council’s social workers were biased against her and failed to recognise she was a victim of domestic violence during child protection enquiries.',
    last: 'The Council has agreed to remedy Ms X’s injustice so I have completed my investigation.',
    money: [300],
    complainant: 'Ms X',
  },
  {
    slug: '19-001-728',
    authority: 'London Borough of Barnet',
    authoritySlug: 'london-borough-of-barnet',
    subcategory: 'Child protection',
    outcome: ['Not upheld', 'not-upheld'],
    date: '2019-10-11',
    paragraphs: 92,
    first: 'The complainant, whom I refer to as Miss B, complains about the Council’s actions during its social work involvement with her daughter.',
    last: 'The Council was not at fault in the actions it took to protect C from harm.',
    money: [],
    complainant: 'Miss B',
  },
  {
    slug: '20-006-390',
    authority: 'London Borough of Bromley',
    authoritySlug: 'london-borough-of-bromley',
    subcategory: 'Child protection',
    outcome: ['Upheld', 'upheld'],
    date: '2021-05-26',
    paragraphs: 33,
    first: 'I call the complainant Miss P.',
    last: 'There was fault by the Council that caused injustice to Miss P.',
    money: [1000],
    complainant: 'Miss P',
  },
  {
    slug: '20-000-636',
    authority: 'Royal Borough of Kensington & Chelsea',
    authoritySlug: 'royal-borough-of-kensington-and-chelsea',
    subcategory: 'Child protection',
    outcome: ['Upheld', 'upheld'],
    date: '2020-12-22',
    paragraphs: 82,
    first: 'Mrs X complains about the actions of children services and their handling of a child protection intervention.',
    last: 'The Council has accepted my recommendations. Therefore, I have completed my investigation.',
    money: [500],
    complainant: 'Mrs X',
  },
  {
    slug: '21-000-259',
    authority: 'Leicestershire County Council',
    authoritySlug: 'leicestershire-county-council',
    subcategory: 'Other',
    outcome: ['Upheld', 'upheld'],
    date: '2022-05-12',
    paragraphs: 53,
    first: 'Mr X complains that the Council was biased against him following a false allegation made by his ex-partner',
    last: 'This has been explained to Mr X.',
    money: [100],
    complainant: 'Mr X',
  },
];

describe.each(seeds)('seed $slug', (seed) => {
  const decision = parseSeed(seed.slug);
  const paras = paragraphs(decision);

  it('has the header fields of the published statement', () => {
    expect(decision.reference).toBe(seed.slug.replaceAll('-', ' '));
    expect(decision.slug).toBe(seed.slug);
    expect(decision.authority).toEqual({ name: seed.authority, slug: seed.authoritySlug });
    expect(decision.category).toEqual({ name: "Children's care services", slug: 'childrens-care-services' });
    expect(decision.subcategory?.name).toBe(seed.subcategory);
    expect([decision.outcome.label, decision.outcome.value]).toEqual(seed.outcome);
    expect(decision.decisionDate).toBe(seed.date);
    expect(decision.decisionMaker).toBe("Investigator's decision on behalf of the Ombudsman");
    expect(decision.parties.complainants).toEqual([seed.complainant]);
    expect(decision.parties.body).toBe('the Council');
  });

  it('numbers its paragraphs 1..N continuously, as published', () => {
    expect(decision.paragraphCount).toBe(seed.paragraphs);
    expect(paras.map((p) => p.number)).toEqual(Array.from({ length: seed.paragraphs }, (_, i) => i + 1));
    expect(paras[0]!.text.startsWith(seed.first)).toBe(true);
    expect(paras.at(-1)!.text.endsWith(seed.last)).toBe(true);
  });

  it('takes each money remedy of the agreed action once', () => {
    expect(decision.remedies.flatMap((r) => r.payments).map((p) => p.amount)).toEqual(seed.money);
    expect(remedyTotal(decision.remedies)).toBe(seed.money.reduce((a, b) => a + b, 0));
  });

  it('keeps none of the page noise', () => {
    const all = JSON.stringify(decision.sections);
    for (const noise of ['Back to top', 'Print this page', 'LGO logogram', 'cookies', "Investigator's decision"]) {
      expect(all).not.toContain(noise);
    }
    expect(decision.summary.startsWith('Summary')).toBe(false);
  });
});

describe('cross-references use the published numbering', () => {
  it('"described in paragraph 18" in 19 001 728 is the Police referral of 6 September 2018', () => {
    const decision = parseSeed('19-001-728');
    expect(paragraphs(decision)[17]!.text).toMatch(/^On 6 September 2018 the Council received a referral from the Police/);
    const from = paragraphs(decision).find((p) => p.text.includes('described in paragraph 18'));
    expect(from).toBeDefined();
    expect(decision.crossReferences).toContainEqual({ from: from!.number, to: 18 });
  });

  it('a statute’s paragraph is not a statement paragraph (21 000 259)', () => {
    const decision = parseSeed('21-000-259');
    const text = JSON.stringify(decision.sections);
    expect(text).toContain('Schedule 5/5A, paragraph 1/3');
    expect(decision.crossReferences.filter((r) => r.to === 1 || r.to === 3)).toEqual([]);
  });
});

describe('remedies in detail', () => {
  const month = { text: 'Within one month of my final decision', duration: 'P1M' };

  it('20 005 525: an apology and £300 within one month, and evidence of training within three months, each at its sub-item', () => {
    const remedies = parseSeed('20-005-525').remedies;
    expect(remedies.map(({ text, ...r }) => r)).toEqual([
      { kinds: ['apology', 'payment'], payments: [{ amount: 300, refund: false, recipient: 'Ms X', breakdown: false, purposes: ['distress'] }], deadline: month, paragraph: 34, anchor: 'p34a' },
      { kinds: ['training', 'information'], payments: [], deadline: { text: 'within three months of my final decision', duration: 'P3M' }, paragraph: 34, anchor: 'p34b' },
    ]);
    expect(remedies[0]!.text).toMatch(/^send a written apology and make a payment of £300 to Ms X .* place a copy of the apology letter on Ms X’s children’s files\.$/);
    expect(remedies[1]!.text).toMatch(/^provide evidence to show the Council has carried out training .* provide evidence to show it has done so\.$/);
  });

  it('20 000 636: each bullet an action, the reminder with its sub-items, and the closing deadline applies to every one', () => {
    const remedies = parseSeed('20-000-636').remedies;
    expect(remedies.map((r) => [r.kinds, r.payments, r.paragraph, r.anchor])).toEqual([
      [['apology'], [], 80, 'p80'],
      [['payment'], [{ amount: 500, refund: false, recipient: 'Mrs X', breakdown: false, purposes: ['distress', 'uncertainty', 'time-and-trouble', 'lost-opportunity'] }], 80, 'p80'],
      [['training'], [], 80, 'p80'],
    ]);
    expect(remedies[2]!.text).toMatch(/^Remind all relevant staff of the importance of: Ensuring parents .* Sharing the completed assessment .* Ensuring detailed information is recorded/);
    expect(remedies.map((r) => r.deadline)).toEqual(Array(3).fill({ text: 'within four weeks of the final decision', duration: 'P4W' }));
  });

  it('20 006 390: one sentence that apologises and pays, and "It should do so within a month" sets its deadline', () => {
    expect(parseSeed('20-006-390').remedies).toEqual([
      {
        kinds: ['apology', 'payment'],
        payments: [{ amount: 1000, refund: false, recipient: 'Miss P', breakdown: false, purposes: [] }],
        deadline: { text: 'within a month of the final decision', duration: 'P1M' },
        text: 'The Council will apologise to Miss P and pay her £1000 to remedy the injustice to her.',
        paragraph: 32,
        anchor: 'p32',
      },
    ]);
  });

  it('21 000 259: an apology and a payment of £100 to Mr X, each at its sub-item, within one month', () => {
    const deadline = { text: 'within one month of the final decision', duration: 'P1M' };
    expect(parseSeed('21-000-259').remedies.map(({ text, ...r }) => r)).toEqual([
      { kinds: ['apology'], payments: [], deadline, paragraph: 51, anchor: 'p51a' },
      { kinds: ['payment'], payments: [{ amount: 100, refund: false, recipient: 'Mr X', breakdown: false, purposes: [] }], deadline, paragraph: 51, anchor: 'p51b' },
    ]);
  });

  it('19 001 728: no agreed action, no remedies', () => {
    expect(parseSeed('19-001-728').remedies).toEqual([]);
  });
});
