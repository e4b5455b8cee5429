import { describe, expect, it } from 'vitest';
import { RemedySchema, type Content, type PaymentPurpose, type ListItem, type Paragraph, type Remedy, type Section } from '../schemas/decision';
import { parseStatement } from '.';
import { classify, deadlineOf, extractRemedies, isRemedySection, lastNamed, sentencesOf } from './remedies';

function section(heading: string, content: Content[]): Section {
  return { heading, id: 'x', subsections: [{ heading: null, id: null, content }] };
}
function paragraph(number: number, text: string, blocks: Paragraph['blocks'] = []): Paragraph {
  return { type: 'paragraph', number, text, blocks };
}
function item(text: string, anchor: string | null = null, children: ListItem[] = []): ListItem {
  return { marker: anchor ? '1' : '•', label: anchor ? anchor.replace(/^p\d+/, '') : null, anchor, text, children };
}
function list(items: ListItem[], anchor: string | null = null): Paragraph['blocks'][number] & { type: 'list' } {
  return { type: 'list', ordered: items.some((i) => i.anchor !== null), items, anchor };
}
const agreed = (...content: Content[]) => [section('Agreed action', content)];
const payment = (amount: number, recipient: string | null, more: { refund?: boolean; breakdown?: boolean; purposes?: PaymentPurpose[] } = {}) => ({
  amount,
  refund: more.refund ?? false,
  recipient,
  breakdown: more.breakdown ?? false,
  purposes: more.purposes ?? [],
});

describe('isRemedySection', () => {
  it.each(['Agreed action', 'Agreed actions', 'Recommended action', 'Recommended actions', 'Recommendations', 'Remedy', 'What the Council agreed to do'])(
    '%j is one',
    (heading) => expect(isRemedySection(heading)).toBe(true),
  );
  it.each(['What I found', 'Final decision', 'The complaint'])('%j is not', (heading) => expect(isRemedySection(heading)).toBe(false));
});

describe('sentencesOf', () => {
  it('splits at full stops but not after a title, keeping each sentence verbatim', () => {
    expect(sentencesOf('The Council will apologise to Mr. X. It will pay Mrs. Y £100 (see para. 4). The Council has agreed.')).toEqual([
      'The Council will apologise to Mr. X.',
      'It will pay Mrs. Y £100 (see para. 4).',
      'The Council has agreed.',
    ]);
  });

  it('ends a sentence at a one-letter pseudonym', () => {
    expect(sentencesOf('It will apologise to Mr X. It will also pay K £50.')).toEqual(['It will apologise to Mr X.', 'It will also pay K £50.']);
    expect(sentencesOf('It owes Mr P. It will also pay Ms S. £5 more.')).toEqual(['It owes Mr P.', 'It will also pay Ms S.', '£5 more.']);
  });
});

