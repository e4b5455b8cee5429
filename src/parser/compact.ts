/**
 * The compact list layout: what common HTML-to-text tools make of a statement page. The page's
 * numbered paragraphs and its bullets all become "- " lines (list items sometimes " - "), with no
 * blank lines and no "Back to top". The published numbering is restored here by deciding, for each
 * "- " line, whether it is a paragraph or an item of the list its paragraph leads into; the lines
 * are then handed on in the numbered layout, so that one section parser reads both.
 *
 * Most lines are decided by what the statement itself shows (a lead-in ending in ":", an item
 * ending in ";", a lower-case start, an indent). Where nothing does, the choice is recorded as
 * ambiguous so that the decision can say its numbering was inferred.
 */
import type { Numbering } from '../schemas/decision';
import type { Line } from './lines';

export interface Restored {
  lines: Line[];
  numbering: Exclude<Numbering, 'none'>;
  /** Source lines whose reading as paragraph or item was a judgement, not shown by the text. */
  ambiguous: number[];
}

const DASH = /^[-–]\s+/;

/** The text of a "- " line, or null for any other line. */
function dashText(text: string): string | null {
  const first = text.charCodeAt(0);
  if (first !== 0x2d && first !== 0x2013) return null;
  const match = DASH.exec(text);
  return match ? text.slice(match[0].length) : null;
}
/** A top-level numbered paragraph of the numbered layout ("  1. …" or "1. …"). */
const NUMBERED_PARAGRAPH = /^\d{1,3}\.\s/;
/** An item that says the list goes on: "…;", "…; and", "…, or", "… and". */
const CONTINUES = /(?:[;,]\s*(?:and|or)?|\s(?:and|or))$/i;
/** Where a sentence ends; an item that ends otherwise ("apologise to Mr X") is one of a list. */
const ENDS_SENTENCE = /(?:[.!?:]["”’)\]]*|\))$/;

/** Is this body in the compact list layout? Its paragraphs are "- " lines, none numbered. */
export function isCompactLayout(body: Line[]): boolean {
  let dashes = 0;
  for (const line of body) {
    if (line.indent <= 2 && NUMBERED_PARAGRAPH.test(line.text)) return false;
    if (line.indent <= 1 && dashText(line.text) !== null) dashes++;
  }
  return dashes > 0;
}

/**
 * Rewrites a compact body in the numbered layout: a paragraph as "  1. …", an item as "• …",
 * indented by its depth. Other lines (headings, run-on text) pass through unchanged.
 * `isHeading` says whether an unmarked line is a heading rather than text that runs on.
 */
export function restoreNumbering(body: Line[], isHeading: (text: string) => boolean): Restored {
  if (!isCompactLayout(body)) return { lines: body, numbering: 'published', ambiguous: [] };
  const dashed = body.map((l) => dashText(l.text));
  let base = Infinity;
  dashed.forEach((d, i) => {
    if (d !== null) base = Math.min(base, body[i]!.indent);
  });
  // Where the tool indents list items (" - "), it indents them all: a line at the margin is a paragraph.
  const indentMarksItems = dashed.filter((d, i) => d !== null && body[i]!.indent > base).length > 1;
  const ambiguous: number[] = [];
  const out: Line[] = [];
  /** The items of the list now open, the depth of each, and what the weighing asks of each once asked. */
  let run: RunItem[] = [];
  /** The indent of each open level of an indented list, outermost first. */
  let levels: number[] = [];
  /** What the line before was, and its text. */
  let previous: Previous = { kind: 'start', text: '' };
  /** The paragraph the open list belongs to. */
  let leadIn = '';

  for (const [index, line] of body.entries()) {
    const text = dashed[index];
    if (text === null || text === undefined) {
      if (line.text !== '') {
        const heading = line.indent === 0 && isHeading(line.text);
        previous = { kind: heading ? 'heading' : 'text', text: line.text };
        if (heading) run = [];
      }
      out.push(line);
      continue;
    }
    const indented = line.indent > base;
    const role = indented ? indentedItem(line.indent, levels, previous) : roleOf(text, indentMarksItems, previous, run, leadIn);
    if (role.ambiguous) ambiguous.push(line.number);
    if (role.kind === 'paragraph') {
      out.push({ ...line, indent: 2, text: `1. ${text}` });
      run = [];
      levels = [];
      leadIn = text;
      previous = { kind: 'paragraph', text };
    } else {
      const depth = role.depth;
      if (!indented) levels = levels.slice(0, depth - 1);
      // A sub-item printed with its letter ("- a) …") keeps it: the section reader takes it as lettered.
      out.push({ ...line, indent: 2 + 2 * depth, text: LETTER_PRINTED.test(text) ? text : `• ${text}` });
      run.push({ text, depth, features: null });
      previous = { kind: 'item', text };
    }
  }
  return { lines: out, numbering: ambiguous.length > 0 ? 'inferred' : 'restored', ambiguous };
}

type Previous = { kind: 'start' | 'heading' | 'text' | 'paragraph' | 'item'; text: string };

/** "a) …", "(b) …", "iv) …": an item whose letter the copy kept. */
const LETTER_PRINTED = /^\(?(?:[a-z]|[ivx]{2,5})\)\s/;

/**
 * An indented item's depth from its indent: deeper than the open level is a level down, shallower
 * closes levels until one has its indent. An item after one that leads in with ":" at the same
 * indent is a level down too (some tools indent every level alike).
 */
function indentedItem(indent: number, levels: number[], previous: Previous): Role {
  while (levels.length > 0 && levels[levels.length - 1]! > indent) levels.pop();
  const top = levels[levels.length - 1];
  if (top === undefined || top < indent || (previous.kind === 'item' && previous.text.trimEnd().endsWith(':'))) levels.push(indent);
  return item(levels.length);
}

type Role = { kind: 'paragraph'; ambiguous: boolean } | { kind: 'item'; depth: number; ambiguous: boolean };

const PARAGRAPH: Role = { kind: 'paragraph', ambiguous: false };
const AMBIGUOUS_PARAGRAPH: Role = { kind: 'paragraph', ambiguous: true };

function item(depth: number, ambiguous = false): Role {
  return { kind: 'item', depth: Math.max(1, depth), ambiguous };
}

interface RunItem {
  text: string;
  depth: number;
  features: LineFeatures | null;
}

/** An item's evidence, read the first time a line after it is weighed, and kept. */
function featuresOf(item: RunItem): LineFeatures {
  return (item.features ??= features(item.text));
}

function roleOf(text: string, indentMarksItems: boolean, previous: Previous, run: RunItem[], leadIn: string): Role {
  const lastDepth = run.at(-1)?.depth ?? 0;
  const leadsIn = previous.text.trimEnd().endsWith(':');

  if (startsLowerCase(text)) return item(previous.kind === 'item' ? lastDepth : 1);
  if (indentMarksItems || previous.kind === 'start' || previous.kind === 'heading') return PARAGRAPH;
  if (leadsIn) return item(previous.kind === 'item' ? lastDepth + 1 : 1);
  // An item that says the list goes on, though the paragraph above did not lead in with ":".
  if (previous.kind === 'paragraph' && CONTINUES.test(text)) return item(1, true);
  // Text after a list (a closing line, a citation) closes it: the next line is a paragraph.
  if (previous.kind !== 'item') return PARAGRAPH;

  // Measured against the list it would join: the items at its depth.
  const list: LineFeatures[] = [];
  for (const i of run) if (i.depth === lastDepth) list.push(featuresOf(i));
  const score = weigh(features(text), featuresOf(run.at(-1)!), list, leadIn);
  if (score >= CLEAR) return item(lastDepth);
  if (score <= -CLEAR) return PARAGRAPH;
  // Evenly balanced: in the statements we have read, two lines in three after an item are another item.
  return score >= 0 ? item(lastDepth, true) : AMBIGUOUS_PARAGRAPH;
}

/** How far the evidence must lean for a reading to count as shown by the text. */
const CLEAR = 3;

/** What the weighing asks of a line, read once: a list's items are asked again for every line after them. */
interface LineFeatures {
  text: string;
  lower: boolean;
  continues: boolean;
  endsSentence: boolean;
  ranOn: boolean;
  leadsIn: boolean;
  opening: boolean;
  verb: boolean;
  title: boolean;
  reported: boolean;
  dated: boolean;
  fullDate: boolean;
  firstTwo: string;
  sentences: number;
}

function features(text: string): LineFeatures {
  const count = sentences(text);
  const continues = CONTINUES.test(text);
  const endsSentence = ENDS_SENTENCE.test(text);
  return {
    text,
    lower: startsLowerCase(text),
    continues,
    endsSentence,
    // An item with no stop counts as running on only when it is a short phrase, not a sentence that lost its stop.
    ranOn: continues || (!endsSentence && text.length < 100 && count === 1),
    leadsIn: text.endsWith(':'),
    opening: PARAGRAPH_OPENING.test(text),
    verb: VERB_OPENING.test(text),
    title: TITLE_OPENING.test(text),
    reported: REPORTED.test(text),
    dated: DATED_OPENING.test(text),
    fullDate: FULL_DATE.test(text),
    firstTwo: text.split(/\s+/, 2).join(' '),
    sentences: count,
  };
}

/**
 * The evidence that a "- " line after a list item is another item of that list (positive) or the
 * next paragraph (negative). Each weight is a habit of the Ombudsman's statements: items that go
 * on with ";" or start in lower case, paragraphs that open with a date or a party and run long.
 */
export function itemScore(text: string, previous: string, run: string[], leadIn = ''): number {
  return weigh(features(text), features(previous), run.map(features), leadIn);
}

function weigh(line: LineFeatures, previous: LineFeatures, run: LineFeatures[], leadIn: string): number {
  const { text } = line;
  let score = 0;
  const share = (test: (i: LineFeatures) => boolean) => run.filter(test).length / run.length;
  if (line.continues) score += 3;
  if (previous.continues) score += 2;
  else if (!previous.endsSentence) score += 2;
  // Most of the list started in lower case, and this line does not: the list is over.
  // (A name keeps its capital inside a list, so a line that opens with one says less.)
  if (share((i) => i.lower) > 1 / 2) score -= NAME_OPENING.test(text) ? 4 : 5;
  // The list ran on (with ";", or with no stop at all) and its last item closed with a full stop: it is over.
  if (run.slice(0, -1).some((i) => i.ranOn) && /[.!?]["”’)]*$/.test(previous.text)) score -= 3;
  // A new lead-in ("In response the Council said:") opens a paragraph of its own.
  if (line.leadsIn) score -= run.some((i) => i.leadsIn) ? 1 : 3;
  // "Mrs X also said …", "The Council’s records also noted …": a paragraph moving the account on.
  if (/^(?:\S+\s+){1,4}also\b/.test(text)) score -= 2;
  // The agreed action's closing lines: its deadline, or the evidence the Ombudsman asks for.
  if (CLOSING.test(text)) score -= 3;
  // Items finish the lead-in's sentence ("I have:" … "Considered …"; "The Council will:" … "Apologise …").
  if (line.verb) score += 2;
  else if (share((i) => i.verb) >= 3 / 4) score -= 2;
  // A lead-in that stops at its verb ("The social worker should:", "I have:") is finished by each
  // item; a line that opens a sentence of its own ("If …", "The …") cannot finish it.
  if (line.opening && !line.verb && VERB_LEAD.test(leadIn)) score -= 2;
  // Items of one list often open alike ("The Council made …", "The Council failed …").
  if (!line.title && run.some((i) => i.firstTwo === line.firstTwo)) score += 2;
  // "Mrs L says …", "Mr X wants …": the complainant's account moves on in a paragraph of its own.
  if (line.reported && !run.some((i) => i.reported)) score -= 2;
  // Items about people often open alike ("Mr Y’s …", "Mrs X’s …"): a line that does too reads as one more.
  if (line.title && run.every((i) => i.title)) score += 1;
  const opening = share((i) => i.opening);
  if (line.opening) score += opening >= 1 / 2 ? 0 : -2;
  else if (opening < 1 / 2) score += 1;
  if (line.dated && !run.some((i) => i.dated)) score -= 2;
  // A chronology's paragraphs carry their dates ("… on 8 April 2025"); the items of its lists seldom do.
  if (line.fullDate && !run.some((i) => i.fullDate)) score -= 3;
  // "The Council’s records noted:" … "The Council’s records also noted …": the account goes on.
  if (leadIn !== '' && openingWords(text) === openingWords(lastSentence(leadIn))) score -= 2;
  if (text.length < 100) score += 1;
  if (text.length > 400) score -= 1;
  // A paragraph of several sentences, or far longer than the items, after a list of short ones.
  if (line.sentences > 1 && run.every((i) => i.sentences === 1)) score -= 1;
  if (text.length > 150 && text.length > 2 * Math.max(...run.map((i) => i.text.length))) score -= 1;
  return score;
}

/**
 * How an item that finishes its lead-in's sentence opens: a past-tense verb ("Considered",
 * "Apologised") or the verbs of the agreed action ("Apologise", "Pay", "Review").
 */
const VERB_OPENING =
  /^(?:[A-Z][a-z]{2,}(?:ed|ing)|Apologise|Apologize|Pay|Refund|Reimburse|Review|Remind|Provide|Make|Made|Write|Wrote|Arrange|Reconsider|Reassess|Assess|Carry|Consider|Ensure|Issue|Share|Offer|Waive|Train|Take|Took|Send|Sent|Contact|Update|Complete|Confirm|Explain|Tell|Told|Meet|Met|Produce|Amend|Record|Check|Identify|Give|Gave|Spoke|Speak|Read|Visit|Discuss|Agree|Set|Put|Seek|Sought|Introduce|Develop|Create|Publish|Appoint|Remove|Cancel|Withdraw|Backdate)\b(?<!\b(?:Based|United|Need|Red|Speed|Indeed|Ted|Fred|Concerned|Alleged|Proposed|Supported|Detailed|Limited|Registered|Qualified|Named|Shared|Following|During|Regarding|According|Including|Notwithstanding|Morning|Evening|Housing|Planning|Building|Parking|Nothing|Something|Anything|Everything|Funding|Training|Meeting|Hearing|Wellbeing)\b)/;

const VERB_LEAD = /\b(?:should|will|must|would|can|could|may|to|have|has|had|not)\s*:$/i;
const TITLE_OPENING = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\s+[A-Z]\b/;
const REPORTED = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\s+[A-Z]\s+(?:also\s+)?(?:says|said|wants|wanted|complains|complained|told|asked|considers|believes|states|chased|sent|wrote|contacted|replied)\b/;

/** The first three words, to tell a paragraph that opens as its lead-in did. */
function openingWords(text: string): string {
  return text.split(/\s+/, 3).join(' ').toLowerCase();
}

function lastSentence(text: string): string {
  const parts = text.split(/(?<=[.!?]["”’)]*)\s+(?=[A-Z])/);
  return parts.at(-1) ?? text;
}

function sentences(text: string): number {
  return text.split(/[.!?]["”’)]*\s+(?=[A-Z])/).length;
}

function startsLowerCase(text: string): boolean {
  const first = text.replace(/^["“‘'(]+/, '').charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

/** Openings of a statement's paragraphs that the items of a list rarely share. */
const PARAGRAPH_OPENING =
  /^(?:This|These|Those|It|Its|In|On|At|After|Before|Following|During|When|While|Since|As|However|But|So|Although|I|We|Our|My|There|Between|By|From|Having|If|Where|Under|Section|Paragraph|Again|Meanwhile|Later|Then|Afterwards|Subsequently|Further|Finally|Despite|Therefore|Nevertheless|Because|Once|Until|Although|Overall)\b/;

/** A line that opens with a person or body's name, capitalised wherever it stands. */
const NAME_OPENING = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Council|[A-Z]{2,})\b/;

const CLOSING = /^(?:Within|By|No later than)\b.*\b(?:will|should|must)\b|\b(?:provide us with evidence|complete the above|the above actions)\b/i;

const FULL_DATE = /\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}\b/;

/** "On 3 May 2021", "In June 2020", "By 2019": how the paragraphs of a chronology open. */
const DATED_OPENING = /^(?:On|In|By|From|Until|Between|During|Early|Late|Later|Mid)\b[^.]{0,20}\b(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
