import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctiveName, letterOf } from './authority-name';

describe('distinctiveName', () => {
  it('drops the style printed before the place', () => {
    expect(distinctiveName('London Borough of Barnet')).toBe('Barnet');
    expect(distinctiveName('Royal Borough of Kensington and Chelsea')).toBe('Kensington and Chelsea');
    expect(distinctiveName('Royal Borough of Kensington & Chelsea')).toBe('Kensington & Chelsea');
    expect(distinctiveName('The Royal Borough of Windsor and Maidenhead')).toBe('Windsor and Maidenhead');
    expect(distinctiveName('Metropolitan Borough of Wirral')).toBe('Wirral');
    expect(distinctiveName('Borough of Poole')).toBe('Poole');
    expect(distinctiveName('City of York Council')).toBe('York');
    expect(distinctiveName('Borough Council of King’s Lynn and West Norfolk')).toBe('King’s Lynn and West Norfolk');
    expect(distinctiveName('Council of the Isles of Scilly')).toBe('Isles of Scilly');
  });

  it('drops the style printed after the place, the longest that fits', () => {
    expect(distinctiveName('Barnet Council')).toBe('Barnet');
    expect(distinctiveName('Kent County Council')).toBe('Kent');
    expect(distinctiveName('Leicestershire County Council')).toBe('Leicestershire');
    expect(distinctiveName('Wirral Metropolitan Borough Council')).toBe('Wirral');
    expect(distinctiveName('Bristol City Council')).toBe('Bristol');
    expect(distinctiveName('Mid Suffolk District Council')).toBe('Mid Suffolk');
    expect(distinctiveName('Reading Borough Council')).toBe('Reading');
    expect(distinctiveName('Cheshire West and Chester Council')).toBe('Cheshire West and Chester');
  });

  it('keeps care providers and other bodies as printed, and the City of London its City', () => {
    for (const name of ['Sunrise Care Homes Ltd', 'Care UK Community Partnerships Ltd', 'Transport for London', 'Greater London Authority', 'Council Care Services Limited']) {
      expect(distinctiveName(name)).toBe(name);
    }
    expect(distinctiveName('City of London Corporation')).toBe('City of London Corporation');
  });

  it('is case-blind about the style and tidies spacing', () => {
    expect(distinctiveName('LONDON BOROUGH OF  BARNET')).toBe('BARNET');
    expect(distinctiveName(' kent county council ')).toBe('kent');
  });

  it('never returns an empty name', () => {
    expect(distinctiveName('Council')).toBe('Council');
    expect(distinctiveName('London Borough of')).toBe('London Borough of');
    fc.assert(fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), (name) => distinctiveName(name).trim() !== ''));
  });
});

describe('letterOf', () => {
  it('files a name under its first letter, accents set aside, or under #', () => {
    expect(letterOf('Barnet')).toBe('B');
    expect(letterOf('Évian')).toBe('E');
    expect(letterOf('3 Rivers')).toBe('#');
  });
});