describe('classify', () => {
  it('names an apology and a payment of one action, the main kind first, with the amount and its recipient', () => {
    expect(classify('send a written apology and make a payment of £300 to Ms X to acknowledge the distress')).toEqual({
      kinds: ['apology', 'payment'],
      payments: [payment(300, 'Ms X', { purposes: ['distress'] })],
    });
    expect(classify('pay Mrs X £200 and apologise to her').kinds).toEqual(['payment', 'apology']);
  });

  it.each([
    ['pay Mr Y £1,250 for the distress', 1250, 'Mr Y', ['distress']],
    ['pay £150.50 towards his costs', 150.5, null, []],
    ['make a payment to Mr X of £100 in recognition of the delay', 100, 'Mr X', []],
    ['pay the teenager £500 to recognise the lost education', 500, 'the teenager', []],
    ['pay £250 to her son for the support he lost', 250, 'her son', []],
    ['pay K £800 for his educational benefit', 800, 'K', []],
    ['each pay Mrs F £200 to acknowledge her distress', 200, 'Mrs F', ['distress']],
    ['pay Mr and Mrs G £900 for their distress', 900, 'Mr and Mrs G', ['distress']],
  ] satisfies [string, number, string | null, PaymentPurpose[]][])('reads the amount, recipient and purpose in %j', (text, amount, recipient, purposes) => {
    expect(classify(text)).toEqual({ kinds: ['payment'], payments: [payment(amount, recipient, { purposes })] });
  });

  it('finds whom "her" is from the person named before it, in the action or the actions before it', () => {
    expect(classify('apologise to Miss P and pay her £1000 to remedy the injustice to her').payments).toEqual([payment(1000, 'Miss P')]);
    expect(classify('pay her £250 for her time and trouble', lastNamed('apologise to Mrs J and K;')).payments).toEqual([payment(250, 'Mrs J', { purposes: ['time-and-trouble'] })]);
    expect(classify('pay her £250').payments).toEqual([payment(250, null)]);
  });

  it('tells a refund from a payment, and whom it is for', () => {
    expect(classify('refund the £420 charged for care')).toEqual({ kinds: ['refund'], payments: [payment(420, null, { refund: true })] });
    expect(classify('refund £1,250 to Mrs C’s estate, which is the amount it overcharged').payments).toEqual([payment(1250, 'Mrs C’s estate', { refund: true })]);
    expect(classify('refund the £150.50 it owes Mr P').payments).toEqual([payment(150.5, 'Mr P', { refund: true })]);
    expect(classify('refund the £475 Ms T paid for the warning').payments).toEqual([payment(475, 'Ms T', { refund: true })]);
    expect(classify('refund the £420 charged and pay Mrs X £200 for her distress')).toEqual({
      kinds: ['refund', 'payment'],
      payments: [payment(420, null, { refund: true }), payment(200, 'Mrs X', { purposes: ['distress'] })],
    });
  });

  it('names a payment or refund whose amount the action leaves out', () => {
    expect(classify('pay Mrs X the amount she was owed').kinds).toEqual(['payment']);
    expect(classify('refund the enforcement fees').kinds).toEqual(['refund']);
    expect(classify('write off the charges for the period before the assessment').kinds).toEqual(['refund']);
  });

  it('does not take "refunds" in a procedure for a refund', () => {
    expect(classify('review its procedure for council tax refunds and tell us what it has changed').kinds).toEqual(['procedure-review', 'information']);
  });

  it.each([
    ['provide training to its social workers on domestic abuse', ['training']],
    ['remind all relevant staff of the importance of recording', ['training']],
    ['issue guidance to staff on recording visits', ['training']],
    ['review its procedure for handling complaints', ['procedure-review']],
    ['review how discharge notices are sent', ['procedure-review']],
    ['reconsider Mr X’s application', ['reassessment']],
    ['carry out a new assessment of Mrs Y’s needs', ['reassessment']],
    ['offer Ms L a review of the suitability of her current accommodation', ['reassessment']],
    ['review Mr X’s care plan with him', ['reassessment']],
    ['share the outcome of the safeguarding enquiry with Mrs X', ['information']],
    ['tell Mr and Mrs G the outcome of the review of their case', ['information']],
    ['check how many reassessments are overdue', ['other']],
    ['write to Mrs X explaining how it will deal with her application', ['information']],
    ['provide us with evidence it has complied with the above actions', ['information']],
    ['monitor Mrs H’s collections for three months', ['other']],
    ['repair the dropped kerb', ['other']],
  ])('%j is %j', (text, kinds) => expect(classify(text).kinds).toEqual(kinds));

  it('puts evidence for the Ombudsman after what it is evidence of', () => {
    expect(classify('provide evidence to show the Council has carried out training for social workers').kinds).toEqual(['training', 'information']);
    expect(classify('audit the fluid charts each month and share the results with us').kinds).toEqual(['other', 'information']);
  });

  it('does not take sharing or telling inside a reminder to staff for information to give', () => {
    expect(classify('remind social workers to share assessments with parents before conferences').kinds).toEqual(['training']);
    expect(classify('remind staff to explain charging to the person and record that they have done so').kinds).toEqual(['training']);
  });

  it('marks amounts that itemise or restate the first as a breakdown for the same recipient, so totals count them once', () => {
    expect(classify('pay Ms L £950, made up of £750 for the five months (£150 a month) and £200 for her distress').payments).toEqual([
      payment(950, 'Ms L'),
      payment(750, 'Ms L', { breakdown: true }),
      payment(150, 'Ms L', { breakdown: true }),
      payment(200, 'Ms L', { breakdown: true, purposes: ['distress'] }),
    ]);
    expect(classify('each pay Mrs F £200 (£400 in total)').payments.map((p) => p.breakdown)).toEqual([false, true]);
    expect(classify('pay £100 and refund £50').payments.map((p) => p.breakdown)).toEqual([false, false]);
  });

  it('says what a sum is for where the words next to it say so, and nothing where they do not', () => {
    const purposes = (text: string) => classify(text).payments.map((p) => p.purposes);
    expect(purposes('make a payment of £300 to Ms X to acknowledge the distress caused')).toEqual([['distress']]);
    expect(purposes('pay Mrs X £500 to recognise the loss of opportunity, distress, uncertainty, and time and trouble caused')).toEqual([
      ['distress', 'uncertainty', 'time-and-trouble', 'lost-opportunity'],
    ]);
    expect(purposes('pay Mr Y £150 for his time and trouble in pursuing the complaint')).toEqual([['time-and-trouble']]);
    expect(purposes('To acknowledge the avoidable frustration, pay Mr Y £100')).toEqual([['distress']]);
    // Each sum its own words: the second sum's purpose is not the first's.
    expect(purposes('pay Ms L £200 for her distress and £100 for her time and trouble')).toEqual([['distress'], ['time-and-trouble']]);
    // The words of the next sentence are not this sum's.
    expect(purposes('pay Mr X £1000 to remedy the injustice. Mr X was caused distress')).toEqual([[]]);
    expect(purposes('make a payment to Mr X of £100 in recognition of the delay')).toEqual([[]]);
  });

  it('takes a sum named twice for the same person once, and the same sum for two people twice', () => {
    expect(classify('pay Mr X £300; the £300 is for his distress').payments).toEqual([payment(300, 'Mr X', { purposes: ['distress'] })]);
    expect(classify('pay Mr X £300 and pay Mrs Y £300').payments).toEqual([payment(300, 'Mr X'), payment(300, 'Mrs Y')]);
  });
});

