import { describe, expect, it } from 'vitest';
import { sourceUrl } from './source';

describe('sourceUrl', () => {
  // Pairs of the site's category names and the path words its addresses use.
  it.each([
    ["Children's care services", 'Child protection', '20-005-525', 'children-s-care-services/child-protection/20-005-525'],
    ['Transport and highways', 'Parking and other penalties', '24-001-002', 'transport-and-highways/parking-and-other-penalties/24-001-002'],
    ['Benefits and tax', 'COVID-19', '20-006-486', 'benefits-and-tax/covid-19/20-006-486'],
    ['Adult care services', 'Transition from childrens services', '21-001-001', 'adult-care-services/transition-from-childrens-services/21-001-001'],
    ['Other Categories', 'Councillor conduct and standards', '22-012-444a', 'other-categories/councillor-conduct-and-standards/22-012-444a'],
  ])('%s › %s is at …/decisions/%s', (category, subcategory, slug, path) => {
    expect(sourceUrl(category, subcategory, slug)).toBe(`https://www.lgo.org.uk/decisions/${path}`);
  });

  it('gives no address where there is no subcategory to make it from', () => {
    expect(sourceUrl('Housing', null, '21-000-001')).toBeNull();
  });
});
