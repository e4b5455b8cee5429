/**
 * Remedies from the agreed-action section (or recommendations): each action the body is asked to
 * take, once, with what it asks for, its sums of money, its deadline and where it is in the
 * statement. Only those sections count, so an amount the summary or findings repeat is not taken
 * twice.
 *
 * A statement words its actions two ways. A lead-in ("Within one month the Council will:") and a
 * list: each item, with its sub-items, is an action. Or prose: each sentence that asks for
 * something is an action, since one paragraph often asks for several things ("… apologise. It will
 * also share the outcome of the enquiry with Mrs X.") and a reader must see every one.
 */
import {
  PAYMENT_PURPOSES,
  type Content,
  type Deadline,
  type ListBlock,
  type ListItem,
  type Paragraph,
  type Payment,
  type PaymentPurpose,
  type Remedy,
  type RemedyKind,
  type Section,
  type TextBlock,
} from '../schemas/decision';
import { normaliseLabel } from './lines';

const REMEDY_SECTION = /\b(agreed actions?|recommended actions?|recommendations?|remed(y|ies)|what .* agreed to do)\b/;

export function isRemedySection(heading: string): boolean {
  return REMEDY_SECTION.test(normaliseLabel(heading));
}

/** An action as found, before the deadlines of closing lines are handed out. */
interface Found {
  text: string;
  paragraph: number | null;
  anchor: string;
  /** Its own deadline, else its lead-in's or an earlier sentence's of the same paragraph. */
  deadline: Deadline | null;
}

/** In reading order: an action, or a closing line that only sets the deadline of the actions above. */
type Piece = { action: Found } | { closing: Deadline };

export function extractRemedies(sections: Section[]): Remedy[] {
  const remedies: Remedy[] = [];
  for (const section of sections) {
    if (!section.heading || !isRemedySection(section.heading)) continue;
    const pieces = section.subsections.flatMap((sub) => contentPieces(sub.content));
    // "The Council should complete the above within four weeks" gives its deadline to the actions
    // above it that name none; the nearest such line below an action is the one that covers it.
    let closing: Deadline | null = null;
    const found: Remedy[] = [];
    // "apologise to Mrs X; pay her £250": the actions before say who "her" is.
    let named: string | null = null;
    for (const piece of pieces) {
      if ('closing' in piece) continue;
      const { text, paragraph, anchor, deadline } = piece.action;
      const { kinds, payments } = classify(text, named);
      found.push({ kinds, payments, deadline, text, paragraph, anchor });
      named = lastNamed(text) ?? named;
    }
    let r = found.length;
    for (const piece of [...pieces].reverse()) {
      if ('closing' in piece) closing = piece.closing;
      else found[--r]!.deadline ??= closing;
    }
    remedies.push(...found);
  }
  return remedies;
}

function contentPieces(content: Content[]): Piece[] {
  const pieces: Piece[] = [];
  // In the older summary pages, a text block ending ":" leads in to the list after it.
  let leadIn: Deadline | null = null;
  content.forEach((c, i) => {
    if (c.type === 'paragraph') {
      pieces.push(...paragraphPieces(c));
      leadIn = null;
    } else if (c.type === 'list') {
      // Every block outside a paragraph has an anchor (anchors.ts); an empty one fails the schema.
      const anchor = c.anchor ?? '';
      for (const item of c.items) {
        const text = itemText(item);
        pieces.push({ action: { text, paragraph: null, anchor: item.anchor ?? anchor, deadline: deadlineOf(text) ?? leadIn } });
      }
      leadIn = null;
    } else {
      const leadsIn = content[i + 1]?.type === 'list';
      leadIn = leadsIn ? deadlineOf(c.text) : null;
      pieces.push(...textBlockPieces(c, leadsIn));
    }
  });
  return pieces;
}

