import { describe, expect, it } from 'vitest';
import { capitalise, citation, type Citable, citationFollowing, citationParts, citedParagraph, formatCount, formatDate, formatMoney, formatRate, formatShare, formatUpholdRate, paragraphPinpoint, plural, truncate, yearSpan } from './format';

describe('format', () => {
  const barnet: Citable = {
    authority: 'London Borough of Barnet',
    reference: '19 001 728',
    date: '2019-10-11',
    url: 'https://archive.example/decisions/19-001-728/',
  };

  it('cites a decision by its council, reference, the Ombudsman, date and address, with or without a paragraph', () => {
    expect(citation(barnet)).toBe(
      'London Borough of Barnet (19 001 728), Local Government and Social Care Ombudsman, 11 October 2019, https://archive.example/decisions/19-001-728/',
    );
    expect(citation(barnet, 'p18')).toBe(
      'London Borough of Barnet (19 001 728), Local Government and Social Care Ombudsman, 11 October 2019, para 18, https://archive.example/decisions/19-001-728/#p18',
    );
    expect(citation(barnet, 'p34b')).toBe(
      'London Borough of Barnet (19 001 728), Local Government and Social Care Ombudsman, 11 October 2019, para 34(b), https://archive.example/decisions/19-001-728/#p34b',
    );
  });

  it('cites the whole decision for an anchor that is no paragraph, and leaves out an address it does not have', () => {
    expect(citation(barnet, 'b4')).toBe(citation(barnet));
    expect(citation(barnet, '')).toBe(citation(barnet));
    expect(citation({ ...barnet, url: null }, 'p18')).toBe('London Borough of Barnet (19 001 728), Local Government and Social Care Ombudsman, 11 October 2019, para 18');
    expect(citation({ ...barnet, url: null })).toBe('London Borough of Barnet (19 001 728), Local Government and Social Care Ombudsman, 11 October 2019');
  });

  it('gives the citation in parts, the reference and the date kept whole, the pinpoint and the address on their own', () => {
    expect(citationParts(barnet, 'p21b')).toEqual([
      { text: 'London Borough of Barnet ', keep: false },
      { text: '(19 001 728)', keep: true },
      { text: ', Local Government and Social Care Ombudsman, ', keep: false },
      { text: '11 October 2019', keep: true },
      { text: ', para 21(b)', keep: false, role: 'pinpoint' },
      { text: ', https://archive.example/decisions/19-001-728/#p21b', keep: false, role: 'address' },
    ]);
    // Without a paragraph, or an address, the parts are still there, empty, for a page to fill.
    expect(citationParts({ ...barnet, url: null }).map((part) => part.role && part.text)).toEqual([undefined, undefined, undefined, undefined, '', '']);
    // What a page changes as the paragraph cited does: the same as those parts.
    expect(citationFollowing(barnet, 'p21b')).toEqual({ pinpoint: ', para 21(b)', address: ', https://archive.example/decisions/19-001-728/#p21b' });
    expect(citationFollowing(barnet, 'summary')).toEqual({ pinpoint: '', address: ', https://archive.example/decisions/19-001-728/' });
    expect(citationFollowing({ url: null }, 'p3')).toEqual({ pinpoint: ', para 3', address: '' });
    expect(paragraphPinpoint('34(b)')).toBe(', para 34(b)');
    expect([paragraphPinpoint(''), paragraphPinpoint(null), paragraphPinpoint()]).toEqual(['', '', '']);
  });

  it('writes a share of fewer than 10 as its count, never a bare 100%', () => {
    expect(formatShare(1, 1)).toBe('1 of 1');
    expect(formatShare(3, 9)).toBe('3 of 9');
    expect(formatShare(0, 2)).toBe('0 of 2');
    expect(formatShare(10, 10)).toBe('100%');
    expect(formatShare(4, 10)).toBe('40%');
    expect(formatShare(1234, 2000)).toBe('62%');
    expect(formatShare(0, 0)).toBe('–');
    // Closed complaints were not investigated, so they are not counted.
    const outcomes = { upheld: 1, 'not-upheld': 0, 'closed-after-initial-enquiries': 40 };
    expect(formatUpholdRate(outcomes)).toBe('1 of 1');
    expect(formatUpholdRate({ upheld: 9, 'not-upheld': 3 })).toBe('75%');
  });

  it('writes dates, money and rates in British English, whatever the time zone', () => {
    expect(formatDate('2021-05-27')).toBe('27 May 2021');
    expect(formatMoney(1900)).toBe('£1,900');
    expect([formatCount(0), formatCount(999), formatCount(1000), formatCount(60_123)]).toEqual(['0', '999', '1,000', '60,123']);
    expect(formatMoney(150.5)).toBe('£150.50');
    expect(formatRate(0.8)).toBe('80%');
    expect(formatRate(null)).toBe('–');
    expect(plural(1, 'decision')).toBe('1 decision');
    expect(plural(1200, 'authority', 'authorities')).toBe('1,200 authorities');
  });

  it('cuts long text at a word, and leaves short text whole', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('The Council was not at fault in the actions it took', 20);
    expect(cut).toBe('The Council was not…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('capitalises a deadline and spans years', () => {
    expect(capitalise('within one month')).toBe('Within one month');
    expect(yearSpan(['2021', '2019', '2020'])).toBe('2019 to 2021');
    expect(yearSpan(['2021'])).toBe('2021');
    expect(yearSpan([])).toBe('');
  });
});

describe('citedParagraph', () => {
  it.each([
    ['p18', '18'],
    ['p34b', '34(b)'],
    ['p34b-ii', '34(b)(ii)'],
  ])('%s → para %s', (anchor, cited) => expect(citedParagraph(anchor)).toBe(cited));

  it.each(['b3', 'summary', 'p', 'pX', ''])('cites nothing for %j', (anchor) => expect(citedParagraph(anchor)).toBeNull());
});
