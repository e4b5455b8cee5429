import { describe, expect, it } from 'vitest';
import type { Paragraph, Section } from '../schemas/decision';
import { classify, deadlineOf, extractRemedies } from './remedies';

function section(heading: string, paragraphs: Omit<Paragraph, 'type'>[]): Section {
  return { heading, id: 'x', subsections: [{ heading: null, id: null, content: paragraphs.map((p) => ({ type: 'paragraph', ...p })) }] };
}

describe('classify', () => {
  it('splits an apology and a payment named together', () => {
    expect(classify('send a written apology and make a payment of £300 to Ms X')).toEqual([
      { kind: 'apology', amount: null, breakdown: false },
      { kind: 'payment', amount: 300, breakdown: false },
    ]);
  });

  it.each([
    ['pay Mr Y £1,250 for the distress', 1250],
    ['pay £150.50 towards his costs', 150.5],
    ['pay her £1000', 1000],
  ])('reads the amount in %j', (text, amount) => expect(classify(text)).toEqual([{ kind: 'payment', amount, breakdown: false }]));

  it('tells a refund from a payment', () => {
    expect(classify('refund the £420 charged for care')).toEqual([{ kind: 'refund', amount: 420, breakdown: false }]);
  });

  it.each([
    ['provide training to its social workers on domestic abuse', 'training'],
    ['remind all relevant staff of the importance of recording', 'reminder'],
    ['review its procedure for handling complaints', 'procedure-review'],
    ['reconsider Mr X’s application', 'action'],
  ])('%j is %s', (text, kind) => expect(classify(text).map((r) => r.kind)).toEqual([kind]));

  it('marks amounts that itemise or restate the first as a breakdown, so totals count them once', () => {
    expect(classify('pay Ms L £950, made up of £750 for the five months (£150 a month) and £200 for her distress')).toEqual([
      { kind: 'payment', amount: 950, breakdown: false },
      { kind: 'payment', amount: 750, breakdown: true },
      { kind: 'payment', amount: 150, breakdown: true },
      { kind: 'payment', amount: 200, breakdown: true },
    ]);
    expect(classify('each pay Mrs F £200 (£400 in total)').map((r) => r.breakdown)).toEqual([false, true]);
    expect(classify('pay £100 and refund £50').map((r) => r.breakdown)).toEqual([false, false]);
  });

  it('does not take a closing deadline for an action', () => {
    expect(classify('The Council should complete the above within four weeks of the final decision.')).toEqual([]);
  });
});

describe('deadlineOf', () => {
  it.each([
    ['Within one month of my final decision the Council will:', 'Within one month of my final decision'],
    ['within three months', 'within three months'],
    ['within 20 working days of the final decision', 'within 20 working days of the final decision'],
    ['within a month of the final decision', 'within a month of the final decision'],
  ])('%j', (text, deadline) => expect(deadlineOf(text)).toBe(deadline));

  it('finds none where there is none', () => expect(deadlineOf('The Council will apologise.')).toBeNull());
});

describe('extractRemedies', () => {
  it('reads only the agreed action, so an amount the summary or findings repeat is taken once', () => {
    const sections = [
      section('What I found', [{ number: 1, text: 'The Council agreed to pay £300.', blocks: [] }]),
      section('Agreed action', [
        {
          number: 2,
          text: 'Within one month the Council will:',
          blocks: [{ type: 'list', ordered: true, items: [{ marker: '1', text: 'apologise and pay Ms X £300.', children: [] }] }],
        },
      ]),
    ];
    expect(extractRemedies(sections)).toEqual([
      { kind: 'apology', amount: null, breakdown: false, deadline: 'Within one month', text: 'apologise and pay Ms X £300.', paragraph: 2 },
      { kind: 'payment', amount: 300, breakdown: false, deadline: 'Within one month', text: 'apologise and pay Ms X £300.', paragraph: 2 },
    ]);
  });

  it('finds nothing in a statement with no agreed action', () => {
    expect(extractRemedies([section('Final decision', [{ number: 1, text: 'I have closed the complaint.', blocks: [] }])])).toEqual([]);
  });
});