/** A summary page's text block is one recommendation, whole, however many sentences it has. */
function textBlockPieces(block: TextBlock, leadsIn: boolean): Piece[] {
  const deadline = deadlineOf(block.text);
  const sentences = sentencesOf(block.text);
  const asks = sentences.some((s, j) =>
    leadsIn && j === sentences.length - 1 ? paysOrApologises(s) : asksForSomething(s) && !isOnlyDeadline(s),
  );
  if (asks) return [{ action: { text: block.text, paragraph: null, anchor: block.anchor ?? '', deadline } }];
  return deadline && sentences.some(isOnlyDeadline) ? [{ closing: deadline }] : [];
}

function paragraphPieces(paragraph: Paragraph): Piece[] {
  const anchor = `p${paragraph.number}`;
  const pieces: Piece[] = [];
  const segments: (string | ListBlock)[] = [paragraph.text, ...paragraph.blocks.map((b) => (b.type === 'text' ? b.text : b))];
  // A deadline carries on to the sentences and items after it in the paragraph that name none:
  // "Within three months the Council will remind staff … . It will also review its procedure …".
  let current: Deadline | null = null;
  const push = (text: string, own: Deadline | null, at: string = anchor) =>
    pieces.push({ action: { text, paragraph: paragraph.number, anchor: at, deadline: own ?? current } });

  segments.forEach((segment, i) => {
    if (typeof segment !== 'string') {
      for (const item of segment.items) {
        const text = itemText(item);
        push(text, deadlineOf(text), item.anchor ?? anchor);
      }
      return;
    }
    const sentences = sentencesOf(segment);
    const leadsIn = typeof segments[i + 1] === 'object';
    sentences.forEach((sentence, j) => {
      const own = deadlineOf(sentence);
      if (leadsIn && j === sentences.length - 1) {
        // "Pay Mr X £200 and also:" is an action as well as a lead-in; "The Council will:" is not.
        if (paysOrApologises(sentence)) push(sentence, own);
      } else if (isOnlyDeadline(sentence)) {
        pieces.push({ closing: own! });
        return;
      } else if (asksForSomething(sentence)) {
        push(sentence, own);
      }
      if (own) current = own;
    });
  });
  return pieces;
}

/** An item with its sub-items, as the statement words them. */
function itemText(item: ListItem): string {
  return [item.text, ...item.children.map(itemText)].join(' ');
}

// Sentences --------------------------------------------------------------------------------------

/** Titles and abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|St|No|[Pp]aras?|s|ss|e\.g|i\.e|etc|cf|approx|Ltd|Co|Reg|Sch|vol|pp|ch)\.$/;
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9£])/g;

/** The sentences of a text, each verbatim. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].trimEnd().length;
    // Only the sentence's last word can be an abbreviation; looking no further keeps this linear.
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/**
 * The verbs of what a body is asked to do, in the forms a request takes ("will apologise", "should
 * pay", "I recommend it reviews"), not the past tense of what it has done already.
 */
const ACTION_VERB =
  /\b(?:apologi[sz]es?|apology|pays?|make (?:a|an) (?:\w+ )?payment|refunds?|reimburse|repay|waive|write off|reviews?|reconsiders?|reassess(?:es)?|re-assess|assess|remind|reminder|train|training|provides?|shares?|sends?|writes?|arrange|ensures?|considers?|carry out|carries out|offers?|monitor|audit|tell|explain|inform|update|amend|change|revise|introduce|meet|contact|visit|check|identify|appoint|produce|develop|create|establish|publish|implement|investigate|decide|backdate|reinstate|restore|cancel|withdraw|remove|correct|repair|reopen|recall|place|give|allocate|discuss|confirm)\b/i;
/** "I consider" is the investigator's view, not a request. */
const OPINION = /\b(?:I|we)\s+(?:also\s+)?(?:consider|am satisfied|are satisfied|find|found)\b/gi;
/** What a closing line points back to instead of naming an action. */
const BACK_REFERENCE = /\b(?:the above|above actions?|these actions|those actions|the actions|the recommended actions|these recommendations|the recommendations|all of this|do so|do this|done so|done this)\b/i;
/** Verbs that only say to do what is above: "complete the above", "carry out these actions". */
const GENERIC_VERB = /\b(?:complete|carry out|carries out|implement|action|do|take)\b/gi;
const MONEY = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?/g;

