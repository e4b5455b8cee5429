/**
 * A synthetic corpus of decision statements in the raw scraped text format, for benchmarks:
 *
 *   npm run generate-corpus -- --n 1000 --seed 1 --out /tmp/corpus [--start 0] [--recent]
 *
 * Each statement is written as it is copied from the Ombudsman's website (title line, header fields,
 * summary, sections closed by "Back to top", paragraphs numbered "  1." afresh in every block,
 * bullets and nested lists, the sign-off and the page noise after it); 1 in 50 in the compact layout
 * (no blank lines, no "Back to top"), and a third of those decided from 2022 on in the compact list
 * layout (every paragraph and item a "- " line). The same seed gives byte-identical files; statement i depends
 * only on the seed and i, so `--start 1000 --n 100` adds 100 statements to a corpus of 1000 with
 * references that are still unique; `--recent` makes those new statements the newest decisions
 * (registered in 2025, decided in its last two months), as the next batch a live archive publishes.
 * Every statement comes with what the generator meant it to hold (`expected`), so a test can check
 * the parser reads it back.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AUTHORITIES, type Authority } from '../bench/corpus/authorities';
import { ACTIVITIES, ADJECTIVES as WORDS_ADJECTIVES, ADVERBS as WORDS_ADVERBS, ASPECTS, CONDITIONS, FEELINGS, JOBS, NOUNS, ORGANISATION_TYPES } from '../bench/corpus/lexicon';
import { COMPOUND_OUTCOMES, SERVICE_AREAS, type ServiceArea, type Subcategory } from '../bench/corpus/topics';
import { uniqueReferences } from '../src/parser/citations';

export type Outcome = 'upheld' | 'not-upheld' | 'closed-after-initial-enquiries';

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
  crossReferences: { from: number; to: number }[];
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

export interface CorpusOptions {
  n: number;
  seed: number;
  /** Index of the first statement: statements start..start+n-1 of the seed's sequence. */
  start?: number;
  /** These statements are the newest decisions: registered in 2025, decided in November or December 2025. */
  recent?: boolean;
}

/* ------------------------------------------------------------------------------------------------
 * Seeded randomness: sfc32 keyed by (seed, stream, index). No Math.random, no clock, no locale.
 * --------------------------------------------------------------------------------------------- */

function mix(h: number, v: number): number {
  h = Math.imul(h ^ (v >>> 0), 0x85ebca6b);
  h = (h ^ (h >>> 13)) >>> 0;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...keys: number[]) {
    let h = 0x9e3779b9;
    for (const k of keys) h = mix(h + 0x6d2b79f5, k);
    this.a = mix(h, 1);
    this.b = mix(h, 2);
    this.c = mix(h, 3);
    this.d = mix(h, 4);
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Early items often, late ones rarely: word frequencies follow roughly this shape. */
  zipf<T>(items: readonly T[]): T {
    const r = this.next();
    return items[Math.floor(items.length * r * r)]!;
  }

  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += weight(item);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1]!;
  }
}

/* ------------------------------------------------------------------------------------------------
 * References: unique within a seed, drawn in order so that any prefix of the sequence is stable.
 * --------------------------------------------------------------------------------------------- */

const REFERENCE_STREAM = 0x5eed;

/** The references of statements 0..count-1 for a seed, each "YY NNN NNN" (rarely with a letter). */
export function corpusReferences(seed: number, count: number, recentFrom = Infinity): string[] {
  const used = new Set<string>();
  const refs: string[] = [];
  for (let i = 0; i < count; i++) {
    const rng = new Random(seed, REFERENCE_STREAM, i);
    let ref: string;
    do {
      const yy = i >= recentFrom ? 25 : rng.int(13, 25);
      const serial = rng.int(0, 21999);
      const suffix = rng.chance(1 / 400) ? rng.pick(['a', 'b']) : '';
      ref = `${yy} ${pad(Math.floor(serial / 1000), 3)} ${pad(serial % 1000, 3)}${suffix}`;
    } while (used.has(ref));
    used.add(ref);
    refs.push(ref);
  }
  return refs;
}

/** The corpus, one statement at a time (60,000 statements do not need to be in memory at once). */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedStatement> {
  const start = options.start ?? 0;
  const refs = corpusReferences(options.seed, start + options.n, options.recent ? start : Infinity);
  for (let i = start; i < start + options.n; i++) yield generateStatement(options.seed, i, refs[i]!, options.recent);
}

/* ------------------------------------------------------------------------------------------------
 * Dates (civil calendar by day number, so no Date or locale is involved in what is written).
 * --------------------------------------------------------------------------------------------- */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

