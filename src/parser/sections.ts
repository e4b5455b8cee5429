/**
 * The statement body: top-level sections, their subheadings, numbered paragraphs and lists.
 *
 * The scrape restarts "1." in every block, but the published statement numbers its paragraphs 1..N
 * across the whole text and cross-references use those numbers, so every top-level numbered item
 * (two-space indent) takes the next number in order, whatever number the scrape printed.
 */
import type { Block, Content, ListBlock, ListItem, Paragraph, Section, Subsection } from '../schemas/decision';
import { slugify } from '../utils/slug';
import { placeAnchors } from './anchors';
import { parseError, type ParseError } from './errors';
import { normaliseLabel, type Line } from './lines';

/** Top-level headings of the statement family, for the compact layout that has no "Back to top". */
const SECTION_HEADINGS = new Set(
  [
    'The complaint',
    "The Ombudsman's role and powers",
    "The Ombudsmen's role and powers",
    "The Ombudsman's role",
    "The Ombudsmen's role",
    'How I considered this complaint',
    'What I have investigated',
    'What I have and have not investigated',
    'What I have and haven’t investigated',
    'What I have not investigated',
    'What I found',
    'My assessment',
    'Agreed action',
    'Agreed actions',
    'Recommended action',
    'Recommendations',
    'Final decision',
    'Parts of the complaint that I did not investigate',
    'Parts of the complaint I did not investigate',
    'Complaint background',
    // The summary pages of the older site.
    'Finding',
    'Findings',
    'Further report',
  ].map(normaliseLabel),
);

/** Headings only the older site's summary pages have, and those only its full statements have. */
const SUMMARY_PAGE_HEADINGS = new Set(['finding', 'findings', 'recommendations', 'further report']);
const STATEMENT_HEADINGS = new Set(["the ombudsman's role and powers", "the ombudsmen's role and powers", "the ombudsman's role", 'how i considered this complaint', 'what i found', 'my assessment', 'final decision']);

/**
 * Is this body a summary page of the older site ("The complaint", "Finding", "Recommendations"),
 * whose blocks were never numbered? A full statement has the sections that summary pages lack.
 */
export function isSummaryPage(body: Line[]): boolean {
  let summaryHeadings = 0;
  for (const line of body) {
    if (line.indent > 0 || line.text.length > LONGEST_HEADING) continue;
    const label = normaliseLabel(line.text).replace(/[:.]$/, '');
    if (STATEMENT_HEADINGS.has(label)) return false;
    if (SUMMARY_PAGE_HEADINGS.has(label)) summaryHeadings++;
  }
  return summaryHeadings > 0;
}

/** Longer than any heading in SECTION_HEADINGS: most lines are, and need no normalising. */
const LONGEST_HEADING = 60;

export function isSectionHeading(text: string): boolean {
  if (text.length > LONGEST_HEADING) return false;
  return SECTION_HEADINGS.has(normaliseLabel(text).replace(/[:.]$/, ''));
}

const BACK_TO_TOP = /^back to top\b\W*$/i;
const NUMBERED = /^(\d{1,3})\.\s+(.*)$/;
const BULLET = /^([•·▪◦●○*–-])\s+(.*)$/;
/** "a) …", "(b) …", "iv) …": a sub-item printed with its letter. */
const LETTERED = /^\(?([a-z]|[ivx]{2,5})\)\s+(.*)$/;
/** Deeper than any real statement's lists (two or three levels), and shallow enough for every reader of them. */
export const MAX_LIST_DEPTH = 6;
/** Far longer than any real paragraph (a few thousand characters), and small enough for a page. */
export const MAX_PARAGRAPH_CHARS = 30_000;
/** Paragraph items sit at two spaces; deeper numbers are nested lists. */
const PARAGRAPH_INDENT = 2;
/** Longer unindented lines are prose that runs on from the list above, not subheadings. */
const MAX_SUBHEADING_LENGTH = 200;

export function isBackToTop(line: Line): boolean {
  return BACK_TO_TOP.test(line.text);
}

interface OpenItem {
  indent: number;
  item: ListItem;
  /** The list the item belongs to, to add siblings at the same depth. */
  list: ListItem[];
}