/**
 * "The Council will repair the fence", "has agreed to reopen the investigation": a verb no list
 * foresees, asked for all the same. Not "will be", "agreed to these actions", "will remedy the
 * injustice", which say what the actions are for.
 */
const REQUEST =
  /\b(?:will|should|must|shall|agreed to|agrees to|is to|are to)\s+(?:also\s+|now\s+|then\s+|each\s+|both\s+|promptly\s+)?(?!(?:be|have|has|not|need|needs|take|do|remedy|help|address|put|mean|allow|enable|acknowledge|recognise|recognize|reflect|compensate|the|these|this|those|that|my|our|its|their|a|an|to|and|or|as|so|it|in|on|by|with)\b)[a-z]{3,}\b/;

function asksForSomething(sentence: string): boolean {
  const request = sentence.replace(OPINION, '');
  return /£\s?\d/.test(sentence) || ACTION_VERB.test(request) || REQUEST.test(request);
}

/** "The Council should complete the above within four weeks": a deadline, not an action. */
function isOnlyDeadline(sentence: string): boolean {
  return deadlineOf(sentence) !== null && BACK_REFERENCE.test(sentence) && !/£\s?\d/.test(sentence) && !ACTION_VERB.test(sentence.replace(GENERIC_VERB, '').replace(OPINION, ''));
}

function paysOrApologises(text: string): boolean {
  const { kinds } = classify(text);
  return /£\s?\d/.test(text) || kinds.includes('apology');
}

// Deadlines --------------------------------------------------------------------------------------

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUMBER = `(?:\\d+|(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).filter((w) => UNITS[w]! < 10 && w.length > 2).join('|')}))?|${Object.keys(UNITS).join('|')})`;
const DEADLINES = new RegExp(
  `\\b(?:within|in the next|no later than)\\s+(?:(${NUMBER})\\s+(?:(working|calendar|clear|school)\\s+)?(days?|weeks?|months?|years?)|(a fortnight))\\b` +
    `(\\s+(?:of|from|after)\\s+(?:the\\s+date\\s+of\\s+)?(?:(?:my|the|our|this|its)\\s+)?(?:final\\s+)?decision)?`,
  'gi',
);

/** "be issued within 20 weeks": a time limit the action is about, not the action's deadline. */
const TIME_LIMIT = /\b(?:is|are|be|been|being|\w{3,}ed|given|taken|written|undertaken|done|made|sent|paid|held|met|set|dealt with)\s+$/i;

export function deadlineOf(text: string): Deadline | null {
  const match = [...text.matchAll(DEADLINES)].find((m) => m[5] !== undefined || !TIME_LIMIT.test(text.slice(Math.max(0, m.index - 40), m.index)));
  if (!match) return null;
  if (match[4]) return { text: match[0], duration: 'P2W' };
  const count = numberOf(match[1]!);
  const unit = match[3]!.charAt(0).toUpperCase();
  return { text: match[0], duration: count === null ? null : `P${count}${unit}` };
}

/** "one" → 1, "twenty-eight" → 28, "20" → 20. */
function numberOf(words: string): number | null {
  const lower = words.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower in UNITS) return UNITS[lower]!;
  const [tens, unit] = lower.split(/[- ]/);
  if (tens === undefined || !(tens in TENS)) return null;
  return TENS[tens]! + (unit === undefined ? 0 : (UNITS[unit] ?? 0));
}

// What an action asks for ------------------------------------------------------------------------

