import { describe, expect, it } from 'vitest';
import { isBoilerplateSection } from './boilerplate';

describe('isBoilerplateSection', () => {
  it('is the Ombudsman’s role and how the complaint was considered, as statements head them', () => {
    for (const heading of [
      'The Ombudsman’s role and powers',
      "The Ombudsman's role and powers",
      "The Ombudsmen's role and powers",
      "The Ombudsman's role",
      'How I considered this complaint',
      'How we considered this complaint',
      'HOW I CONSIDERED THIS COMPLAINT',
    ])
      expect(isBoilerplateSection(heading), heading).toBe(true);
  });

  it('is no section that differs from one decision to the next, and no unheaded one', () => {
    for (const heading of [
      'The complaint',
      'What I found',
      'What happened',
      'Analysis',
      'My findings',
      'My assessment',
      'Agreed action',
      'Recommendations',
      'Final decision',
      'Finding',
      'Parts of the complaint that I did not investigate',
      'What I have and have not investigated',
      'Summary',
    ])
      expect(isBoilerplateSection(heading), heading).toBe(false);
    expect(isBoilerplateSection(null)).toBe(false);
  });
});
