/**
 * The statement as a structure before it is text: its sections, subheadings and paragraphs, each
 * paragraph of a kind that decides what its sentences say. The sections follow the Ombudsman's
 * templates for an investigated complaint and for one closed after initial enquiries.
 */
import { capitalise } from './text';
import type { Writer } from './writer';

export type ParagraphKind = 'complaint' | 'role' | 'considered' | 'law' | 'chronology' | 'analysis' | 'injustice' | 'action' | 'final' | 'not-investigated' | 'assessment';

export interface Item {
  text: string;
  children: Item[];
  /** Children numbered "1." (nested at six spaces) rather than bullets. */
  orderedChildren?: boolean;
}
export interface Para {
  kind: ParagraphKind;
  number: number;
  sentences: string[];
  list?: { ordered: boolean; items: Item[] };
  runOn?: string;
}
export interface Sub {
  heading: string | null;
  paras: Para[];
}
export interface Section {
  heading: string;
  subs: Sub[];
}

function para(kind: ParagraphKind): Para {
  return { kind, number: 0, sentences: [] };
}
function paras(kind: ParagraphKind, count: number): Para[] {
  return Array.from({ length: Math.max(0, count) }, () => para(kind));
}

/** Sections of an investigated complaint (upheld or not). */
export function fullStructure(w: Writer, target: number, upheld: boolean, careProvider: boolean): Section[] {
  const { rng } = w;
  const agreed = upheld && rng.chance(0.9);
  const notInvestigated = rng.chance(0.18);
  const complaint = rng.int(1, 4);
  const role = rng.int(2, 4);
  const considered = rng.int(1, 2);
  const action = agreed ? rng.int(1, 3) : 0;
  const final = rng.int(1, 2);
  const skipped = notInvestigated ? rng.int(1, 2) : 0;
  const findings = Math.max(6, target - complaint - role - considered - action - final - skipped);

  const law = Math.min(rng.int(2, 6), Math.floor(findings / 3));
  const injustice = upheld ? rng.int(1, 3) : 0;
  const chronology = Math.max(2, Math.round((findings - law - injustice) * (0.4 + rng.next() * 0.2)));
  const analysis = Math.max(1, findings - law - injustice - chronology);

  const found: Sub[] = [
    { heading: w.fill(rng.pick(w.area.subheadings.filter((h) => /law|guidance|background|policy|procedure|scheme/i.test(h)).concat(['Relevant law and guidance', 'Law and guidance']))), paras: paras('law', law) },
  ];
  // The chronology, sometimes split under a second heading (e.g. the complaint's handling).
  const chronologySplit = chronology >= 8 && rng.chance(0.5) ? rng.int(3, chronology - 3) : chronology;
  found.push({ heading: rng.pick(['What happened', 'Background', 'Key events', 'What happened?', 'The events of this complaint']), paras: paras('chronology', chronologySplit) });
  if (chronologySplit < chronology) found.push({ heading: rng.pick(['Complaint handling', 'The complaint to the Council', 'Later events']), paras: paras('chronology', chronology - chronologySplit) });
  // Analysis under one to four issue headings.
  const issues = Math.min(analysis, rng.int(1, 4));
  const used = new Set<string>();
  for (let i = 0; i < issues; i++) {
    const count = i === issues - 1 ? analysis - Math.floor(analysis / issues) * (issues - 1) : Math.floor(analysis / issues);
    let heading = i === 0 ? rng.pick(['Analysis', 'My findings', 'Findings', 'Was there fault?']) : w.fill(rng.pick(w.area.subheadings));
    if (used.has(heading)) heading = `${capitalise(w.fill('{obj}').replace(/^the /, ''))}`;
    used.add(heading);
    found.push({ heading, paras: paras('analysis', count) });
  }
  if (injustice) found.push({ heading: w.fill(rng.pick(['Injustice', 'Injustice to {C}', 'Did the fault cause injustice?'])), paras: paras('injustice', injustice) });

  const sections: Section[] = [
    { heading: 'The complaint', subs: [{ heading: null, paras: paras('complaint', complaint) }] },
    { heading: 'The Ombudsman’s role and powers', subs: [{ heading: null, paras: paras('role', role) }] },
    { heading: 'How I considered this complaint', subs: [{ heading: null, paras: paras('considered', considered) }] },
    { heading: 'What I found', subs: found },
  ];
  if (agreed) sections.push({ heading: careProvider && rng.chance(0.5) ? 'Recommended action' : rng.pick(['Agreed action', 'Agreed action', 'Recommended action']), subs: [{ heading: null, paras: paras('action', action) }] });
  const finalSection: Section = { heading: 'Final decision', subs: [{ heading: null, paras: paras('final', final) }] };
  const skippedSection: Section = { heading: 'Parts of the complaint that I did not investigate', subs: [{ heading: null, paras: paras('not-investigated', skipped) }] };
  if (skipped && rng.chance(0.5)) sections.push(skippedSection, finalSection);
  else sections.push(finalSection, ...(skipped ? [skippedSection] : []));
  return sections;
}

/** Sections of a complaint closed after initial enquiries. */
export function closedStructure(w: Writer, target: number): Section[] {
  const { rng } = w;
  const complaint = rng.int(1, 3);
  const role = rng.int(2, 3);
  const considered = 1;
  const final = 1;
  const assessment = Math.max(4, target - complaint - role - considered - final);
  return [
    { heading: 'The complaint', subs: [{ heading: null, paras: paras('complaint', complaint) }] },
    { heading: 'The Ombudsman’s role and powers', subs: [{ heading: null, paras: paras('role', role) }] },
    { heading: 'How I considered this complaint', subs: [{ heading: null, paras: paras('considered', considered) }] },
    { heading: 'My assessment', subs: [{ heading: null, paras: paras('assessment', assessment) }] },
    { heading: 'Final decision', subs: [{ heading: null, paras: paras('final', final) }] },
  ];
}