/** "Mrs X", and a couple named together, "Mr and Mrs G". */
const TITLE = '\\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr) and )?(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\\.?\\s[A-Z][A-Za-z-]*';
/** A one-letter pseudonym ("K"), which "A" and "I" at the start of a sentence are not. */
const LETTER = '\\b(?![AI]\\b)[A-Z]\\b';
const TITLED = new RegExp(TITLE, 'g');
const PSEUDONYM = new RegExp(`${TITLE}|${LETTER}(?!['’]s)(?=[\\s,;.)])`, 'g');
/** Whom a sum is for, as the statement words it. */
const RECIPIENT =
  `(?:(?:${TITLE}|\\b[A-Z](?=['’]s))(?:['’]s\\s(?:estate|family|son|daughter|mother|father|parents?|representatives?|executors?))?` +
  `|${LETTER}|(?:the|his|her|their)\\s(?:[a-z-]+\\s){0,2}?[a-z-]+|him|her|them)`;
const RECIPIENT_BEFORE = new RegExp(
  `(?:\\b(?:[Pp]ay(?:s|ing)?|[Rr]efund(?:s|ing)?|[Rr]eimburse|[Rr]epay|[Gg]ive|[Oo]ffer)\\s+(?:each\\s+of\\s+)?(${RECIPIENT})\\s+(?:(?:a\\s+(?:total|sum)|the\\s+sum)\\s+of\\s+)?` +
    `|\\bpayment\\s+to\\s+(${RECIPIENT})\\s+of\\s+)$`,
);
const RECIPIENT_END = '(?=[,;.:)]|\\s(?:for|to|in|as|and|which|who|because|towards|within|by|of|so|if|when)\\b|$)';
const RECIPIENT_AFTER = new RegExp(
  `\\s*(?:\\([^)]*\\)\\s*)?(?:to\\s+(${RECIPIENT})${RECIPIENT_END}` +
    `|(?:that\\s+|which\\s+)?(?:it|they|the \\w+)\\s+(?:owes|owed|charged|took from)\\s+(${RECIPIENT})${RECIPIENT_END}` +
    // "refund the £475 Ms T paid for …"
    `|(${RECIPIENT})\\s+(?:has\\s+|had\\s+)?(?:paid|was charged|spent)\\b)`,
  'y',
);

const KIND_PATTERNS: [RemedyKind, RegExp][] = [
  ['apology', /\bapolog(?:i[sz]\w*|y|ies)\b/gi],
  [
    'reassessment',
    new RegExp(
      `\\b(?:re-?assess(?:es|ing)?|reconsider\\w*|re-?review\\w*|(?:a|an|new|fresh) re-?assessment|new (?:assessment|decision)|fresh (?:assessment|decision|look)|look again at)\\b` +
        `|\\b(?:review|reviewing|reassess)\\s+(?:${TITLE}['’]s|\\b[A-Z]['’]s|his|her|their)\\s` +
        // Not "the outcome of the review of their case", a review already done.
        `|(?<!(?:outcome|result|findings) of (?:the|a|its) )\\breview\\s+of\\s+(?:the suitability|${TITLE}['’]s|\\b[A-Z]['’]s|his|her|their)\\b` +
        `|\\b(?:review|reassess)\\w*\\s+(?:the|this)\\s+(?:case|decision|assessment|application|care plan|support plan|plan|needs)\\b`,
      'g',
    ),
  ],
  [
    'procedure-review',
    /\b(?:review|reviewing|change|amend|revise|update|improve)\b[^.;:]{0,60}?\b(?:procedures?|polic(?:y|ies)|process(?:es)?|practices?|guidance|arrangements|systems?)\b|\breview\s+(?:how|the way)\b/gi,
  ],
  ['training', /\btrain(?:ing|ed)?\b|\bremind\w*|\breminder\b|\bguidance to\b|\bshare (?:the|this|its|any) learning\b|\bbrief\w* (?:its |all |relevant )?(?:staff|officers)\b/gi],
  [
    'information',
    /\b(?:provide|send|give)\b[^.;]{0,40}?\b(?:evidence|information|details|cop(?:y|ies)|update|explanation|confirmation|records?|response|outcome|reasons)\b|\bshare\b[^.;]{0,60}?\bwith\s+(?:us|him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\s[A-Z]|the (?:complainant|family))\b|\bexplain\w*\s+(?:to\s|its\s|the\s|their\s|why\b|how\b|what\b)|\binform\b|\btell (?:us|him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr) [A-Z])|\bwrite to\b[^.;]{0,40}?\b(?:explain\w*|setting out|set out|confirm\w*)\b|\blet (?:us|him|her|them) know\b/gi,
  ],
  // Monitoring or auditing is asked for in its own right, whatever else the action asks.
  ['other', /\b(?:monitor|audit)\b/gi],
];
/** Information for the Ombudsman, to show the rest was done, comes after what was done. */
const COMPLIANCE = /\bus\b|\bevidence\b|\bOmbudsm[ae]n\b/i;
const PAY_VERB = /(?:^|\b(?:will|to|should|must|and|also|or|then|it|they|each)\s+|[,;:]\s*)pay\b|\bmake (?:a|an|the)\s+(?:[\w-]+\s+){0,2}?payments?\b/i;
const REFUND_VERB = /(?:^|\b(?:will|to|should|must|and|also|or|then|it|they)\s+|[,;:]\s*)(?:refund|reimburse|repay|waive|write off)\b/i;
const REFUND_WORD = /\b(?:refund\w*|reimburse\w*|repay\w*|credit\w*|waive\w*|write off|writing off|cancel\w*)/gi;
const PAY_WORD = /\b(?:pay|pays|paying|payment|payments)\b/gi;