export interface Body {
  sections: Section[];
  /** Shapes no real statement has (lists nested past MAX_LIST_DEPTH, a paragraph past MAX_PARAGRAPH_CHARS). */
  errors: ParseError[];
  paragraphCount: number;
  /** Source line of each paragraph's first line, by paragraph number (index 0 = paragraph 1). */
  paragraphLines: number[];
}

export function parseSections(lines: Line[]): Body {
  const standardLayout = lines.some(isBackToTop);
  const sections: Section[] = [];
  const usedIds = new Set<string>();
  const paragraphLines: number[] = [];
  const errors: ParseError[] = [];
  /** Each paragraph and each block outside a paragraph, with the index of the line it starts on. */
  const starts: Content[] = [];
  const startIndices: number[] = [];
  const started = (content: Content, index: number) => {
    starts.push(content);
    startIndices.push(index);
  };
  let section: Section | null = null;
  let subsection: Subsection | null = null;
  let paragraph: Paragraph | null = null;
  let openItems: OpenItem[] = [];
  let sectionClosed = true;

  const uniqueId = (text: string): string => {
    const base = slugify(text) || 'section';
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const startSection = (heading: string | null) => {
    section = { heading, id: uniqueId(heading ?? 'statement'), subsections: [] };
    sections.push(section);
    subsection = null;
    paragraph = null;
    openItems = [];
    sectionClosed = false;
  };
  const currentSubsection = (): Subsection => {
    if (!section) startSection(null);
    if (!subsection) {
      subsection = { heading: null, id: null, content: [] };
      section!.subsections.push(subsection);
    }
    return subsection;
  };
  /** Where list items and run-on text go: the open paragraph, or the subsection itself. */
  const container = (): Content[] | Paragraph['blocks'] => (paragraph ? paragraph.blocks : currentSubsection().content);

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.text === '') continue;
    if (isBackToTop(line)) {
      sectionClosed = true;
      paragraph = null;
      openItems = [];
      continue;
    }

    if (line.indent === 0 && !NUMBERED.test(line.text) && !BULLET.test(line.text) && !LETTERED.test(line.text)) {
      // "Back to top" closes a section where the layout has it; the family's own section names open
      // one in either layout, since some statements omit a "Back to top" before "Agreed action".
      const startsSection = isSectionHeading(line.text) || ((!section || (standardLayout && sectionClosed)) && isHeadingText(line.text));
      if (startsSection) {
        startSection(line.text);
        continue;
      }
      if (isRunOn(line.text)) {
        const target = container();
        const block = { type: 'text' as const, text: line.text, anchor: null };
        target.push(block);
        if (!paragraph) started(block, index);
        openItems = [];
        continue;
      }
      subsection = { heading: line.text, id: uniqueId(line.text), content: [] };
      section!.subsections.push(subsection);
      paragraph = null;
      openItems = [];
      continue;
    }

    const numbered = NUMBERED.exec(line.text);
    if (numbered && line.indent <= PARAGRAPH_INDENT) {
      const target = currentSubsection();
      paragraph = { type: 'paragraph', number: paragraphLines.length + 1, text: numbered[2]!, blocks: [] };
      paragraphLines.push(line.number);
      target.content.push(paragraph);
      started(paragraph, index);
      openItems = [];
      continue;
    }

    // Some copies print a paragraph's lettered sub-items as the page shows them: "a) Failed to …".
    const lettered = LETTERED.exec(line.text);
    const marker = numbered ?? lettered ?? BULLET.exec(line.text);
    if (marker) {
      // Bullets are drawn with many characters by many tools; the page drew one.
      const item: ListItem = { marker: numbered || lettered ? marker[1]! : '•', label: null, anchor: null, text: marker[2]!, children: [] };
      while (openItems.length > 0 && openItems[openItems.length - 1]!.indent >= line.indent) {
        const closed = openItems.pop()!;
        if (closed.indent === line.indent) {
          closed.list.push(item);
          openItems.push({ indent: line.indent, item, list: closed.list });
          break;
        }
      }
      if (openItems[openItems.length - 1]?.item !== item) {
        if (openItems.length >= MAX_LIST_DEPTH) {
          // Real statements nest two or three levels. Deeper is refused, and kept at this depth
          // meanwhile, so that nothing after the parser (the schema, the pages) recurses without end.
          if (!errors.some((e) => e.code === 'too-deep')) {
            errors.push(parseError('too-deep', line.number, `lists nested at most ${MAX_LIST_DEPTH} levels deep`, line.text));
          }
          const deepest = openItems[openItems.length - 1]!;
          deepest.list.push(item);
          openItems[openItems.length - 1] = { indent: line.indent, item, list: deepest.list };
          continue;
        }
        const parent = openItems[openItems.length - 1];
        const list = parent ? parent.item.children : newList(container(), Boolean(numbered ?? lettered));
        if (!parent && !paragraph) started(currentSubsection().content.at(-1)!, index);
        list.push(item);
        openItems.push({ indent: line.indent, item, list });
      }
      continue;
    }

    // An indented line with no marker continues whatever is open: a list item, else the paragraph.
    const openItem = openItems[openItems.length - 1];
    if (openItem) openItem.item.text += `\n${line.text}`;
    else {
      const block = { type: 'text' as const, text: line.text, anchor: null };
      container().push(block);
      if (!paragraph) started(block, index);
    }
  }

  // Every page must stay small enough to load on a phone; no real paragraph comes near the limit.
  // A paragraph holds at most the characters of the lines from its start to the next one's, so only
  // where those pass the limit is it measured.
  const before: number[] = new Array(lines.length + 1);
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    before[i] = total;
    total += lines[i]!.text.length;
  }
  before[lines.length] = total;
  for (const [i, content] of starts.entries()) {
    const start = startIndices[i]!;
    const line = lines[start]!.number;
    if (before[startIndices[i + 1] ?? lines.length]! - before[start]! <= MAX_PARAGRAPH_CHARS) continue;
    const size = characters(content);
    if (size > MAX_PARAGRAPH_CHARS) {
      errors.push(parseError('too-long-paragraph', line, `a paragraph under ${MAX_PARAGRAPH_CHARS.toLocaleString('en-GB')} characters`, `${size.toLocaleString('en-GB')} characters`));
    }
  }

  return { sections: placeAnchors(sections), errors, paragraphCount: paragraphLines.length, paragraphLines };
}

