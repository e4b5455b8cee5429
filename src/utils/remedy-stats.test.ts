import { describe, expect, it } from 'vitest';
import { RemedyStatsSchema, remedyStats, shareText, spread, spreadText, type RemedyFacts } from './remedy-stats';

const upheld = (remedyTotal: number, remedyKinds: RemedyFacts['remedyKinds'] = remedyTotal > 0 ? ['payment'] : [], distressTotal = 0): RemedyFacts => ({
  outcome: 'upheld',
  remedyTotal,
  distressTotal,
  remedyKinds,
});

describe('spread', () => {
  it('gives the median and quartiles by linear interpolation (R type 7)', () => {
    // R: quantile(c(3, 6, 7, 8, 8, 10, 13, 15, 16, 20), c(.25, .5, .75)) is 7.25, 9, 14.5.
    expect(spread([20, 3, 6, 16, 7, 8, 15, 8, 10, 13])).toEqual({ count: 10, values: [], median: 9, lower: 7.25, upper: 14.5 });
    expect(spread([100, 200, 300, 400, 500])).toEqual({ count: 5, values: [], median: 300, lower: 200, upper: 400 });
  });

  it('gives the amounts themselves, not a median pretending precision, below five', () => {
    expect(spread([500, 100, 250])).toEqual({ count: 3, values: [100, 250, 500], median: null, lower: null, upper: null });
    expect(spread([])).toEqual({ count: 0, values: [], median: null, lower: null, upper: null });
  });

  it('rounds to whole pence', () => {
    expect(spread([0.1, 0.2, 0.3, 0.4, 1 / 3]).median).toBe(0.3);
    expect(spread([100, 100, 100, 100, 101]).upper).toBe(100);
    expect(spread([1, 2, 3, 4, 5, 6]).lower).toBe(2.25);
  });
});

describe('remedyStats', () => {
  const decisions: RemedyFacts[] = [
    upheld(300, ['apology', 'payment'], 300),
    upheld(500, ['payment', 'training'], 200),
    upheld(0, ['apology', 'procedure-review']),
    // A payment whose sum the statement does not name: included a payment, but has no amount.
    upheld(0, ['payment']),
    upheld(150.5, ['refund']),
    upheld(1000),
    upheld(250, ['apology', 'apology', 'payment']),
    { outcome: 'not-upheld', remedyTotal: 900, distressTotal: 900, remedyKinds: ['payment'] },
    { outcome: 'closed-after-initial-enquiries', remedyTotal: 0, distressTotal: 0, remedyKinds: ['apology'] },
  ];
  const stats = remedyStats(decisions);

  it('counts upheld decisions only, and those that included a payment or refund', () => {
    expect(stats.upheld).toBe(7);
    expect(stats.withPayment).toBe(6);
  });

  it('spreads the upheld decisions’ totals where they name a sum, and their sums for distress alone', () => {
    expect(stats.payments).toEqual(spread([300, 500, 150.5, 1000, 250]));
    expect(stats.payments.median).toBe(300);
    expect(stats.distress).toEqual({ count: 2, values: [200, 300], median: null, lower: null, upper: null });
  });

  it('counts each kind once a decision, for every kind', () => {
    expect(stats.kinds).toEqual({ apology: 3, payment: 5, refund: 1, reassessment: 0, 'procedure-review': 1, training: 1, information: 0, other: 0 });
    expect(() => RemedyStatsSchema.parse(stats)).not.toThrow();
  });

  it('is all zeros for a group with no upheld decision', () => {
    const none = remedyStats([{ outcome: 'not-upheld', remedyTotal: 0, distressTotal: 0, remedyKinds: [] }]);
    expect(none).toMatchObject({ upheld: 0, withPayment: 0, payments: { count: 0 }, distress: { count: 0 } });
  });
});

describe('shareText and spreadText', () => {
  const money = (pounds: number) => `£${pounds}`;

  it('shows a share under ten as its count alone, and with a rate from ten', () => {
    expect(shareText(1, 1)).toBe('1 of 1');
    expect(shareText(3, 7)).toBe('3 of 7');
    expect(shareText(30, 70)).toBe('30 of 70 (43%)');
  });

  it('says the median and the middle half, or lists a few amounts instead', () => {
    expect(spreadText(spread([100, 200, 300, 400, 500]), money)).toBe('median £300; middle half £200 to £400 (5 decisions)');
    expect(spreadText(spread([500, 100, 250]), money)).toBe('£100, £250 and £500 (3 decisions: too few for a median)');
    expect(spreadText(spread([300]), money)).toBe('£300 (1 decision: too few for a median)');
    expect(spreadText(spread([]), money)).toBe('none named a sum');
  });
});