describe('deadlineOf', () => {
  it.each([
    ['Within one month of my final decision the Council will:', 'Within one month of my final decision', 'P1M'],
    ['within three months', 'within three months', 'P3M'],
    ['within 20 working days of the final decision', 'within 20 working days of the final decision', 'P20D'],
    ['within a month of the final decision', 'within a month of the final decision', 'P1M'],
    ['within four weeks of the final decision', 'within four weeks of the final decision', 'P4W'],
    ['within twenty-eight days', 'within twenty-eight days', 'P28D'],
    ['within six weeks of the date of my final decision', 'within six weeks of the date of my final decision', 'P6W'],
    ['within a fortnight', 'within a fortnight', 'P2W'],
    ['within one year of this decision', 'within one year of this decision', 'P1Y'],
  ])('%j', (text, deadline, duration) => expect(deadlineOf(text)).toEqual({ text: deadline, duration }));

  it('finds none where there is none', () => expect(deadlineOf('The Council will apologise.')).toBeNull());

  it('does not take a time limit the action is about for its deadline', () => {
    expect(deadlineOf('review its processes so that EHC plans are issued within 20 weeks')).toBeNull();
    expect(deadlineOf('The above should be completed within four weeks of the final decision.')).toEqual({ text: 'within four weeks of the final decision', duration: 'P4W' });
  });
});

