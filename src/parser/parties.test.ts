import { describe, expect, it } from 'vitest';
import { findParties } from './parties';

const parties = (summary: string, body = '') => findParties(summary, body);

describe('complainants', () => {
  it('takes the one person the summary says complains', () => {
    expect(parties('Ms K complains that the Council ignored her repair requests.').complainants).toEqual(['Ms K']);
  });

  it.each([
    ['Mr and Mrs G complain that the Council mishandled their planning objection.', ['Mr G', 'Mrs G']],
    ['Mr & Mrs B complained about the noise from the depot.', ['Mr B', 'Mrs B']],
    ['Dr and Mrs T have complained that their son’s school transport was withdrawn.', ['Dr T', 'Mrs T']],
    ['Mr P and Ms Q complain the Council lost their housing application.', ['Mr P', 'Ms Q']],
    ['Mr P, Ms Q and Mrs R complain about the consultation.', ['Mr P', 'Ms Q', 'Mrs R']],
    ['Mr X and his wife, Mrs X, complain that the Council delayed their adaptations.', ['Mr X', 'Mrs X']],
  ])('keeps joint complainants as written, in order: %s', (summary, expected) => {
    expect(parties(summary).complainants).toEqual(expected);
  });

  it('reads a joint possessive as the two people: "Mr and Mrs X’s complaint"', () => {
    const p = parties('We will not investigate Mr and Mrs X’s complaint about a neighbour’s extension.');
    expect(p.complainants).toEqual(['Mr X', 'Mrs X']);
    expect(p.others).toEqual([]);
  });

  it.each([
    ['The complainant, Mrs B, says the Council failed to assess her needs.', 'Mrs B'],
    ['The complainant, whom I refer to as Mr D, says the school excluded his son.', 'Mr D'],
    ['I call the complainant Ms W. She says her rent account is wrong.', 'Ms W'],
    ['I have called the complainant, ‘Miss C’. She says the home lost her belongings.', 'Miss C'],
    ['I have called the complainant ‘Miss C’.', 'Miss C'],
    ['I refer to the complainant as Mr H throughout.', 'Mr H'],
    ['The complainant (Mrs V) says she was never told about the charges.', 'Mrs V'],
    ['Mr N, the complainant, says the Council did not reply.', 'Mr N'],
    ['The complainants, Mr and Mrs E, say their road was never gritted.', ['Mr E', 'Mrs E']],
  ])('reads the complainant named as such: %s', (body, expected) => {
    expect(parties('The Council was at fault.', body).complainants).toEqual([expected].flat());
  });

  it.each([
    ['We will not investigate Mr M’s complaint about a planning decision.', 'Mr M'],
    ["We will not investigate Mr M's complaint about a planning decision.", 'Mr M'],
    ['We will not investigate this complaint by Ms J about the bin collections.', 'Ms J'],
  ])('reads the owner of the complaint: %s', (summary, expected) => {
    expect(parties(summary).complainants).toEqual([expected]);
  });

  it.each([
    ['Mrs A also complains about the delay.', 'Mrs A'],
    ['Mr L has complained that the Council ignored him.', 'Mr L'],
    ['Ms U, a tenant of the Council, complains that her flat is damp.', 'Ms U'],
    ['Mrs S’s daughter, Ms R, complains that her mother was not fed properly.', 'Ms R'],
  ])('finds the subject of "complains" past auxiliaries and asides: %s', (summary, expected) => {
    expect(parties(summary).complainants).toEqual([expected]);
  });

  it('does not take a possessive as the complainant: "Mr X’s son complains" is the son', () => {
    const p = parties('Mr X’s son complains that the Council did not assess his father.');
    expect(p.complainants).toEqual([]);
    expect(p.others).toEqual(['Mr X']);
  });

  it('prefers the summary, then falls back to the body', () => {
    const summary = 'There was no fault in how the Council dealt with Mr G’s council tax arrears.';
    expect(parties(summary, 'Mr G complains that the Council sent in the bailiffs.').complainants).toEqual(['Mr G']);
    expect(parties('Mrs Q complains about parking.', 'Mr Z complained to the Council first.').complainants).toEqual(['Mrs Q']);
  });

  it('does not take a name before an aside for the complainant after it', () => {
    const p = parties('After the death of Mr Y, his daughter, Mrs X, complains that the home did not tell the family.');
    expect(p.complainants).toEqual(['Mrs X']);
    expect(p.others).toEqual(['Mr Y']);
  });

  it('takes the first complaining clause, not everyone who complained to the body', () => {
    const p = parties('Mrs X complains the Council ignored her when her neighbour, Mr Y, complained about her dog.');
    expect(p.complainants).toEqual(['Mrs X']);
    expect(p.others).toEqual(['Mr Y']);
  });

  it('is empty, not a guess, where no one is said to complain', () => {
    const p = parties('The Council failed to review Mrs C’s care plan.', 'Mrs C lives alone.');
    expect(p.complainants).toEqual([]);
    expect(p.others).toEqual(['Mrs C']);
  });

  it('does not read the standard role-and-powers text as naming a complainant', () => {
    const body = 'We cannot question whether a council’s decision is right or wrong simply because the complainant disagrees with it.';
    expect(parties('The Council was at fault.', body).complainants).toEqual([]);
  });
});