export interface Classified {
  kinds: RemedyKind[];
  payments: Payment[];
}

/** What one action asks for, the main kind first, and each sum of money it names. */
export function classify(text: string, named: string | null = null): Classified {
  const payments = paymentsOf(text, named);
  const at: [RemedyKind, number][] = [];
  for (const [kind, pattern] of KIND_PATTERNS) {
    pattern.lastIndex = 0;
    const first = pattern.exec(text);
    if (first === null) continue;
    if (kind === 'information') {
      // Information for the Ombudsman, to show the rest was done, ranks after what was done.
      let own: RegExpExecArray | null = first;
      while (own !== null && COMPLIANCE.test(text.slice(own.index, own.index + own[0].length + 40))) own = pattern.exec(text);
      at.push([kind, own ? own.index : text.length]);
    } else {
      at.push([kind, first.index]);
    }
  }
  const firstMoney = (refund: boolean) => {
    const index = [...text.matchAll(MONEY)].find((m) => isRefund(text, m.index) === refund)?.index;
    if (index !== undefined) return index;
    // "pay Mrs X the fees she was charged": a payment, though the amount is not named.
    return payments.length === 0 ? (refund ? REFUND_VERB : PAY_VERB).exec(text)?.index : undefined;
  };
  const payment = firstMoney(false);
  const refund = firstMoney(true);
  if (payment !== undefined) at.push(['payment', payment]);
  if (refund !== undefined) at.push(['refund', refund]);
  at.sort((a, b) => a[1] - b[1]);
  const kinds = at.map(([kind]) => kind);
  return { kinds: kinds.length > 0 ? kinds : ['other'], payments };
}

function paymentsOf(text: string, named: string | null): Payment[] {
  const payments: Payment[] = [];
  let main: Payment | undefined;
  // What the text before the current amount says, read once from start to end.
  let read = 0;
  let inBrackets = false;
  let itemising = false;
  for (const match of text.matchAll(MONEY)) {
    const amount = Number(match[1]!.replace(/,/g, '')) + (match[2] ? Number(match[2]) / 100 : 0);
    const refund = isRefund(text, match.index);
    const since = text.slice(read, match.index);
    if (since.lastIndexOf('(') !== since.lastIndexOf(')')) inBrackets = since.lastIndexOf('(') > since.lastIndexOf(')');
    itemising ||= ITEMISING.test(since);
    read = match.index;
    // An amount after the first that sits in brackets, or after "made up of" and the like, itemises
    // or restates the first rather than adding to it; it is for the same person.
    const breakdown = main !== undefined && (inBrackets || itemising);
    const recipient = breakdown ? main!.recipient : recipientOf(text, match.index, match.index + match[0].length, named);
    const purposes = purposesOf(text, match.index, match.index + match[0].length);
    // The same sum for the same person, named twice, is one sum; the second naming may say what it is
    // for ("pay Mr X £300; the £300 is for his distress").
    const same = payments.find((p) => p.amount === amount && p.refund === refund && (p.recipient === recipient || p.recipient === null || recipient === null));
    if (same) {
      same.purposes = PAYMENT_PURPOSES.filter((p) => same.purposes.includes(p) || purposes.includes(p));
      continue;
    }
    const payment: Payment = { amount, refund, recipient, breakdown, purposes };
    payments.push(payment);
    if (!breakdown) main = payment;
  }
  return payments;
}

