import { describe, expect, it } from 'vitest';
import type { Payment, Remedy, Section } from '../schemas/decision';
import { parseStatement } from '../parser';
import { remedyKinds, toMeta } from './archive-index';
import { addPounds, deadlineLine, distressTotal, headingOfBlock, paymentsTotal, placeLabel, remedyLine, remedySummary, remedyTotal } from './remedies';

const pay = (amount: number, recipient: string | null = null, more: Partial<Payment> = {}): Payment => ({ amount, refund: false, recipient, breakdown: false, purposes: [], ...more });
const remedy = (over: Partial<Remedy>): Remedy => ({ kinds: ['other'], payments: [], deadline: null, text: 'do something', paragraph: 1, anchor: 'p1', ...over });

describe('distressTotal', () => {
  it('adds the sums for distress alone, not those also for something else, nor refunds', () => {
    const remedies = [
      remedy({ kinds: ['payment'], payments: [pay(300, 'Ms X', { purposes: ['distress'] })] }),
      remedy({ kinds: ['payment'], payments: [pay(500, 'Mrs X', { purposes: ['distress', 'time-and-trouble'] })] }),
      remedy({ kinds: ['payment'], payments: [pay(100, 'Mr X')] }),
      remedy({ kinds: ['refund'], payments: [pay(80, 'Mr X', { refund: true, purposes: ['distress'] })] }),
    ];
    expect(distressTotal(remedies)).toBe(300);
  });

  it('counts an itemised part for distress once: not again inside a sum for distress, but where the sum was for more', () => {
    const itemised = (mainPurposes: Payment['purposes']) =>
      remedy({
        kinds: ['payment'],
        payments: [pay(950, 'Ms L', { purposes: mainPurposes }), pay(750, 'Ms L', { breakdown: true, purposes: ['distress'] }), pay(200, 'Ms L', { breakdown: true, purposes: ['time-and-trouble'] })],
      });
    expect(distressTotal([itemised([])])).toBe(750);
    expect(distressTotal([itemised(['distress'])])).toBe(950);
    expect(distressTotal([])).toBe(0);
  });
});

describe('remedyKinds', () => {
  it('names each kind agreed once, in the order of REMEDY_KINDS', () => {
    expect(remedyKinds([remedy({ kinds: ['training', 'apology'] }), remedy({ kinds: ['payment', 'apology'] })])).toEqual(['apology', 'payment', 'training']);
    expect(remedyKinds([])).toEqual([]);
  });
});

describe('remedyTotal', () => {
  it('adds every payment and refund once, leaving out the amounts that itemise another', () => {
    const remedies = [
      remedy({ kinds: ['payment'], payments: [pay(950, 'Ms L'), pay(750, 'Ms L', { breakdown: true }), pay(200, 'Ms L', { breakdown: true })] }),
      remedy({ kinds: ['refund'], payments: [pay(150.5, 'Mr P', { refund: true })] }),
      remedy({ kinds: ['apology'] }),
    ];
    expect(remedyTotal(remedies)).toBe(1100.5);
  });

  it('is whole pence, not a sum drifting in binary', () => {
    expect(remedyTotal([remedy({ kinds: ['payment'], payments: [pay(0.1), pay(0.2)] })])).toBe(0.3);
  });

  it('adds decisions’ totals the same way, for a group', () => {
    expect(addPounds([150.5, 0.1, 0.2])).toBe(150.8);
    expect(addPounds([])).toBe(0);
  });

  it('is zero without money, and is what the archive index counts', () => {
    expect(remedyTotal([])).toBe(0);
    const statement = [
      'Test Council (21 000 001)',
      'Category : Housing > Homelessness',
      'Decision : Upheld',
      'Decision date : 1 May 2023',
      "The Ombudsman's final decision:",
      'Summary: The Council delayed.',
      'The complaint',
      '  1. Ms X complains the Council delayed.',
      'Agreed action',
      '  2. Within one month the Council will pay Ms X £950, made up of £750 for the delay and £200 for her distress. It will also refund the £45.50 she paid.',
    ].join('\n');
    const result = parseStatement(statement);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(remedyTotal(result.value.remedies)).toBe(995.5);
    expect(toMeta(result.value).remedyTotal).toBe(995.5);
  });
});

