/**
 * The statement's sentences, paragraph by paragraph: the first sentence (and any list) each
 * paragraph's kind calls for, then more sentences until the statement reaches the size it was
 * drawn, and the summary line that opens it.
 */
import type { Outcome } from '../../src/schemas/decision';
import { CARE_PROVIDER_ROLE, CLOSED_TESTS, DEADLINES, REASONS_CLOSED, REASONS_NOT_INVESTIGATED, ROLE_AND_POWERS } from './phrases';
import type { Item, Para, ParagraphKind } from './structure';
import { capitalise } from './text';
import type { RemedyItemKind, Writer } from './writer';

/** The first sentence (and any list) of every paragraph, by what kind of paragraph it is. */
export function writeParagraphs(w: Writer, all: Para[], upheld: boolean, extras: Map<Para, number>): void {
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
export function addSentence(p: Para, sentence: string): void {
  if (p.list && p.sentences.length > 0) p.sentences.splice(p.sentences.length - 1, 0, sentence);
  else p.sentences.push(sentence);
}

const GROWABLE: ParagraphKind[] = ['complaint', 'law', 'chronology', 'analysis', 'injustice', 'assessment'];
const SENTENCE_BYTES = 115;
const MAX_SENTENCES = 16;

/** How many sentences beyond the first each paragraph gets, to reach the statement's size. */
export function budget(w: Writer, all: Para[], byteTarget: number): Map<Para, number> {
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
export function topUp(w: Writer, all: Para[], byteTarget: number, upheld: boolean): void {
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
    const kinds: RemedyItemKind[] = ['apology'];
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
export function paraSize(p: Para): number {
  const itemsSize = (items: Item[]): number => items.reduce((n, i) => n + i.text.length + 8 + itemsSize(i.children), 0);
  return 6 + p.sentences.join(' ').length + (p.list ? itemsSize(p.list.items) : 0) + (p.runOn?.length ?? 0);
}

export function summaryLine(w: Writer, outcome: Outcome): string {
  const { rng } = w;
  if (outcome === 'closed-after-initial-enquiries') {
    return w.fill(`We will not investigate this complaint by {C} about {obj}. This is because ${rng.pick(REASONS_CLOSED)}.`);
  }
  const opening = w.fill(rng.pick([`{C} complains that {body} {fault}.`, `{C} complained that {body} {fault}.`, `{C} complains about {obj} and how {body} dealt with {his} concerns.`]));
  if (outcome === 'not-upheld') return `${opening} ${w.fill(rng.pick(['We have not found fault by {body}.', 'There was no fault in how {body} dealt with {obj}.', 'We do not find {body} at fault.']))}`;
  return `${opening} ${w.fill(rng.pick(['We found fault by {body}, which caused {C} {injustice}.', '{Body} was at fault.', 'There was fault by {body}.']))} ${w.fill(rng.pick(['{Body} has agreed to apologise, make a payment to {C} and review its procedures.', '{Body} has agreed to remedy the injustice caused.', 'We have made recommendations.', '{Body} will apologise and make a payment.']))}`;
}