const PURPOSE_WORDS: Record<PaymentPurpose, RegExp> = {
  distress: /\b(?:distress\w*|upset\w*|anxiety|anxious|frustrat\w*|worry|worries|stress)\b/i,
  uncertainty: /\buncertain\w*/i,
  'time-and-trouble': /\btime and trouble\b/i,
  'lost-opportunity': /\b(?:loss|lost|missed) (?:of )?(?:the |an? )?opportunit\w*/i,
};
const PURPOSE_REACH = 200;
/** Where what a sum is for stops being said: the end of a clause or sentence. */
const CLAUSE_END = /[;:]|\.(?:\s|$)/;

/**
 * What the sum at [start, end) is for: the words after it, up to the next sum or the end of its
 * clause ("£300 to acknowledge the distress caused"), else those before it in its clause ("To
 * acknowledge the distress, pay £300").
 */
function purposesOf(text: string, start: number, end: number): PaymentPurpose[] {
  // A purpose is said within a few words of its sum; looking no further keeps this linear.
  let after = text.slice(end, end + PURPOSE_REACH);
  const next = after.search(/£\s?\d/);
  if (next !== -1) after = after.slice(0, next);
  const stop = CLAUSE_END.exec(after);
  if (stop) after = after.slice(0, stop.index);
  const found = (words: string) => PAYMENT_PURPOSES.filter((purpose) => PURPOSE_WORDS[purpose].test(words));
  const own = found(after);
  if (own.length > 0) return own;
  const before = text.slice(Math.max(0, start - PURPOSE_REACH), start);
  const clauseStart = Math.max(...[...before.matchAll(/[;:]|\.(?:\s|$)|£\s?\d[\d,.]*/g)].map((m) => m.index + m[0].length), 0);
  return found(before.slice(clauseStart));
}

/** A sum is a refund where the nearest money word before it is "refund", "reimburse" and the like. */
function isRefund(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const last = (pattern: RegExp) => Math.max(-1, ...[...before.matchAll(pattern)].map((m) => m.index));
  return last(REFUND_WORD) > last(PAY_WORD);
}

const ITEMISING = /\b(made up of|comprising|consisting of|of which|including|includes|broken down as)\b/i;

function recipientOf(text: string, start: number, end: number, named: string | null): string | null {
  const before = RECIPIENT_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  RECIPIENT_AFTER.lastIndex = end;
  const after = RECIPIENT_AFTER.exec(text);
  const recipient = before?.[1] ?? before?.[2] ?? after?.[1] ?? after?.[2] ?? after?.[3] ?? null;
  if (recipient === null || !/^(?:him|her|them)$/i.test(recipient)) return recipient;
  // "apologise to Miss P and pay her £1000": the pronoun is the person the action named last.
  return lastNamed(text.slice(Math.max(0, start - 400), start)) ?? named;
}

/** The person a text names last; a titled pseudonym first, since a lone letter is usually a child. */
export function lastNamed(text: string): string | null {
  return [...text.matchAll(TITLED)].at(-1)?.[0] ?? [...text.matchAll(PSEUDONYM)].at(-1)?.[0] ?? null;
}
