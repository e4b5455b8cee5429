/**
 * One statement: drawn from its seed and index alone, so that any statement of a corpus can be
 * written without the others, and returned with what the generator meant it to hold.
 */
import { AUTHORITIES, type Authority } from '../../bench/corpus/authorities';
import { COMPOUND_OUTCOMES, SERVICE_AREAS } from '../../bench/corpus/topics';
import { uniqueReferences } from '../../src/parser/citations';
import type { Decision, Outcome } from '../../src/schemas/decision';
import { OUTCOME_NAMES } from '../../src/utils/labels';
import { daysFromCivil, headerDate, isoDate } from './calendar';
import { budget, summaryLine, topUp, writeParagraphs } from './paragraphs';
import { person } from './parties';
import { DECISION_MAKERS, RELATIONS } from './phrases';
import { placeName } from './places';
import { Random } from './random';
import { render, toListLayout } from './render';
import { closedStructure, fullStructure } from './structure';
import { Writer } from './writer';

export interface ExpectedDecision {
  reference: string;
  slug: string;
  authority: string;
  category: string;
  subcategory: string;
  outcomeLabel: string;
  outcome: Outcome;
  /** ISO date. */
  decisionDate: string;
  paragraphCount: number;
  /** Every "see paragraph N" the text holds, by the paragraph it stands in (1..N numbering). */
  crossReferences: Decision['crossReferences'];
  /** Acts cited anywhere in the statement, as "Care Act 2014". */
  acts: string[];
  /** Payments and refunds of the agreed action, not counting amounts that itemise another. */
  remedyTotal: number;
  /** The actions the agreed action asks for: each item of its list, and each sentence after it. */
  remedyCount: number;
  complainant: string;
  compact: boolean;
  /** Written in the compact list layout: every paragraph and item a "- " line. */
  listLayout: boolean;
}

export interface GeneratedStatement {
  /** The reference slug with .txt, e.g. "19-001-728.txt". */
  file: string;
  text: string;
  expected: ExpectedDecision;
}

/** Every Act the generator can cite, as the parser should name it. */
const KNOWN_ACTS = [...new Set(['Local Government Act 1974', ...SERVICE_AREAS.flatMap((a) => a.laws.map((l) => l.act))])];

/** Statement `index` of `seed`, with the reference the sequence gave it. */
export function generateStatement(seed: number, index: number, reference: string, recent = false): GeneratedStatement {
  const rng = new Random(seed, index);

  // When: the decision follows the year the complaint was registered (the reference's first digits).
  const registered = 2000 + Number(reference.slice(0, 2));
  const year = Math.min(2025, Math.max(2013, registered + (rng.chance(0.55) ? 1 : 0)));
  const from = recent ? daysFromCivil(2025, 11, 1) : daysFromCivil(year, 1, 1);
  const decisionDay = from + rng.int(0, daysFromCivil(recent ? 2026 : year + 1, 1, 1) - from - 1);

  // Who and what.
  const authority = rng.weighted(
    AUTHORITIES.filter((a) => !a.years || (year >= a.years[0] && year <= a.years[1])),
    (a: Authority) => a.weight,
  );
  const careProvider = authority.kind === 'care-provider';
  const area = rng.weighted(SERVICE_AREAS.filter((s) => s.kinds.includes(authority.kind)), (s) => s.weight);
  const subcategories = careProvider ? area.subcategories.filter((s) => ['Residential care', 'Domiciliary care', 'Charging'].includes(s.name)) : area.subcategories;
  const sub = rng.pick(subcategories);

  const outcomeDraw = rng.next();
  let outcome: Outcome = outcomeDraw < 0.47 ? 'upheld' : outcomeDraw < 0.72 ? 'not-upheld' : 'closed-after-initial-enquiries';
  let outcomeLabel: string = OUTCOME_NAMES[outcome];
  if (rng.chance(year <= 2015 ? 0.4 : 0.01)) {
    const compound = rng.pick(COMPOUND_OUTCOMES);
    outcome = compound.outcome;
    outcomeLabel = compound.label;
  }
  const compact = rng.chance(1 / 50);
  const bulletIndent = rng.chance(0.6) ? 2 : 4;
  const complainant = person(rng);
  const other = person(rng, complainant.letter);
  const places = Array.from({ length: 6 }, () => placeName(rng));
  const body = careProvider ? 'the Care Provider' : 'the Council';
  const w = new Writer(rng, area, sub, complainant, other, rng.pick(RELATIONS), body, decisionDay, places);

  // How long: paragraphs, and bytes to aim for.
  const closed = outcome === 'closed-after-initial-enquiries';
  const paragraphTarget = closed ? rng.int(10, 30) : 15 + Math.floor(105 * Math.pow(rng.next(), 1.6));
  const byteTarget = rng.int(15_000, 29_000);

  const sections = closed ? closedStructure(w, paragraphTarget) : fullStructure(w, paragraphTarget, outcome === 'upheld', careProvider);
  const paragraphs = sections.flatMap((s) => s.subs.flatMap((sub) => sub.paras));
  paragraphs.forEach((p, i) => (p.number = i + 1));
  const extras = budget(w, paragraphs, byteTarget);
  // Spread the chronology's dates over the time before the decision.
  const dated = paragraphs.reduce((n, p) => n + (p.kind === 'chronology' ? 1 + (extras.get(p) ?? 0) : p.kind === 'assessment' ? 0.4 * (1 + (extras.get(p) ?? 0)) : 0), 0);
  w.step = Math.max(1, Math.floor((decisionDay - 30 - w.clock) / Math.max(1, dated * 1.1)));
  writeParagraphs(w, paragraphs, outcome === 'upheld', extras);
  topUp(w, paragraphs, byteTarget, outcome === 'upheld');

  const summary = summaryLine(w, outcome);
  const header = [
    `${authority.name} (${reference})`,
    `Category : ${area.name} > ${sub.name}`,
    `Decision : ${outcomeLabel}`,
    `Decision date : ${headerDate(rng, decisionDay)}`,
    `The Ombudsman's final decision:`,
    `Summary: ${summary}`,
  ];
  const numbered = render(header, sections, compact, bulletIndent, rng.pick(DECISION_MAKERS));
  // The newer decisions are most often scraped in the compact list layout. Chosen from the reference,
  // not the random sequence, so that the corpus is otherwise what it was before this layout existed.
  const listLayout = year >= 2022 && Number(reference.slice(-1)) % 3 === 0;
  const text = listLayout ? toListLayout(numbered, Number(reference.slice(-2, -1)) % 2 === 0) : numbered;

  const slug = reference.replaceAll(' ', '-');
  return {
    file: `${slug}.txt`,
    text,
    expected: {
      reference,
      slug,
      authority: authority.name,
      category: area.name,
      subcategory: sub.name,
      outcomeLabel,
      outcome,
      decisionDate: isoDate(decisionDay),
      paragraphCount: paragraphs.length,
      crossReferences: uniqueReferences(w.crossReferences),
      acts: KNOWN_ACTS.filter((act) => text.includes(act)).sort(),
      remedyTotal: w.remedyTotal,
      remedyCount: w.remedyCount,
      complainant: w.C,
      compact,
      listLayout,
    },
  };
}