describe('affected', () => {
  it.each([
    ['Miss X complains on behalf of her mother, Mrs X, about the charges for her care.', 'Miss X', ['Mrs X']],
    ['Ms D complains on behalf of her late father, Mr Y, that he was discharged too early.', 'Ms D', ['Mr Y']],
    ['Mrs K complains for her son, Y, that his EHC plan was late.', 'Mrs K', ['Y']],
    ['Mr A complains on behalf of Mr Z, who lives in supported housing.', 'Mr A', ['Mr Z']],
    ['Mr F complained to us on behalf of his brother, Mr G.', 'Mr F', ['Mr G']],
    ['Mrs H complains on behalf of her grandson (J) about his school place.', 'Mrs H', ['J']],
    ['Ms P complains on behalf of the late Mr Q.', 'Ms P', ['Mr Q']],
    ['Mr and Mrs L complain on behalf of their daughter, Miss L.', ['Mr L', 'Mrs L'], ['Miss L']],
    ['Miss W complains on behalf of her parents, Mr and Mrs V.', 'Miss W', ['Mr V', 'Mrs V']],
    ['Ms B complains on behalf of her children, C and D, about their school transport.', 'Ms B', ['C', 'D']],
    ['Mrs T complains on behalf of herself and her husband, Mr T.', 'Mrs T', ['Mr T']],
    ['Mrs E, on behalf of her mother, Mrs F, complains that the home lost her hearing aids.', 'Mrs E', ['Mrs F']],
    ['The complainant, Mrs B, complains on behalf of her father, Mr C.', 'Mrs B', ['Mr C']],
    ['Mr R brings this complaint on behalf of his son, who I call S.', 'Mr R', ['S']],
  ])('%s', (summary, complainants, affected) => {
    const p = parties(summary);
    expect(p.complainants).toEqual([complainants].flat());
    expect(p.affected).toEqual(affected);
    expect(p.others).toEqual([]);
  });

  it('finds the person affected in the body when the summary only names the relation', () => {
    const p = parties('Mr S complains about the charges for his late mother’s care.', 'Mr S complains on behalf of his late mother, Mrs R, about her care charges.');
    expect(p.complainants).toEqual(['Mr S']);
    expect(p.affected).toEqual(['Mrs R']);
  });

  it('does not count a person the complaint is only about, or a relation without a pseudonym', () => {
    const p = parties('Mrs B complains about the way the Council charged her mother, Mrs C, for her care.');
    expect(p.affected).toEqual([]);
    expect(p.others).toEqual(['Mrs C']);
    expect(parties('Mr J complains on behalf of his daughter about her school place.').affected).toEqual([]);
  });

  it('does not read "complained for" a length of time as on behalf of anyone', () => {
    expect(parties('Mrs N complained for A number of months about the noise.').affected).toEqual([]);
    expect(parties('Mrs N complained for two years.').affected).toEqual([]);
  });
});

describe('possessives and others', () => {
  it.each([
    ['Miss X’s housing application was delayed. Miss X complains about it.'],
    ["Miss X's housing application was delayed. Miss X complains about it."],
  ])('reads "Miss X’s" as Miss X: %s', (summary) => {
    const p = parties(summary);
    expect(p.complainants).toEqual(['Miss X']);
    expect(p.others).toEqual([]);
  });

  it('never yields a possessive form or a stray letter as a name', () => {
    const p = parties('Ms A complains about Mr B’s conduct and Mrs C’s report.', 'Mr B’s son D was upset by Mrs C\'s visit to X’s home.');
    const all = [...p.complainants, ...p.affected, ...p.others];
    expect(all).toEqual(['Ms A', 'Mr B', 'Mrs C']);
    expect(all.some((n) => /[’']/.test(n))).toBe(false);
  });

  it('takes a relation as another party only when written as a pseudonym', () => {
    expect(parties('Mr X complains about the Council’s assessment of Mr X’s son Y.').others).toEqual([]);
    expect(parties('Mr X complains about the Council’s assessment of Mr X’s son, Mr Y.').others).toEqual(['Mr Y']);
  });

  it('lists other pseudonyms once, in order of first mention, summary before body', () => {
    const p = parties('Mrs F complains about her husband, Mr F.', 'Mrs F says Dr G and Ms H met Mr F. Ms H and Mr and Mrs J agreed.');
    expect(p.complainants).toEqual(['Mrs F']);
    expect(p.others).toEqual(['Mr F', 'Dr G', 'Ms H', 'Mr J', 'Mrs J']);
  });

  it('does not take a real person’s initial for a pseudonym', () => {
    expect(parties('Ms A complains.', 'The letter was signed by Mr J Smith, the head of service.').others).toEqual([]);
  });
});

describe('body', () => {
  it.each([
    ['Mr X complains the Council failed to act.', 'the Council'],
    ['Mrs Y complains that the Care Provider did not feed her father.', 'the Care Provider'],
  ])('keeps how the statement names the body: %s', (summary, body) => {
    expect(parties(summary).body).toBe(body);
  });

  it('falls back to the body text, and is null where neither names one', () => {
    expect(parties('Mr X complains.', 'He says the Trust discharged him too early.').body).toBe('the Trust');
    expect(parties('Mr X complains.', 'He says nobody helped.').body).toBeNull();
  });
});

describe('hostile input', () => {
  // A whitespace run read two ways at once (as in `\s*,?\s+`) makes a regex quadratic: minutes here.
  // Hostile shapes that once made the patterns backtrack for minutes; speed itself is for npm run bench.
  it('reads long runs of whitespace and long lists of names', () => {
    for (const text of ['Mr X', 'Mr X,', 'Mrs E, on behalf of', 'complains on behalf of her son']) {
      expect(findParties('', `${text}${' '.repeat(200_000)}x`).complainants).toEqual([]);
    }
    expect(findParties('', 'Mr X, '.repeat(50_000)).others).toEqual(['Mr X']);
  });
});
