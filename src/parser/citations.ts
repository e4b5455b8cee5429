/**
 * Citations inside the statement text: references to its own paragraphs ("see paragraph 18") and
 * to legislation ("section 47 of the Children Act 1989"). Both are found by pure functions over a
 * text so that pages can link them without re-parsing the statement.
 */
import type { Legislation } from '../schemas/decision';

/** Chapter numbers, which legislation.gov.uk addresses need and the text never gives. */
const CHAPTERS: Record<string, number> = {
  'Local Government Act 1972': 70,
  'Local Government Act 1974': 7,
  'Local Government and Housing Act 1989': 42,
  'Local Government Finance Act 1992': 14,
  'Local Government and Public Involvement in Health Act 2007': 28,
  'Children Act 1989': 41,
  'Children Act 2004': 31,
  'Children and Families Act 2014': 6,
  'Care Act 2014': 23,
  'Housing Act 1985': 68,
  'Housing Act 1996': 52,
  'Housing Act 2004': 34,
  'Housing Grants, Construction and Regeneration Act 1996': 53,
  'Homelessness Reduction Act 2017': 13,
  'Equality Act 2010': 15,
  'Human Rights Act 1998': 42,
  'Education Act 1996': 56,
  'Education Act 2002': 32,
  'Mental Health Act 1983': 20,
  'Mental Capacity Act 2005': 9,
  'Data Protection Act 2018': 12,
  'Freedom of Information Act 2000': 36,
  'Town and Country Planning Act 1990': 8,
  'Planning (Listed Buildings and Conservation Areas) Act 1990': 9,
  'Highways Act 1980': 66,
  'Road Traffic Regulation Act 1984': 27,
  'Traffic Management Act 2004': 18,
  'Environmental Protection Act 1990': 43,
  'Localism Act 2011': 20,
  'National Health Service Act 2006': 41,
  'Health and Social Care Act 2008': 14,
  'Chronically Sick and Disabled Persons Act 1970': 44,
  'Anti-social Behaviour, Crime and Policing Act 2014': 12,
  'Protection from Harassment Act 1997': 40,
  'Clean Neighbourhoods and Environment Act 2005': 16,
  'Licensing Act 2003': 17,
  'Health Service Commissioners Act 1993': 46,
};

/** Words that may stand inside an Act's title after its first capitalised word. */
const TITLE_JOINERS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to']);
const ACT_YEAR = /\bAct\s+(\d{4})\b/g;
const SECTION_NUMBER = '\\d+[A-Z]{0,2}(?:\\(\\w{1,4}\\))*';
const SECTIONS_BEFORE = new RegExp(`\\b[Ss](?:ections?|s?\\.)\\s*(${SECTION_NUMBER}(?:(?:,\\s*|\\s+and\\s+|\\s+or\\s+)${SECTION_NUMBER})*)\\s+of\\s+(?:the\\s+)?$`);
const SECTIONS_AFTER = new RegExp(`^,?\\s*[Ss](?:ections?|s?\\.)\\s*(${SECTION_NUMBER}(?:(?:,\\s*|\\s+and\\s+|\\s+or\\s+)${SECTION_NUMBER})*)`);
/** Acts whose names start with these words are prose ("The Act", "Under the Act"), not titles. */
const LEADING_NOISE = /^(?:(?:The|Under|Section|Sections|In|See|Of|And|As|By|From|This|That|Both|Its|Their|Our)\s+)+/;