/** The characters of a paragraph or block with all it holds, read without recursion. */
function characters(content: Content): number {
  let size = 0;
  const lists: ListItem[][] = [];
  const addBlock = (block: Block) => {
    if (block.type === 'text') size += block.text.length;
    else lists.push(block.items);
  };
  if (content.type === 'paragraph') {
    size += content.text.length;
    for (const block of content.blocks) addBlock(block);
  } else {
    addBlock(content);
  }
  for (let list = lists.pop(); list; list = lists.pop()) {
    for (const item of list) {
      size += item.text.length;
      if (item.children.length > 0) lists.push(item.children);
    }
  }
  return size;
}

function newList(target: Content[] | Paragraph['blocks'], ordered: boolean): ListItem[] {
  const list: ListBlock = { type: 'list', ordered, items: [], anchor: null };
  target.push(list);
  return list.items;
}

/**
 * A sentence that runs on from a paragraph, as opposed to a subheading: it ends like a sentence,
 * or it is a citation in brackets ("(Local Government Act 1974, section 24A(6), as amended)") that
 * closes the paragraph's list.
 */
export function isRunOn(text: string): boolean {
  return text.length > MAX_SUBHEADING_LENGTH || /[.;,:]["”’)]*$/.test(text) || /^\(.*\)$/.test(text) || (STATUTE_CLOSING.test(text) && unbalanced(text));
}

/** More closing brackets than opening ones: the line ends something a line above began. */
function unbalanced(text: string): boolean {
  return text.split(')').length > text.split('(').length;
}

/** The tail of a statutory citation that a copy broke across lines: "section 24A (6), as amended)". */
const STATUTE_CLOSING = /(?:\bas amended|\bAct \d{4}[^()]*)\)$/;

/** An unmarked line at the margin that is a heading, not text running on. */
export function isHeadingText(text: string): boolean {
  return isSectionHeading(text) || (!isRunOn(text) && !LETTERED.test(text));
}