describe('remedyLine', () => {
  it('says what an action asks for, the main kind first, with each sum and whom it is for', () => {
    expect(remedyLine(remedy({ kinds: ['apology', 'payment'], payments: [pay(300, 'Ms X')] }))).toBe('Apology · Payment of £300 to Ms X');
    expect(remedyLine(remedy({ kinds: ['refund'], payments: [pay(150.5, null, { refund: true })] }))).toBe('Refund of £150.50');
    expect(remedyLine(remedy({ kinds: ['training', 'information'] }))).toBe('Staff training or reminder · Information or evidence');
    expect(remedyLine(remedy({ kinds: ['payment'] }))).toBe('Payment');
  });

  it('writes the amounts that itemise a sum after it, not as sums of their own', () => {
    const payments = [pay(950, 'Ms L'), pay(750, 'Ms L', { breakdown: true }), pay(200, 'Ms L', { breakdown: true }), pay(100, 'K')];
    expect(remedyLine(remedy({ kinds: ['payment'], payments }))).toBe('Payment of £950 to Ms L (itemised: £750, £200) · Payment of £100 to K');
  });
});

describe('deadlineLine', () => {
  it('shows the deadline as the statement words it, or says there is none', () => {
    expect(deadlineLine(remedy({ deadline: { text: 'within one month of my final decision', duration: 'P1M' } }))).toBe('Within one month of my final decision');
    expect(deadlineLine(remedy({ deadline: null }))).toBe('No deadline given');
  });
});

describe('placeLabel', () => {
  it.each([
    ['p12a', null, 'paragraph 12(a)'],
    ['p12a-ii', null, 'paragraph 12(a)(ii)'],
    ['p12', null, 'paragraph 12'],
    ['b4', null, 'the recommendations'],
    ['b4', 'Recommendations', 'the recommendations'],
    ['b4', 'Agreed action', 'the agreed action'],
    ['b4', 'What the council agreed to do', '“What the council agreed to do”'],
  ])('%s in %j is %j', (anchor, heading, label) => expect(placeLabel(anchor, heading)).toBe(label));
});

describe('headingOfBlock', () => {
  const sections: Section[] = [
    { heading: 'The complaint', id: 'the-complaint', subsections: [{ heading: null, id: null, content: [{ type: 'text', text: 'Mr X complained.', anchor: 'b1' }] }] },
    { heading: 'Recommendations', id: 'recommendations', subsections: [{ heading: null, id: null, content: [{ type: 'text', text: 'Apologise.', anchor: 'b2' }] }] },
  ];
  it('finds the section a block is in', () => {
    expect(headingOfBlock(sections, 'b2')).toBe('Recommendations');
    expect(headingOfBlock(sections, 'b9')).toBeNull();
  });
});

describe('remedySummary', () => {
  const summary = (remedies: Remedy[]) =>
    remedySummary({ remedyKinds: remedyKinds(remedies), remedyTotal: remedyTotal(remedies), paymentsTotal: paymentsTotal(remedies) });

  it('shows each kind once, in a fixed order, payments as their total', () => {
    const remedies = [
      remedy({ kinds: ['procedure-review'] }),
      remedy({ kinds: ['apology', 'payment'], payments: [pay(200, 'Ms X'), pay(100, 'Ms X')] }),
      remedy({ kinds: ['payment'], payments: [pay(300, 'Ms X', { breakdown: true })] }),
    ];
    expect(remedyKinds(remedies)).toEqual(['apology', 'payment', 'procedure-review']);
    expect(summary(remedies)).toBe('Apology · £300 · Procedure or policy review');
  });

  it('writes refunds apart from payments, and a kind without a sum by its name', () => {
    const remedies = [remedy({ kinds: ['payment'] }), remedy({ kinds: ['refund'], payments: [pay(120.5, null, { refund: true })] })];
    expect(paymentsTotal(remedies)).toBe(0);
    expect(summary(remedies)).toBe('Payment · £120.50 refund');
  });

  it('is empty where nothing was agreed', () => {
    expect(summary([])).toBe('');
  });
});