export function findLegislation(text: string): Legislation[] {
  const found: Legislation[] = [];
  // Found from each "Act 1989" backwards over the title's words: a regex over the whole text
  // backtracks badly on long statements.
  for (const match of text.matchAll(ACT_YEAR)) {
    const start = titleStart(text, match.index);
    if (start === null) continue;
    let name = text.slice(start, match.index).trim().replace(LEADING_NOISE, '').replace(/^the\s+/i, '').trim();
    // "(Local Government Act 1974, …)": the citation's own bracket is not part of the title.
    if (name.startsWith('(') && name.split('(').length > name.split(')').length) name = name.slice(1).replace(LEADING_NOISE, '');
    if (name === '' || /^(This|That|The)$/.test(name)) continue;
    // "Children’s Act 1989" is a common slip for the Children Act 1989; the text keeps it as written.
    const named = `${name} Act ${match[1]}`;
    const unpossessive = `${name.replace(/['’]s$/, '')} Act ${match[1]}`;
    const act = CHAPTERS[named] === undefined && CHAPTERS[unpossessive] !== undefined ? unpossessive : named;
    const before = text.slice(Math.max(0, start - 80), start);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 80);
    const numbers = (SECTIONS_BEFORE.exec(before)?.[1] ?? SECTIONS_AFTER.exec(after)?.[1] ?? '')
      .split(/,\s*|\s+and\s+|\s+or\s+/)
      .filter((n) => n !== '');
    if (numbers.length === 0) found.push(legislation(act, Number(match[1]), null));
    for (const n of numbers) found.push(legislation(act, Number(match[1]), n));
  }
  return found;
}

/**
 * Where the title ending before "Act" starts: the run of capitalised words (and the joiners that
 * titles use, and a bracketed part) that precedes it, or null where there is none.
 */