const longDate = (day: number) => {
  const { y, m, d } = civilFromDays(day);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const monthYear = (day: number) => {
  const { y, m } = civilFromDays(day);
  return `${MONTHS[m - 1]} ${y}`;
};
const isoDate = (day: number) => {
  const { y, m, d } = civilFromDays(day);
  return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
};

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/* ------------------------------------------------------------------------------------------------
 * Words: place names from English toponym parts, so the vocabulary has a realistic long tail.
 * --------------------------------------------------------------------------------------------- */

const PLACE_HEADS = [
  'Ash', 'Oak', 'Elm', 'Birch', 'Brad', 'Brom', 'Chester', 'Dun', 'Ell', 'Fair', 'Glen', 'Hather', 'Holm', 'Kings', 'Lang',
  'Lin', 'Mar', 'Mill', 'New', 'North', 'Ox', 'Pen', 'Red', 'Rother', 'Sand', 'Shel', 'South', 'Stan', 'Stoke', 'Thorn',
  'Wal', 'West', 'Whit', 'Wind', 'Wood', 'Bram', 'Brook', 'Cal', 'Chad', 'Cran', 'Dal', 'East', 'Farn', 'Gold', 'Har',
  'Hay', 'Kel', 'Ketter', 'Lark', 'Lox', 'Mel', 'Nor', 'Pad', 'Ram', 'Sal', 'Sef', 'Tad', 'Tan', 'Ux', 'Wen', 'Wick',
  'Yar', 'Ald', 'Bex', 'Cog', 'Dray', 'Ew', 'Fen', 'Gil', 'Hamp', 'Ick', 'Lit', 'Mab', 'Nether', 'Ock', 'Pit', 'Quen',
  'Rad', 'Sut', 'Thur', 'Up', 'Ver', 'Wat', 'Yeo', 'Bur', 'Cleve', 'Dor', 'Eg', 'Ful', 'Grin', 'Hal', 'Ing', 'Kirk',
];
const PLACE_TAILS = [
  'ford', 'ham', 'ton', 'bury', 'ley', 'worth', 'field', 'by', 'wick', 'stead', 'combe', 'hurst', 'den', 'well', 'more',
  'thorpe', 'bridge', 'gate', 'cote', 'hall', 'wood', 'brook', 'dale', 'minster', 'borough', 'chester', 'mouth', 'ness',
  'ing', 'over', 'stow', 'well', 'mere', 'lands', 'holme',
];
const PLACE_MIDDLES = ['er', 'ing', 'el', 'an', 'en', 'ow', 'ly', 'am', 'ab', 'ol', 'in', 'es', 'ber', 'mer', 'ley', 'ston', 'wor', 'ham', 'den', 'ford'];
const STREET_TYPES = ['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Drive', 'Way', 'Gardens', 'Crescent', 'Place', 'Grove', 'Terrace', 'Court', 'Rise', 'Walk', 'Mews', 'Row', 'Parade'];
const HOME_TYPES = ['House', 'Lodge', 'Court', 'Manor', 'Grange', 'View', 'Park'];
const SCHOOL_TYPES = ['Primary School', 'Academy', 'High School', 'Community College', 'Infant School', 'Junior School', 'School'];
const HOSPITALS = ['General Hospital', 'Community Hospital', 'District Hospital', 'Royal Infirmary'];

const ADJECTIVES = [
  'significant', 'reasonable', 'unclear', 'inconsistent', 'detailed', 'brief', 'prompt', 'thorough', 'confusing', 'adequate',
  'accurate', 'incomplete', 'appropriate', 'proportionate', 'considerable', 'lengthy', 'limited', 'relevant', 'specific',
  'substantial', 'serious', 'avoidable', 'ongoing', 'repeated', 'clear', 'contradictory', 'comprehensive', 'informal',
  'formal', 'detailed', 'careful', 'sensible', 'unreasonable', 'unfortunate', 'urgent', 'vulnerable', 'unsettled', 'anxious',
];
const ADVERBS = ['properly', 'promptly', 'clearly', 'fully', 'carefully', 'reasonably', 'consistently', 'quickly', 'adequately', 'accurately', 'appropriately', 'again'];
const DOCUMENTS = ['letter', 'email', 'file note', 'case record', 'report', 'telephone note', 'text message', 'decision notice', 'invoice', 'minutes', 'form', 'questionnaire', 'chronology', 'action plan', 'risk assessment'];
const CLAIMS = [
  'it had acted in line with its policy', 'it had not received the earlier email', 'the delay was caused by staff shortages',
  'there was no evidence to support the complaint', 'it would apologise for the delay', 'it had a high number of cases at the time',
  'the officer had since left', 'it had followed the relevant guidance', 'it had considered all the information available',
  'it could not comment on the actions of another organisation', 'it had offered a reasonable alternative', 'its records were incomplete',
  'it had made its decision properly', 'the information had been sent to the wrong address', 'it accepted there had been a delay',
];
const REASONS_NOT_INVESTIGATED = [
  '{he} could have appealed to the First-tier Tribunal', 'it happened more than 12 months before {he} complained to us', 'it is a matter for the courts',
  'it is about the actions of the police, which we cannot investigate', 'it concerns a matter that affects most of the people in the area',
  '{he} has already taken the matter to court', 'it is about the internal management of a school', 'it is about a personnel matter',
];
const REASONS_CLOSED = [
  'there is not enough evidence of fault in the way {body} made its decision', 'it is unlikely we would find fault',
  'we could not add to the investigation {body} has already carried out', '{C} could reasonably have used {his} right of appeal',
  'the complaint is late and there are no good reasons to investigate it now', 'the matter has not caused {C} significant injustice',
  'we cannot achieve the outcome {C} wants',
];
const CONNECTIVES = ['However', 'In addition', 'Separately', 'Meanwhile', 'At that point', 'As a result', 'Again'];
const COMPLAINANT_EVENTS = [
  'complained to {body} about {obj}', 'asked {body} to review {obj}', 'contacted {team} by telephone', 'emailed {team} to ask for an update on {obj}',
  'told {team} {he} was unhappy with {obj}', 'sent photographs of {thing} to {team}', 'sent {body} a letter from {his} GP', 'chased a response to {his} complaint',
  'asked for a copy of {his} records', 'escalated {his} complaint to stage two', 'went to see {his} local councillor', 'asked {body} to put its decision in writing',
  'said {he} had not received {body}’s {doc}', 'reported that {thing} had still not been dealt with', 'complained to us',
];
const OBSERVATIONS = [
  '{C} was upset about {obj}', '{O} was {feeling} and {feeling}', 'the matter was {adj}', 'the {doc} had not been sent', '{team} would contact {C} within {days}',
  'there were concerns about {thing}', 'a manager had approved the decision', 'no action was needed at that stage', '{C} had asked for a call back',
  'the case was allocated to a new officer', 'the {doc} was {adj}', 'the family had been told about {obj}',
];
const TIME_LIMITS = ['five working days', '10 working days', 'two weeks', '20 working days', 'one month', 'six weeks', '28 days'];
const DEADLINES = ['one month', 'four weeks', 'three months', '20 working days', 'six weeks', 'two months', 'one month'];
const DECISION_MAKERS = [
  "Investigator's decision on behalf of the Ombudsman", "Investigator's decision on behalf of the Ombudsman", "Investigator's decision on behalf of the Ombudsman",
  "Assistant Ombudsman's decision on behalf of the Ombudsman", "Deputy Ombudsman's decision on behalf of the Ombudsman",
];
const RELATIONS = ['mother', 'father', 'husband', 'wife', 'son', 'daughter', 'neighbour', 'brother', 'sister', 'partner'];

/** Standard paragraphs of "The Ombudsman’s role and powers": the same in thousands of statements. */
const ROLE_AND_POWERS = [
  'We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement, I have used the word fault to refer to these. We must also consider whether any fault has had an adverse impact on the person making the complaint. I refer to this as ‘injustice’. If there has been fault which has caused an injustice, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)',
  'If we are satisfied with {bodys} actions or proposed actions, we can complete our investigation and issue a decision statement. (Local Government Act 1974, section 30(1B) and 34H(i), as amended)',
  'We cannot question whether {bodys} decision is right or wrong simply because the complainant disagrees with it. We must consider whether there was fault in the way the decision was reached. (Local Government Act 1974, section 34(3), as amended)',
  'The law says we cannot normally investigate a complaint unless we receive it within 12 months of the person becoming aware of the matter. We can investigate an older complaint if we decide there are good reasons. (Local Government Act 1974, sections 26B and 34D, as amended)',
  'We cannot investigate a complaint about the start of court action or what happened in court. (Local Government Act 1974, Schedule 5/5A, paragraph 1/3, as amended)',
  'The law says we cannot normally investigate a complaint when someone can appeal to a tribunal. However, we may decide to investigate if we consider it would be unreasonable to expect the person to use that right. (Local Government Act 1974, section 26(6)(a), as amended)',
  'When considering complaints, if there is a conflict of evidence, we make findings based on the balance of probabilities. This means that we will weigh up the available relevant evidence and base our findings on what we think was more likely to have happened.',
  'We may investigate matters coming to our attention during an investigation, if we consider that a member of the public who has not complained may have suffered an injustice as a result. (Local Government Act 1974, sections 26D and 34E, as amended)',
];
const CARE_PROVIDER_ROLE = 'We investigate complaints about adult social care providers and can decide whether their actions have caused an injustice, or could have caused injustice, to the person making the complaint. (Local Government Act 1974, sections 34B, 34C and 34H, as amended)';
const CLOSED_TESTS = ['it is unlikely we would find fault; or', 'it is unlikely we could add to any previous investigation by {body}; or', 'the fault has not caused injustice to the person who complained; or', 'the injustice is not significant enough to justify our involvement; or', 'it is unlikely further investigation will lead to a different outcome; or', 'we cannot achieve the outcome someone wants.'];

const FOOTER = [
  'Print this page',
  'LGO logogram',
  'Review your privacy settings',
  'Required cookies',
  'These cookies enable the website to function properly. You can only disable these by changing your browser preferences, but this will affect how the website performs.',
  'View required cookies',
  'Analytical cookies',
  "Google Analytics cookies help us improve the performance of the website by understanding how visitors use the site.\nWe recommend you set these 'ON'.",
  'View analytical cookies',
  'In using Google Analytics, we do not collect or store personal information that could identify you (for example your name or address). We do not allow Google to use or share our analytics data. Google has developed a tool to help you opt out of Google Analytics cookies.',
  'Privacy settings',
];

/* ------------------------------------------------------------------------------------------------
 * The statement as a structure, then as text.
 * --------------------------------------------------------------------------------------------- */

type Kind = 'complaint' | 'role' | 'considered' | 'law' | 'chronology' | 'analysis' | 'injustice' | 'action' | 'final' | 'not-investigated' | 'assessment';

interface Item {
  text: string;
  children: Item[];
  /** Children numbered "1." (nested at six spaces) rather than bullets. */
  orderedChildren?: boolean;
}
interface Para {
  kind: Kind;
  number: number;
  sentences: string[];
  list?: { ordered: boolean; items: Item[] };
  runOn?: string;
}
interface Sub {
  heading: string | null;
  paras: Para[];
}
interface Section {
  heading: string;
  subs: Sub[];
}

interface Person {
  title: string;
  letter: string;
  he: string;
  his: string;
  him: string;
}

/** Everything one statement's sentences draw on. */
class Writer {
  readonly crossReferences: { from: number; to: number }[] = [];
  remedyTotal = 0;
  remedyCount = 0;
  /** Day number of the next event in the chronology, and its mean step in days. */
  clock: number;
  step = 12;

  constructor(
    readonly rng: Random,
    readonly area: ServiceArea,
    readonly sub: Subcategory,
    readonly complainant: Person,
    readonly other: Person,
    readonly relation: string,
    readonly body: string,
    readonly decisionDay: number,
    readonly places: string[],
  ) {
    this.clock = decisionDay - rng.int(300, 1100);
  }

  get C() {
    return `${this.complainant.title} ${this.complainant.letter}`;
  }

  /** Replaces every {slot}; slot values may hold slots themselves. */
  fill(template: string, depth = 0): string {
    const out = template.replace(/\{(\w+)\}/g, (_, slot: string) => this.slot(slot));
    return depth < 3 && out.includes('{') ? this.fill(out, depth + 1) : out;
  }

  private slot(name: string): string {
    const { rng, complainant: c } = this;
    switch (name) {
      case 'C': return this.C;
      case 'Cs': return `${this.C}’s`;
      case 'he': return c.he;
      case 'He': return capitalise(c.he);
      case 'his': return c.his;
      case 'His': return capitalise(c.his);
      case 'him': return c.him;
      case 'O': return `${this.other.title} ${this.other.letter}`;
      case 'Os': return `${this.other.title} ${this.other.letter}’s`;
      case 'rel': return `${c.his} ${this.relation}`;
      case 'body': return this.body;
      case 'Body': return capitalise(this.body);
      case 'bodys': return this.body === 'the Council' ? 'a council’s' : 'a care provider’s';
      case 'obj': return rng.chance(0.55) ? rng.pick(this.sub.objects) : rng.pick(this.area.objects);
      case 'thing': return rng.pick(this.area.things);
      case 'team': return rng.pick(this.area.teams);
      case 'Team': return capitalise(rng.pick(this.area.teams));
      case 'place': return rng.pick(this.places);
      case 'street': return `${rng.int(1, 180)} ${rng.pick(this.places)} ${rng.pick(STREET_TYPES)}`;
      case 'school': return `${rng.pick(this.places)} ${rng.pick(SCHOOL_TYPES)}`;
      case 'home': return `${rng.pick(this.places)} ${rng.pick(HOME_TYPES)}`;
      case 'hospital': return `${rng.pick(this.places)} ${rng.pick(HOSPITALS)}`;
      case 'date': return longDate(this.tick());
      case 'month': return monthYear(this.tick());
      case 'days': return rng.pick(TIME_LIMITS);
      case 'adj': return rng.pick(ADJECTIVES);
      case 'adv': return rng.pick(ADVERBS);
      case 'doc': return rng.pick(DOCUMENTS);
      case 'claim': return rng.pick(CLAIMS);
      case 'amount': return money(rng.chance(0.5) ? rng.int(2, 120) * 25 : rng.int(1000, 900000) / 100, rng);
      case 'ref': return this.caseIdentifier();
      case 'event': return rng.pick(this.area.events);
      case 'fault': return rng.pick(this.area.faults);
      case 'injustice': return rng.pick(this.area.injustice);
      case 'cevent': return rng.pick(COMPLAINANT_EVENTS);
      case 'observation': return rng.pick(OBSERVATIONS);
      case 'noun': return rng.zipf(NOUNS);
      case 'adj2': return rng.zipf(WORDS_ADJECTIVES);
      case 'adv2': return rng.zipf(WORDS_ADVERBS);
      case 'condition': return rng.zipf(CONDITIONS);
      case 'activity': return rng.pick(ACTIVITIES);
      case 'job': return rng.pick(JOBS);
      case 'feeling': return rng.pick(FEELINGS);
      case 'aspect': return rng.pick(ASPECTS);
      case 'org': return `${rng.pick(this.places)} ${rng.zipf(ORGANISATION_TYPES)}`;
      case 'time': return `${rng.int(1, 12)}.${pad(rng.int(0, 11) * 5, 2)}${rng.pick(['am', 'pm'])}`;
      case 'num': return String(rng.int(2, 40));
      default: throw new Error(`generate-corpus: unknown slot {${name}}`);
    }
  }

  /** The chronology moves forward a few days to a few weeks at a time, and stops short of the decision. */
  private tick(): number {
    this.clock = Math.min(this.clock + this.rng.int(1, 2 * this.step), this.decisionDay - 30);
    return this.clock;
  }

  private caseIdentifier(): string {
    const { rng } = this;
    const { y } = civilFromDays(this.clock);
    if (this.area.name === 'Highways and transport') return `${rng.pick(['LB', 'PK', 'BL', 'WM', 'ZX'])}${pad(rng.int(0, 99999999), 8)}`;
    return `${pad(y % 100, 2)}/${pad(rng.int(0, 99999), 5)}/${rng.pick(['FUL', 'HOUS', 'OUT', 'LBC', 'ENF', 'TPO', 'PA'])}`;
  }

  /** A sentence citing an Act (with a section where the Act has them) or the area's guidance. */
  lawSentence(): string {
    const { rng } = this;
    if (rng.chance(0.3)) {
      const guidance = rng.pick(this.area.guidance);
      return this.fill(`${guidance.name} ${rng.pick(['says', 'states', 'explains that', 'also says'])} ${rng.pick(guidance.says)}.`);
    }
    const law = rng.pick(this.area.laws);
    const duty = rng.pick(law.duties);
    const section = law.sections.length ? rng.pick(law.sections) : null;
    if (!section) return `The ${law.act} requires councils to ${duty}.`;
    switch (rng.int(0, 3)) {
      case 0: return `Councils must ${duty}. (${law.act}, section ${section})`;
      case 1: return `Section ${section} of the ${law.act} says a council must ${duty}.`;
      case 2: return `The law says a council must ${duty} (section ${section} of the ${law.act}).`;
      default: return `A council has a duty to ${duty}. (${law.act}, section ${section})`;
    }
  }

  /** Circumstances and particulars: the words that make each statement's vocabulary its own. */
  detailSentence(): string {
    return this.fill(this.rng.pick([
      `{C} explained that {rel} has {condition} and needs help with {activity} and {activity}.`,
      `{C} works as {job} and said the problems with the {noun} affected {his} ability to carry on {activity}.`,
      `{He} said {he} felt {feeling} and {feeling}, and that the situation had affected {his} {aspect} and {his} {aspect}.`,
      `{Team} noted that the {noun} was {adj2} and that {C} appeared {feeling}.`,
      `{C} provided a {adj2} {noun}, a copy of the {noun} and photographs of the {noun}.`,
      `The {doc} refers to the {adj2} {noun} and the {adj2} {noun}, but not to the {noun}.`,
      `{C} went to {org} for advice about the {noun}.`,
      `The meeting took place at {org} in {place} at {time}.`,
      `{C} said {he} had to pay {amount} for the {noun} and the {noun} while the matter was unresolved.`,
      `{His} {noun} and {noun} were {adj2} at the time, according to the {doc}.`,
      `{Team} {adv2} checked the {noun}, the {noun} and the {noun}.`,
      `{C} told us the {adj2} {noun} remained a problem for {his} {aspect}.`,
      `It is not clear from the records whether the {noun} was {adj2} or whether the {noun} was {adj2}.`,
      `There were {num} contacts between {C} and {team} over the following weeks, mostly about the {noun}.`,
      `{O} has {condition}, which makes {activity} {adj2} for them.`,
      `A {adj2} {noun} from {org} supported what {C} said about the {noun}.`,
    ]));
  }

  chronologySentence(): string {
    const { rng } = this;
    let s: string;
    switch (rng.int(0, 7)) {
      case 0: s = `On {date}, {team} {event}.`; break;
      case 1: s = `{Team} {event} on {date}.`; break;
      case 2: s = `In {month}, {C} {cevent}.`; break;
      case 3: s = `{C} {cevent} on {date}.`; break;
      case 4: s = `The case notes for {date} record that {observation}.`; break;
      case 5: s = `{Body} replied on {date}. It said {claim}.`; break;
      case 6: s = `On {date}, {body} {event}. The {doc} says {observation}.`; break;
      default: s = `{Team} wrote to {C} on {date} about {obj}.`; break;
    }
    const text = this.fill(s);
    return rng.chance(0.2) ? connect(rng.pick(CONNECTIVES), text) : text;
  }

  /** Findings, with references back to earlier paragraphs where there are some. */
  analysisSentence(self: number, earlier: number[], upheld: boolean): string {
    const { rng } = this;
    if (earlier.length > 0 && rng.chance(0.22)) {
      const to = rng.pick(earlier);
      this.crossReferences.push({ from: self, to });
      if (earlier.length > 1 && rng.chance(0.25)) {
        const other = rng.pick(earlier.filter((n) => n !== to));
        this.crossReferences.push({ from: self, to: other });
        const [a, b] = to < other ? [to, other] : [other, to];
        return this.fill(`The records show {team} {event} (see paragraphs ${a} and ${b}).`);
      }
      switch (rng.int(0, 3)) {
        case 0: return this.fill(`As I explained at paragraph ${to}, {body} said {claim}.`);
        case 1: return this.fill(upheld ? `The evidence shows {body} {fault} (see paragraph ${to}). That was fault.` : `The records show {team} {event} (see paragraph ${to}). This was in line with the guidance.`);
        case 2: return this.fill(`{Body} should have acted on the information it had by then (see paragraph ${to}).`);
        default: return this.fill(`I have considered what {C} told {team} (see paragraph ${to}).`);
      }
    }
    if (rng.chance(0.03)) {
      const guidance = rng.pick(this.area.guidance);
      return `I have also considered paragraph ${rng.int(2, 9)}.${rng.int(1, 40)} of ${guidance.name.replace(/^The /, 'the ')}, and paragraph ${rng.int(2, 30)} of the guidance.`;
    }
    const templates = upheld
      ? [`{Body} {fault}. This was fault.`, `I am satisfied {body} {fault}, and I consider this was fault.`, `{Body} says {claim}. But the records show it {fault}.`, `On balance, I find {body} {fault}. This caused {C} {injustice}.`, `There is no record that {team} considered {obj} {adv}. That was fault.`, `I have seen no evidence that {body} explained its decision about {obj} to {C}.`, `{Body} accepts it {fault}. It has apologised, but that does not fully remedy the injustice caused.`]
      : [`I do not consider {body} was at fault in how it dealt with {obj}.`, `There is no evidence {body} {fault}.`, `{Body} considered the relevant information before making its decision about {obj}.`, `I understand {C} is unhappy with {obj}, but we cannot question a decision {body} made without fault.`, `The records show {team} {event}. This was in line with its policy.`, `I have not found fault in the way {team} dealt with {obj}.`];
    return this.fill(rng.pick(templates));
  }

  injusticeSentence(): string {
    return this.fill(this.rng.pick([
      `This caused {C} {injustice}.`,
      `{C} has been caused {injustice}.`,
      `I cannot say the outcome would have been different, but {C} has been left with {injustice}.`,
      `The fault caused {C} {injustice}, and {body} should remedy this.`,
      `{C} also had the time and trouble of pursuing the complaint.`,
    ]));
  }

  complaintSentence(): string {
    return this.fill(this.rng.pick([
      `{C} complains that {body} {fault}.`,
      `{He} also complains that {body} {fault}.`,
      `{C} says this caused {him} {injustice}.`,
      `{C} says {he} has been caused {injustice}.`,
      `{C} wants {body} to put things right.`,
      `{C} says {body} did not respond {adv} when {he} raised {his} concerns about {obj}.`,
    ]));
  }

  assessmentSentence(dated = true): string {
    const { rng } = this;
    if (dated && rng.chance(0.35)) return this.chronologySentence();
    return this.fill(rng.pick([
      `{C} complains that {body} {fault}.`,
      `We will not investigate this complaint. This is because ${rng.pick(REASONS_CLOSED)}.`,
      `{C} had a right of appeal and it was reasonable to expect {him} to use it.`,
      `There is not enough evidence of fault by {body} to justify our involvement.`,
      `{Body} has explained that {claim}, and that was a decision it was entitled to make.`,
      `I understand {C} is unhappy with {obj}, but that is not enough for us to investigate.`,
      `{Body} has already apologised and offered to review {obj}, which is a suitable remedy.`,
    ]));
  }

  /** An agreed action item, and what it adds to the remedy total. */
  remedyItem(kind: 'apology' | 'payment' | 'breakdown' | 'refund' | 'action'): string {
    const { rng } = this;
    const amount = () => {
      const pounds = rng.chance(0.75) ? rng.int(2, 20) * 50 : rng.int(21, 100) * 50;
      return pounds;
    };
    switch (kind) {
      case 'apology':
        return this.fill(rng.pick([
          `apologise to {C} for the distress caused by the faults identified in this statement;`,
          `send {C} a written apology for the faults I have identified;`,
          `apologise to {C}. We publish guidance on remedies which sets out our expectations for how organisations should apologise effectively to those affected;`,
        ]));
      case 'payment': {
        const pounds = amount();
        this.remedyTotal += pounds;
        return this.fill(rng.pick([
          `pay {C} ${money(pounds, rng)} to acknowledge the distress caused;`,
          `make a payment of ${money(pounds, rng)} to {C} for {his} time and trouble;`,
          `pay {C} ${money(pounds, rng)} to recognise the uncertainty caused by the delay;`,
        ]));
      }
      case 'breakdown': {
        const a = amount();
        const b = rng.int(1, 6) * 50;
        this.remedyTotal += a + b;
        return this.fill(`pay {C} ${money(a + b, rng)}, made up of ${money(a, rng)} for the period {he} was without the service and ${money(b, rng)} for {his} distress and time and trouble;`);
      }
      case 'refund': {
        const pounds = rng.int(2, 60) * 25;
        this.remedyTotal += pounds;
        return this.fill(`refund the ${money(pounds, rng)} {C} paid for {obj};`);
      }
      default:
        return `${this.fill(rng.pick(this.area.actions))};`;
    }
  }
}

function money(pounds: number, rng: Random): string {
  const whole = Math.floor(pounds);
  const pence = Math.round((pounds - whole) * 100);
  const digits = String(whole);
  const grouped = whole >= 1000 && rng.chance(0.7) ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits;
  return `£${grouped}${pence ? `.${pad(pence, 2)}` : ''}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "However, the Council …": only a leading "The"/"It"/"This" is lower-cased; names keep capitals. */
function connect(connective: string, sentence: string): string {
  const first = /^(The|It|This|In|On)\b/.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
  return `${connective}, ${first}`;
}

const TITLES: [string, string, string, string][] = [
  ['Mr', 'he', 'his', 'him'],
  ['Mrs', 'she', 'her', 'her'],
  ['Ms', 'she', 'her', 'her'],
  ['Miss', 'she', 'her', 'her'],
];
const LETTERS = 'XXXXXXBCDFGHJKLMNPRSTW';

function person(rng: Random, avoid?: string): Person {
  const [title, he, his, him] = rng.pick(TITLES);
  let letter: string;
  do letter = LETTERS.charAt(rng.int(0, LETTERS.length - 1));
  while (letter === avoid);
  if (rng.chance(0.03)) return { title: 'Dr', letter, he, his, him };
  return { title, letter, he, his, him };
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
  let outcomeLabel = outcome === 'upheld' ? 'Upheld' : outcome === 'not-upheld' ? 'Not upheld' : 'Closed after initial enquiries';
  if (rng.chance(year <= 2015 ? 0.4 : 0.01)) {
    const compound = rng.pick(COMPOUND_OUTCOMES);
    outcome = compound.outcome;
    outcomeLabel = compound.label;
  }
  const compact = rng.chance(1 / 50);
  const bulletIndent = rng.chance(0.6) ? 2 : 4;
  const complainant = person(rng);
  const other = person(rng, complainant.letter);
  const places = Array.from({ length: 6 }, () => `${rng.pick(PLACE_HEADS)}${rng.chance(0.25) ? rng.pick(PLACE_MIDDLES) : ''}${rng.pick(PLACE_TAILS)}`);
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

function headerDate(rng: Random, day: number): string {
  const { y, m, d } = civilFromDays(day);
  const draw = rng.next();
  if (draw < 0.7) return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
  if (draw < 0.95) return `${d} ${MONTHS[m - 1]} ${y}`;
  return `${pad(d, 2)} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
}


function para(kind: Kind): Para {
  return { kind, number: 0, sentences: [] };
}
function paras(kind: Kind, count: number): Para[] {
  return Array.from({ length: Math.max(0, count) }, () => para(kind));
}

/** Sections of an investigated complaint (upheld or not). */
function fullStructure(w: Writer, target: number, upheld: boolean, careProvider: boolean): Section[] {
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
function closedStructure(w: Writer, target: number): Section[] {
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

/** The first sentence (and any list) of every paragraph, by what kind of paragraph it is. */
function writeParagraphs(w: Writer, all: Para[], upheld: boolean, extras: Map<Para, number>): void {
  const { rng } = w;
  let closedTestsWritten = false;
  let roleIndex = 0;
  // The first standard paragraph always, then others in their usual order.
  const roleOrder = [...new Set([0, ...[1, 2, 3, 4, 5, 6, 7].filter(() => rng.chance(0.6)), 1, 2, 6])];
  const earlierFacts: number[] = [];
  for (const p of all) {
    switch (p.kind) {
      case 'complaint':
        if (p.number === 1) {
          p.sentences.push(w.fill(`{C} complains that {body} {fault}.`));
          if (rng.chance(0.35)) {
            p.sentences.push(w.fill(`In particular, {he} says:`));
            p.list = { ordered: false, items: Array.from({ length: rng.int(2, 5) }, () => ({ text: w.fill(`{Body} {fault}.`), children: [] })) };
            if (rng.chance(0.3)) p.runOn = w.fill(`{C} also complains about the way {body} dealt with {his} complaint.`);
          }
        } else p.sentences.push(w.complaintSentence());
        break;
      case 'role': {
        if (p === all.find((x) => x.kind === 'role') && w.body === 'the Care Provider') {
          p.sentences.push(CARE_PROVIDER_ROLE);
          break;
        }
        // A closed complaint's second "role" paragraph lists the tests for not investigating.
        const closedHere = !closedTestsWritten && all.some((x) => x.kind === 'assessment') && roleIndex === 1;
        if (closedHere) {
          closedTestsWritten = true;
          p.sentences.push('We may choose not to start or continue with an investigation if we believe:');
          const tests = CLOSED_TESTS.filter(() => rng.chance(0.7));
          p.list = { ordered: false, items: (tests.length ? tests : CLOSED_TESTS.slice(0, 2)).map((t) => ({ text: w.fill(t), children: [] })) };
          p.list.items[p.list.items.length - 1]!.text += ' (Local Government Act 1974, section 24A(6), as amended, section 34B(8), as amended)';
        } else {
          p.sentences.push(w.fill(ROLE_AND_POWERS[roleOrder[roleIndex % roleOrder.length]!]!));
        }
        roleIndex++;
        break;
      }
      case 'considered':
        if (rng.chance(0.5) && !all.some((x) => x.kind === 'considered' && x.list)) {
          p.sentences.push('I have:');
          const steps = [
            'considered the complaint and the information provided by {C};',
            'discussed the issues with {C};',
            'made enquiries of {body} and considered the information provided;',
            'considered the relevant law and guidance, as set out below;',
            'invited {C} and {body} to comment on the draft decision. I considered any comments received before making a final decision.',
          ].filter((_, i) => i === 0 || i === 4 || rng.chance(0.6));
          p.list = { ordered: false, items: steps.map((s) => ({ text: capitalise(w.fill(s)), children: [] })) };
        } else {
          p.sentences.push(w.fill(rng.pick([
            'I considered the information {C} provided and spoke to {him} about {his} complaint.',
            'I made enquiries of {body} and considered its response, including its records of {obj}.',
            '{C} and {body} had an opportunity to comment on my draft decision. I considered any comments received before making a final decision.',
          ])));
        }
        break;
      case 'law':
        p.sentences.push(w.lawSentence());
        if (rng.chance(0.15)) {
          p.sentences.push(w.fill('The guidance says:'));
          const guidance = rng.pick(w.area.guidance);
          p.list = { ordered: false, items: Array.from({ length: rng.int(2, 4) }, () => ({ text: w.fill(`${rng.pick(guidance.says)};`), children: [] })) };
        }
        earlierFacts.push(p.number);
        break;
      case 'chronology':
        p.sentences.push(w.chronologySentence());
        if (rng.chance(0.1)) {
          p.sentences.push(w.fill(`The {doc} recorded:`));
          const nested = rng.chance(0.3);
          p.list = {
            ordered: false,
            items: Array.from({ length: rng.int(2, 5) }, (_, i) => ({
              text: w.fill('{observation};'),
              children: nested && i === 0 ? Array.from({ length: rng.int(1, 3) }, () => ({ text: w.fill('{observation};'), children: [] })) : [],
              orderedChildren: rng.chance(0.5),
            })),
          };
          if (rng.chance(0.25)) p.runOn = w.fill(`{Body} told {C} each time that {claim}, but its records do not show that {team} acted on {his} concerns.`);
        }
        earlierFacts.push(p.number);
        break;
      case 'analysis':
        p.sentences.push(w.analysisSentence(p.number, earlierFacts, upheld));
        break;
      case 'assessment':
        p.sentences.push(w.assessmentSentence());
        earlierFacts.push(p.number);
        break;
      case 'injustice':
        p.sentences.push(w.injusticeSentence());
        break;
      case 'action':
        writeAction(w, p, all);
        break;
      case 'final':
        p.sentences.push(w.fill(finalSentence(w, all)));
        break;
      case 'not-investigated':
        p.sentences.push(w.fill(`I have not investigated {Cs} complaint about {obj}. This is because ${rng.pick(REASONS_NOT_INVESTIGATED)}.`));
        break;
    }
    for (let i = extras.get(p) ?? 0; i > 0; i--) addSentence(p, fresh(p, () => moreOf(w, p, earlierFacts.filter((n) => n < p.number), upheld, true)));
  }
}

/** Another sentence of a paragraph's kind; `dated` allows chronology (whose dates must stay in order). */
function moreOf(w: Writer, p: Para, earlier: number[], upheld: boolean, dated: boolean): string {
  if (p.kind !== 'law' && w.rng.chance(0.45)) return w.detailSentence();
  switch (p.kind) {
    case 'complaint': return w.complaintSentence();
    case 'law': return w.lawSentence();
    case 'chronology': return dated ? w.chronologySentence() : w.analysisSentence(p.number, [], upheld);
    case 'analysis': return w.analysisSentence(p.number, earlier, upheld);
    case 'injustice': return w.injusticeSentence();
    default: return w.assessmentSentence(dated);
  }
}

/** A sentence the paragraph does not have yet (a few tries; repeats are rare but real). */
function fresh(p: Para, make: () => string): string {
  let s = make();
  for (let i = 0; i < 4 && p.sentences.includes(s); i++) s = make();
  return s;
}

/** A paragraph that ends with a colon leads into its list: new sentences go before that last one. */
function addSentence(p: Para, sentence: string): void {
  if (p.list && p.sentences.length > 0) p.sentences.splice(p.sentences.length - 1, 0, sentence);
  else p.sentences.push(sentence);
}

const GROWABLE: Kind[] = ['complaint', 'law', 'chronology', 'analysis', 'injustice', 'assessment'];
const SENTENCE_BYTES = 115;
const MAX_SENTENCES = 16;

/** How many sentences beyond the first each paragraph gets, to reach the statement's size. */
function budget(w: Writer, all: Para[], byteTarget: number): Map<Para, number> {
  const extras = new Map<Para, number>();
  const growable = all.filter((p) => GROWABLE.includes(p.kind));
  if (growable.length === 0) return extras;
  const weight = (p: Para) => ((extras.get(p) ?? 0) >= MAX_SENTENCES ? 0 : p.kind === 'chronology' || p.kind === 'analysis' || p.kind === 'assessment' ? 4 : 1);
  const base = 2600 + all.length * 190;
  for (let n = Math.round((byteTarget - base) / SENTENCE_BYTES); n > 0; n--) {
    const p = w.rng.weighted(growable, weight);
    extras.set(p, (extras.get(p) ?? 0) + 1);
  }
  return extras;
}

/** Sentences without dates to the findings until the statement reaches its size, if it is short. */
function topUp(w: Writer, all: Para[], byteTarget: number, upheld: boolean): void {
  const growable = all.filter((p) => GROWABLE.includes(p.kind) && p.kind !== 'chronology');
  if (growable.length === 0) return;
  const earlierOf = (p: Para) => all.filter((x) => x.number < p.number && (x.kind === 'law' || x.kind === 'chronology' || x.kind === 'assessment')).map((x) => x.number);
  let size = 1700 + all.reduce((sum, p) => sum + paraSize(p), 0);
  for (let guard = 0; size < byteTarget && guard < 500; guard++) {
    const p = w.rng.pick(growable);
    const s = fresh(p, () => moreOf(w, p, earlierOf(p), upheld, false));
    addSentence(p, s);
    size += s.length + 1;
  }
}

function finalSentence(w: Writer, all: Para[]): string {
  if (all.some((p) => p.kind === 'assessment')) return `We will not investigate {Cs} complaint about {obj}. This is because ${w.rng.pick(REASONS_CLOSED)}.`;
  if (all.some((p) => p.kind === 'action')) return 'I have completed my investigation. There was fault by {body} which caused injustice to {C}. {Body} has agreed to take the action I recommended to remedy that injustice.';
  if (all.some((p) => p.kind === 'injustice')) return 'I have completed my investigation. There was fault by {body}, but I consider the action it has already taken is enough to remedy the injustice caused.';
  return 'I have completed my investigation. I have found no fault by {body} in the way it dealt with {obj}.';
}

/** "Within one month of my final decision, the Council will:" and its numbered or bulleted actions. */
function writeAction(w: Writer, p: Para, all: Para[]): void {
  const { rng } = w;
  const actions = all.filter((x) => x.kind === 'action');
  const first = actions[0] === p;
  const last = actions[actions.length - 1] === p;
  if (first) {
    const deadline = rng.pick(DEADLINES);
    p.sentences.push(w.fill(rng.pick([`Within ${deadline} of my final decision, {body} will:`, `{Body} has agreed that, within ${deadline} of my final decision, it will:`, `To remedy the injustice caused, within ${deadline} of my final decision {body} will:`])));
    const kinds: ('apology' | 'payment' | 'breakdown' | 'refund' | 'action')[] = ['apology'];
    const money = rng.next();
    if (money < 0.55) kinds.push('payment');
    else if (money < 0.7) kinds.push('breakdown');
    else if (money < 0.8) kinds.push('payment', 'refund');
    else if (money < 0.85) kinds.push('refund');
    for (let i = rng.int(0, 2); i > 0; i--) kinds.push('action');
    p.list = { ordered: rng.chance(0.5), items: kinds.map((k) => ({ text: w.remedyItem(k), children: [] })) };
    w.remedyCount += kinds.length;
    const lastItem = p.list.items[p.list.items.length - 1]!;
    lastItem.text = lastItem.text.replace(/;$/, '.');
  } else if (last) {
    p.sentences.push(w.fill('{Body} should provide us with evidence it has complied with the above actions.'));
    w.remedyCount++;
  } else {
    p.sentences.push(w.fill(`Within ${rng.pick(['three months', 'two months', 'six weeks'])} of my final decision, {body} will ${rng.pick(w.area.actions)}.`));
    w.remedyCount++;
  }
}

/** Characters a paragraph will take, with its list and run-on line (close enough to its bytes). */
function paraSize(p: Para): number {
  const itemsSize = (items: Item[]): number => items.reduce((n, i) => n + i.text.length + 8 + itemsSize(i.children), 0);
  return 6 + p.sentences.join(' ').length + (p.list ? itemsSize(p.list.items) : 0) + (p.runOn?.length ?? 0);
}

function summaryLine(w: Writer, outcome: Outcome): string {
  const { rng } = w;
  if (outcome === 'closed-after-initial-enquiries') {
    return w.fill(`We will not investigate this complaint by {C} about {obj}. This is because ${rng.pick(REASONS_CLOSED)}.`);
  }
  const opening = w.fill(rng.pick([`{C} complains that {body} {fault}.`, `{C} complained that {body} {fault}.`, `{C} complains about {obj} and how {body} dealt with {his} concerns.`]));
  if (outcome === 'not-upheld') return `${opening} ${w.fill(rng.pick(['We have not found fault by {body}.', 'There was no fault in how {body} dealt with {obj}.', 'We do not find {body} at fault.']))}`;
  return `${opening} ${w.fill(rng.pick(['We found fault by {body}, which caused {C} {injustice}.', '{Body} was at fault.', 'There was fault by {body}.']))} ${w.fill(rng.pick(['{Body} has agreed to apologise, make a payment to {C} and review its procedures.', '{Body} has agreed to remedy the injustice caused.', 'We have made recommendations.', '{Body} will apologise and make a payment.']))}`;
}

/** The text as the scrape has it. */
function render(header: string[], sections: Section[], compact: boolean, bulletIndent: number, decisionMaker: string): string {
  const blocks: string[] = [...header];
  for (const section of sections) {
    blocks.push(section.heading);
    for (const sub of section.subs) {
      if (sub.heading) blocks.push(sub.heading);
      // Consecutive paragraphs share a block, numbered from 1; a list or run-on line ends the block.
      let lines: string[] = [];
      let shown = 0;
      const flush = () => {
        if (lines.length) blocks.push(lines.join('\n'));
        lines = [];
        shown = 0;
      };
      for (const p of sub.paras) {
        lines.push(`  ${++shown}. ${p.sentences.join(' ')}`);
        if (p.list) {
          for (const [i, item] of p.list.items.entries()) {
            if (p.list.ordered) lines.push(`      ${i + 1}. ${item.text}`);
            else {
              lines.push(`${' '.repeat(bulletIndent)}• ${item.text}`);
              for (const [j, child] of item.children.entries()) {
                lines.push(item.orderedChildren ? `      ${j + 1}. ${child.text}` : `${' '.repeat(bulletIndent + 2)}• ${child.text}`);
              }
            }
          }
          // The page restarts its numbering after a list, as the seeds show; a run-on line stands
          // between blank lines.
          shown = 0;
          if (p.runOn) {
            flush();
            blocks.push(p.runOn);
          }
        }
      }
      flush();
    }
    if (!compact) blocks.push('Back to top');
  }
  blocks.push(decisionMaker, ...FOOTER);
  const text = compact ? blocks.join('\n') : blocks.join('\n\n');
  return text;
}

/**
 * The compact list layout that common HTML-to-text tools write: no blank lines, no "Back to top",
 * every paragraph and item a "- " line (items " - " where `indentItems`).
 */
function toListLayout(numbered: string, indentItems: boolean): string {
  const out: string[] = [];
  for (const line of numbered.split('\n')) {
    if (line.trim() === '' || line === 'Back to top') continue;
    const marked = /^( *)(?:\d{1,3}\.|•) (.*)$/.exec(line);
    if (!marked) out.push(line);
    else if (marked[1]!.length === 2 && /^ *\d/.test(line)) out.push(`- ${marked[2]}`);
    else out.push(`${indentItems ? ' ' : ''}- ${marked[2]}`);
  }
  return out.join('\n');
}

/* ------------------------------------------------------------------------------------------------
 * Files
 * --------------------------------------------------------------------------------------------- */

export interface WrittenCorpus {
  files: number;
  bytes: number;
  seconds: number;
}

export async function writeCorpus(options: CorpusOptions & { out: string; onFile?: () => void }): Promise<WrittenCorpus> {
  const started = performance.now();
  await mkdir(options.out, { recursive: true });
  let files = 0;
  let bytes = 0;
  let pending: Promise<void>[] = [];
  for (const statement of generateCorpus(options)) {
    const data = Buffer.from(statement.text, 'utf8');
    bytes += data.length;
    files++;
    pending.push(writeFile(path.join(options.out, statement.file), data));
    options.onFile?.();
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  return { files, bytes, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      start: { type: 'string', default: '0' },
      recent: { type: 'boolean', default: false },
    },
  });
  if (!values.out) {
    console.error('usage: npm run generate-corpus -- --n 1000 --seed 1 --out /tmp/corpus [--start 0] [--recent]');
    process.exit(2);
  }
  const n = Number(values.n);
  const seed = Number(values.seed);
  const start = Number(values.start);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || !Number.isInteger(start) || start < 0) {
    console.error('generate-corpus: --n, --seed and --start must be whole numbers (n ≥ 1)');
    process.exit(2);
  }
  const { Progress } = await import('./lib/progress');
  const progress = new Progress('generate-corpus', n);
  const out = path.resolve(values.out);
  const written = await writeCorpus({ n, seed, start, recent: values.recent, out, onFile: () => progress.tick() });
  progress.done(`${written.files} statements, ${(written.bytes / 1e6).toFixed(1)} MB (${Math.round(written.bytes / written.files)} bytes each) in ${out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
