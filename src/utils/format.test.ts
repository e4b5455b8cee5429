import { describe, expect, it } from 'vitest';
import { capitalise, citation, citationParts, citedParagraph, formatDate, formatMoney, formatRate, paragraphPinpoint, plural, truncate, yearSpan } from './format';

describe('format', () => {
  it('cites a decision the way the issue asks, with or without a paragraph', () => {
    expect(citation('19 001 728', '2019-10-11')).toBe('LGSCO decision 19 001 728, 11 October 2019');
    expect(citation('19 001 728', '2019-10-11', 18)).toBe('LGSCO decision 19 001 728, 11 October 2019, para 18');
    expect(citation('19 001 728', '2019-10-11', '34(b)')).toBe('LGSCO decision 19 001 728, 11 October 2019, para 34(b)');
  });

  it('gives the citation in parts, the reference and the date kept whole, and the paragraph on its own', () => {
    expect(citationParts('19 001 728', '2019-10-11')).toEqual([
      { text: 'LGSCO decision ', keep: false },
      { text: '19 001 728', keep: true },
      { text: ', ', keep: false },
      { text: '11 October 2019', keep: true },
    ]);
    expect(paragraphPinpoint('34(b)')).toBe(', para 34(b)');
    expect([paragraphPinpoint(''), paragraphPinpoint(null), paragraphPinpoint()]).toEqual(['', '', '']);
  });

  it('writes dates, money and rates in British English, whatever the time zone', () => {
    expect(formatDate('2021-05-27')).toBe('27 May 2021');
    expect(formatMoney(1900)).toBe('£1,900');
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