function titleStart(text: string, actIndex: number): number | null {
  // Read backwards word by word (each word with the one space after it), within 120 characters:
  // splitting the window into words showed in the parser's profile.
  const limit = Math.max(0, actIndex - 120);
  /** Where the word that ends at `end` (with its trailing space) starts. */
  const wordStart = (end: number): number => {
    let at = end - 1;
    while (at > limit && !isSpace(text.charCodeAt(at - 1))) at--;
    return at;
  };
  let start = actIndex;
  let capitalised = false;
  while (start > limit) {
    const from = wordStart(start);
    const word = text.slice(from, start).trim().replace(/,$/, '');
    if (word === '') break;
    const isCapital = /^[A-Z(][A-Za-z'’()-]*$/.test(word);
    if (!isCapital && !TITLE_JOINERS.has(word)) break;
    if (isCapital) capitalised = true;
    else if (from > limit && !/^[A-Z(]/.test(text.slice(wordStart(from), from).trim())) {
      start = from;
      break;
    }
    start = from;
  }
  if (!capitalised) return null;
  // The title starts at a capitalised word, never at a joiner.
  while (start < actIndex && !/[A-Z(]/.test(text[start]!)) {
    const next = text.indexOf(' ', start);
    if (next === -1 || next >= actIndex) return null;
    start = next + 1;
  }
  return start;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 11 || code === 12;
}

function legislation(act: string, year: number, section: string | null): Legislation {
  const chapter = CHAPTERS[act];
  const sectionNumber = section?.replace(/\(.*$/, '');
  let url: string;
  if (chapter !== undefined && chapter > 0) {
    url = `https://www.legislation.gov.uk/ukpga/${year}/${chapter}${sectionNumber ? `/section/${sectionNumber}` : ''}`;
  } else {
    const title = act.replace(/\s+\d{4}$/, '');
    url = `https://www.legislation.gov.uk/search?title=${encodeURIComponent(title)}&year=${year}`;
  }
  return { act, year, section, label: section ? `${act} s.${section}` : act, url };
}

/** Each citation once, in order of first mention; an Act cited with sections is not listed bare too. */
export function uniqueLegislation(all: Legislation[]): Legislation[] {
  const withSection = new Set(all.filter((l) => l.section).map((l) => l.act));
  const seen = new Set<string>();
  return all.filter((l) => {
    if (!l.section && withSection.has(l.act)) return false;
    if (seen.has(l.label)) return false;
    seen.add(l.label);
    return true;
  });
}

/** What a reference can link to: the paragraphs 1..N, and the anchors of lettered sub-items ("p34b"). */
export interface RefTargets {
  paragraphCount: number;
  items: ReadonlySet<string>;
}

export type TextSegment =
  | { type: 'text'; text: string }
  /** `anchor` is the paragraph's ("p34") or, for "paragraph 34(b)", the sub-item's ("p34b"). */
  | { type: 'paragraph-ref'; text: string; paragraph: number; anchor: string };

const PARAGRAPH_REF = /\b(paragraphs?|paras?\.?)\s+(\d{1,3})(?![./\d])((?:\([a-z]{1,3}\))*)((?:\s*(?:,|and|to|or|-|–)\s*\d{1,3}\b(?![./]))*)/gi;

/** A cheap first look for "para…": most texts cite no paragraph, and the full pattern is long. */
function mentionsParagraph(text: string): boolean {
  return text.includes('para') || text.includes('Para') || text.includes('PARA');
}

/**
 * Splits a text into plain runs and references to the statement's own paragraphs. A reference to
 * someone else's paragraph ("Schedule 5/5A, paragraph 1/3", "paragraph 4 of the guidance") stays text.
 */
export function segmentParagraphRefs(text: string, targets: RefTargets): TextSegment[] {
  const { paragraphCount } = targets;
  // Most texts cite no paragraph: spare them the pattern (the parser runs this on every one).
  if (!mentionsParagraph(text)) return text === '' ? [] : [{ type: 'text', text }];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(PARAGRAPH_REF)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (/\bschedule\b[^.]*$/i.test(before) || /^\s+(?:of|in)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?!this\b)/i.test(after)) continue;
    const numbers = [match[2]!, ...(match[4]!.match(/\d+/g) ?? [])].map(Number);
    // "paragraph 34(b)(ii)" → #p34b-ii where the statement has that sub-item, else the paragraph.
    const letters = [...match[3]!.matchAll(/\(([a-z]+)\)/g)].map((m) => m[1]!);
    const item = letters.length > 0 ? `p${numbers[0]}${letters[0]}${letters.slice(1).map((l) => `-${l}`).join('')}` : null;
    if (numbers.some((n) => n < 1 || n > paragraphCount)) continue;
    if (match.index > last) segments.push({ type: 'text', text: text.slice(last, match.index) });
    // The word and first number link to the first paragraph; each further number links to its own.
    let cursor = match.index;
    const end = match.index + match[0].length;
    for (const [i, numberMatch] of [...match[0].matchAll(/\d+/g)].entries()) {
      const start = match.index + numberMatch.index;
      const linkStart = i === 0 ? cursor : start;
      if (linkStart > cursor) segments.push({ type: 'text', text: text.slice(cursor, linkStart) });
      const toItem = i === 0 && item !== null && targets.items.has(item);
      const linkEnd = start + numberMatch[0].length + (toItem ? match[3]!.length : 0);
      segments.push({ type: 'paragraph-ref', text: text.slice(linkStart, linkEnd), paragraph: numbers[i]!, anchor: toItem ? item : `p${numbers[i]}` });
      cursor = linkEnd;
    }
    if (end > cursor) segments.push({ type: 'text', text: text.slice(cursor, end) });
    last = end;
  }
  if (last < text.length) segments.push({ type: 'text', text: text.slice(last) });
  return segments;
}

const NO_ITEMS: ReadonlySet<string> = new Set();

export function paragraphRefs(text: string, paragraphCount: number): number[] {
  if (!mentionsParagraph(text)) return [];
  const refs: number[] = [];
  for (const s of segmentParagraphRefs(text, { paragraphCount, items: NO_ITEMS })) if (s.type === 'paragraph-ref') refs.push(s.paragraph);
  return refs;
}

/** Each paragraph-to-paragraph reference once, in order of first mention. */
export function uniqueReferences(refs: { from: number; to: number }[]): { from: number; to: number }[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.from}:${r.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
