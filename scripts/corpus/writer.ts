/**
 * The writer of one statement: its cast and subject, the slots its templates fill, the sentences
 * of each kind, and what the statement is meant to hold as it is written (the cross-references, the
 * remedy total and count) so that a test can check the parser reads the same back.
 */
import { ACTIVITIES, ADJECTIVES as WORDS_ADJECTIVES, ADVERBS as WORDS_ADVERBS, ASPECTS, CONDITIONS, FEELINGS, JOBS, NOUNS, ORGANISATION_TYPES } from '../../bench/corpus/lexicon';
import type { ServiceArea, Subcategory } from '../../bench/corpus/topics';
import type { Decision } from '../../src/schemas/decision';
import { civilFromDays, longDate, monthYear } from './calendar';
import type { Person } from './parties';
import { ADJECTIVES, ADVERBS, CLAIMS, COMPLAINANT_EVENTS, CONNECTIVES, DOCUMENTS, OBSERVATIONS, REASONS_CLOSED, TIME_LIMITS } from './phrases';
import { HOME_TYPES, HOSPITALS, SCHOOL_TYPES, STREET_TYPES } from './places';
import type { Random } from './random';
import { capitalise, connect, money, pad } from './text';

/** What an item of the agreed action is: `breakdown` a payment itemised in two parts, `action` anything else the area asks for. */
export type RemedyItemKind = 'apology' | 'payment' | 'breakdown' | 'refund' | 'action';

/** Everything one statement's sentences draw on. */
export class Writer {
  readonly crossReferences: Decision['crossReferences'] = [];
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
  remedyItem(kind: RemedyItemKind): string {
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