describe('extractRemedies', () => {
  it('reads only the agreed action, so an amount the summary or findings repeat is taken once', () => {
    const sections = [
      section('What I found', [paragraph(1, 'The Council agreed to pay £300.')]),
      section('Agreed action', [paragraph(2, 'Within one month the Council will:', [list([item('apologise and pay Ms X £300.', 'p2a')])])]),
    ];
    expect(extractRemedies(sections)).toEqual([
      {
        kinds: ['apology', 'payment'],
        payments: [payment(300, 'Ms X')],
        deadline: { text: 'Within one month', duration: 'P1M' },
        text: 'apologise and pay Ms X £300.',
        paragraph: 2,
        anchor: 'p2a',
      },
    ]);
  });

  it('makes each sentence of a paragraph that asks for something an action of its own (the Stockport decision)', () => {
    const remedies = extractRemedies(
      agreed(
        paragraph(
          40,
          'Within one month of my final decision, the Council will apologise to Mrs X for the faults identified. It will also share the outcome of the safeguarding enquiry with Mrs X. Within three months of my final decision, the Council will review its procedure for responding to safeguarding concerns. The Council has agreed to these actions.',
        ),
      ),
    );
    expect(remedies.map((r) => [r.kinds, r.deadline?.duration, r.anchor, r.text])).toEqual([
      [['apology'], 'P1M', 'p40', 'Within one month of my final decision, the Council will apologise to Mrs X for the faults identified.'],
      [['information'], 'P1M', 'p40', 'It will also share the outcome of the safeguarding enquiry with Mrs X.'],
      [['procedure-review'], 'P3M', 'p40', 'Within three months of my final decision, the Council will review its procedure for responding to safeguarding concerns.'],
    ]);
  });

  it('gives a closing line’s deadline to the actions above that name none, and takes no action from it', () => {
    const remedies = extractRemedies(
      agreed(
        paragraph(5, 'To remedy the injustice, the Council has agreed to:', [list([item('apologise to Mrs X;'), item('review Mrs X’s care plan within two months.')])]),
        paragraph(6, 'The Council should complete the above within four weeks of the final decision.'),
        paragraph(7, 'The Council should provide us with evidence it has complied with the above actions.'),
      ),
    );
    expect(remedies.map((r) => [r.kinds, r.deadline, r.anchor])).toEqual([
      [['apology'], { text: 'within four weeks of the final decision', duration: 'P4W' }, 'p5'],
      [['reassessment'], { text: 'within two months', duration: 'P2M' }, 'p5'],
      [['information'], null, 'p7'],
    ]);
  });

  it('takes "It should do so within a month" for the deadline of the sentence before it', () => {
    const remedies = extractRemedies(agreed(paragraph(32, 'The Council will apologise to Miss P and pay her £1000 to remedy the injustice to her. It should do so within a month of the final decision.')));
    expect(remedies).toEqual([
      {
        kinds: ['apology', 'payment'],
        payments: [payment(1000, 'Miss P')],
        deadline: { text: 'within a month of the final decision', duration: 'P1M' },
        text: 'The Council will apologise to Miss P and pay her £1000 to remedy the injustice to her.',
        paragraph: 32,
        anchor: 'p32',
      },
    ]);
  });

  it('makes each item of a lead-in’s list an action, with its sub-items, its own anchor and the lead-in’s deadline', () => {
    const remedies = extractRemedies(
      agreed(
        paragraph(12, 'I recommend that within 20 working days of my final decision the Council:', [
          list([
            item('apologises to Mr X;', 'p12a'),
            item('reminds staff of the importance of:', 'p12b', [item('recording visits;', 'p12b-i'), item('returning calls.', 'p12b-ii')]),
          ]),
        ]),
      ),
    );
    expect(remedies.map((r) => [r.kinds, r.deadline, r.text, r.paragraph, r.anchor])).toEqual([
      [['apology'], { text: 'within 20 working days of my final decision', duration: 'P20D' }, 'apologises to Mr X;', 12, 'p12a'],
      [['training'], { text: 'within 20 working days of my final decision', duration: 'P20D' }, 'reminds staff of the importance of: recording visits; returning calls.', 12, 'p12b'],
    ]);
  });

  it('makes a lead-in that pays or apologises itself an action too, and a plain one none', () => {
    const remedies = extractRemedies(
      agreed(paragraph(3, 'The Council will pay Mr X £200 and also:', [list([item('review its complaints policy.')])]), paragraph(4, 'I recommend the Council:', [list([item('apologise to Mr X.')])])),
    );
    expect(remedies.map((r) => [r.kinds, r.text])).toEqual([
      [['payment'], 'The Council will pay Mr X £200 and also:'],
      [['procedure-review'], 'review its complaints policy.'],
      [['apology'], 'apologise to Mr X.'],
    ]);
  });

  it('reads the sentences that run on after a paragraph’s list', () => {
    const remedies = extractRemedies(
      agreed(paragraph(9, 'Within one month the Council will:', [list([item('apologise to Ms Y.')]), { type: 'text', text: 'It will also write to Ms Y explaining how it will assess her needs.', anchor: null }])),
    );
    expect(remedies.map((r) => [r.kinds, r.deadline?.duration, r.anchor, r.text])).toEqual([
      [['apology'], 'P1M', 'p9', 'apologise to Ms Y.'],
      [['information'], 'P1M', 'p9', 'It will also write to Ms Y explaining how it will assess her needs.'],
    ]);
  });

  it('leaves out what is only narrative or the investigator’s view', () => {
    const remedies = extractRemedies(
      agreed(
        paragraph(
          1,
          'The Council has agreed to these actions. I consider this is a suitable remedy. The Council has accepted my recommendations. This will remedy the injustice. The payment is to recognise her distress.',
        ),
      ),
    );
    expect(remedies).toEqual([]);
  });

  it('takes a request whose verb no list names for an action', () => {
    const remedies = extractRemedies(agreed(paragraph(8, 'The Council will also reopen the noise investigation. It has agreed to repair the fence within two months.')));
    expect(remedies.map((r) => [r.kinds, r.deadline?.duration, r.text])).toEqual([
      [['other'], undefined, 'The Council will also reopen the noise investigation.'],
      [['other'], 'P2M', 'It has agreed to repair the fence within two months.'],
    ]);
  });

  it('reads an older summary page: a lead-in block and its list, and one text block per recommendation, by block anchor', () => {
    const sections = [
      section('Recommendations', [
        { type: 'text', text: 'The Council has agreed, within one month, to:', anchor: 'b3' },
        list([item('apologise to Mrs X;'), item('pay her £250 for her time and trouble.')], 'b4'),
        { type: 'text', text: 'The Council should review its safeguarding procedure within three months. It should tell us what it has changed.', anchor: 'b5' },
        { type: 'text', text: 'The Council has accepted these recommendations.', anchor: 'b6' },
      ]),
    ];
    expect(extractRemedies(sections)).toEqual([
      { kinds: ['apology'], payments: [], deadline: { text: 'within one month', duration: 'P1M' }, text: 'apologise to Mrs X;', paragraph: null, anchor: 'b4' },
      { kinds: ['payment'], payments: [payment(250, 'Mrs X', { purposes: ['time-and-trouble'] })], deadline: { text: 'within one month', duration: 'P1M' }, text: 'pay her £250 for her time and trouble.', paragraph: null, anchor: 'b4' },
      {
        kinds: ['procedure-review', 'information'],
        payments: [],
        deadline: { text: 'within three months', duration: 'P3M' },
        text: 'The Council should review its safeguarding procedure within three months. It should tell us what it has changed.',
        paragraph: null,
        anchor: 'b5',
      },
    ]);
  });

  it('keeps a summary page’s lead-in block as an action where it asks for something before its list', () => {
    const sections = [
      section('Recommendations', [
        { type: 'text', text: 'The Council should review its charging policy. It has also agreed to:', anchor: 'b2' },
        list([item('apologise to Mr Y.')], 'b3'),
      ]),
    ];
    expect(extractRemedies(sections).map((r) => [r.kinds, r.anchor, r.text])).toEqual([
      [['procedure-review'], 'b2', 'The Council should review its charging policy. It has also agreed to:'],
      [['apology'], 'b3', 'apologise to Mr Y.'],
    ]);
  });

  it('reads a summary page through the whole parser, each action valid against the schema', () => {
    const text = [
      'Stockport Metropolitan Borough Council (13 001 234)',
      'Category : Adult care services > Safeguarding',
      'Decision : Upheld',
      'Decision date : 1 May 2014',
      "The Ombudsman's final decision:",
      'Summary: The Council failed to investigate.',
      'The complaint',
      'Mrs X complained that the Council failed to investigate her concerns.',
      'Finding',
      'Fault found causing injustice and recommendation made.',
      'Recommendations',
      'The Council has agreed, within one month, to:',
      '- apologise to Mrs X;',
      '- pay her £250 for her time and trouble.',
      'It has also agreed to review its safeguarding procedure within three months.',
      "Investigator's decision on behalf of the Ombudsman",
    ].join('\n');
    const result = parseStatement(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const remedies: Remedy[] = result.value.remedies;
    expect(remedies.map((r) => [r.kinds, r.paragraph, r.anchor.startsWith('b'), r.deadline?.duration])).toEqual([
      [['apology'], null, true, 'P1M'],
      [['payment'], null, true, 'P1M'],
      [['procedure-review'], null, true, 'P3M'],
    ]);
    for (const r of remedies) expect(RemedySchema.safeParse(r).success).toBe(true);
  });

  it('finds nothing in a statement with no agreed action', () => {
    expect(extractRemedies([section('Final decision', [paragraph(1, 'I have closed the complaint.')])])).toEqual([]);
  });
});

describe('RemedySchema', () => {
  const valid: Remedy = { kinds: ['payment'], payments: [payment(300, 'Ms X')], deadline: null, text: 'pay Ms X £300', paragraph: 12, anchor: 'p12a' };

  it('accepts an action linked into its paragraph', () => expect(RemedySchema.safeParse(valid).success).toBe(true));

  it.each([
    ['a sum without its kind', { ...valid, kinds: ['apology'] }],
    ['no kind at all', { ...valid, kinds: [] }],
    ['a link into another paragraph', { ...valid, anchor: 'p13' }],
    ['a link into a paragraph whose number begins the same', { ...valid, anchor: 'p120' }],
    ['a paragraph link for an unnumbered action', { ...valid, paragraph: null }],
    ['a deadline period that is not ISO 8601', { ...valid, deadline: { text: 'within one month', duration: '1 month' } }],
  ])('refuses %s', (_, remedy) => expect(RemedySchema.safeParse(remedy).success).toBe(false));
});
