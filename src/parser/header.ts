/**
 * The statement's header: the title line `Authority (NN NNN NNN)`, the `Label : value` fields, the
 * `The Ombudsman's final decision:` line and the summary.
 */
import { OUTCOME_NAMES, type Outcome } from '../schemas/outcome';
import { escapeControls, parseError, type ParseError } from './errors';
import { normaliseLabel, type Line } from './lines';
import { isBackToTop, isSectionHeading } from './sections';

export interface Header {
  authority: string;
  reference: string;
  category: string;
  subcategory: string | null;
  outcomeLabel: string;
  outcome: Outcome;
  decisionDate: string;
  otherFields: { label: string; value: string }[];
  summary: string;
}

/** The first lines of the website's cookie banner and print furniture. */
export const PAGE_FURNITURE = /^(Privacy settings|LGO logogram|Review your privacy settings|Required cookies|Print this page)$/i;
const TITLE = /^(.+?)\s+\((\d{2})\s?(\d{3})\s?(\d{3})\s?([A-Za-z])?\)$/;
const FIELD = /^([A-Z][A-Za-z ]{0,40}?)\s*:\s*(.*)$/;
const FINAL_DECISION = /^the ombudsman's final decision:?$/;
const SUMMARY = /^summary\s*:\s*(.*)$/i;

/** Unicode's format characters: bidi controls, zero-width spaces and joiners, and the like. */
const FORMAT_CHARACTER = /\p{Cf}/u;

export const TITLE_EXPECTED = 'a title line "Authority (NN NNN NNN)", e.g. "London Borough of Barnet (20 005 525)"';

export interface HeaderResult {
  /** Null when the header has errors; the body is still read, so that its errors are reported too. */
  header: Header | null;
  errors: ParseError[];
  /** Index into the lines of the first line of the body: after the summary, or where it would be. */
  bodyStart: number;
  /** Line numbers of header fields found after the summary (a header box the copy put at the end). */
  movedFields?: ReadonlySet<number>;
}

/** A line of the page's table of contents ("- The complaint"), or its heading. */
const CONTENTS_ENTRY = /^[-–•*]\s+\S/;
const CONTENTS_HEADING = /^(contents|on this page|in this (decision|statement))$/i;

export function isContentsLine(text: string): boolean {
  return CONTENTS_ENTRY.test(text) || CONTENTS_HEADING.test(text);
}
/** A label whose value the copy put on the lines below it ("Category :" / "Education" / ">" / "School transport"). */
const LABEL_ALONE = /^([A-Z][A-Za-z ]{0,40}?)\s*:$/;
/** How far below a title its header fields may start (past a table of contents). */
const TITLE_LOOKAHEAD = 40;

export function parseHeader(lines: Line[]): HeaderResult {
  const errors: ParseError[] = [];
  let first = lines.findIndex((l) => l.text !== '');
  if (first === -1) return { header: null, errors: [parseError('empty', 1, 'a statement beginning with its title line', '')], bodyStart: lines.length };
  // Some copies carry page furniture (the cookie banner, a breadcrumb, the logo) before the title.
  if (!TITLE.test(lines[first]!.text)) {
    const title = lines.findIndex((l, n) => n > first && n < first + 200 && TITLE.test(l.text) && fieldFollows(lines, n));
    if (title !== -1) first = title;
  }
  const titleLine = lines[first]!;
  // A page saved as HTML starts with markup; a tag inside a title line is just text to show.
  if (/^<(!doctype|\?xml|[a-z][a-z0-9]*[\s>/])/i.test(titleLine.text)) {
    return { header: null, errors: [parseError('html', titleLine.number, `a plain-text statement starting with ${TITLE_EXPECTED}`, titleLine.text)], bodyStart: lines.length };
  }
  const title = TITLE.exec(titleLine.text);
  if (!title) return { header: null, errors: [parseError('missing-title', titleLine.number, TITLE_EXPECTED, titleLine.text)], bodyStart: lines.length };
  const invisible = (line: Line) => {
    // A right-to-left override or a zero-width space makes a look-alike of a real council's name
    // or reverses a reference on screen; no real title or header holds one.
    if (FORMAT_CHARACTER.test(line.text)) {
      errors.push(parseError('format-character', line.number, 'a title and header lines without invisible formatting characters (bidi controls, zero-width spaces)', escapeControls(line.text)));
    }
  };
  invisible(titleLine);
  const [, authority, a, b, c, suffix] = title as unknown as [string, string, string, string, string, string | undefined];
  const reference = `${a} ${b} ${c}${suffix ? suffix.toLowerCase() : ''}`;

  const fields = new Map<string, { value: string; line: number }>();
  const otherFields: { label: string; value: string }[] = [];
  let i = first + 1;
  let summary: string | null = null;
  /** Where the fields end: a missing field is reported there, where it should have been. */
  let fieldsEnd: number | null = null;
  /** Whether a line that is no field has been reported. */
  let malformed = false;
  const addField = (label: string, value: string, line: number) => {
    const name = normaliseLabel(label);
    if (name === 'category' || name === 'decision' || name === 'decision date') fields.set(name, { value, line });
    else otherFields.push({ label: label.trim(), value });
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    // Only a short line can be a label; the summary line runs to hundreds of characters.
    const label = line.text.length <= 60 ? normaliseLabel(line.text) : '';
    if (FINAL_DECISION.test(label)) {
      fieldsEnd ??= line.number;
      continue;
    }
    const summaryMatch = SUMMARY.exec(line.text);
    if (summaryMatch || label === 'summary') {
      fieldsEnd ??= line.number;
      ({ summary, next: i } = readSummary(lines, i, summaryMatch?.[1]!.trim() ?? ''));
      break;
    }
    // The body has begun without a summary: stop here, so that the body is still read.
    if (isSectionHeading(line.text) || /^\d{1,3}\.\s/.test(line.text)) break;
    // The page's table of contents, wherever the copy put it before the summary: no header line is a "- " line.
    if (isContentsLine(line.text)) continue;
    const alone = LABEL_ALONE.exec(line.text);
    if (alone) {
      // The value is on the lines below, up to the next label: "Education", ">", "School transport".
      const parts: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const next = lines[j]!.text;
        if (next === '') continue;
        if (LABEL_ALONE.test(next) || FIELD.test(next) || SUMMARY.test(next) || /^summary$/i.test(next) || FINAL_DECISION.test(normaliseLabel(next))) break;
        parts.push(next);
      }
      addField(alone[1]!, parts.join(' ').trim(), line.number);
      i = j - 1;
      continue;
    }
    invisible(line);
    const field = FIELD.exec(line.text);
    if (!field) {
      // Reported once: the lines after it are still read, for the fields and the summary below.
      if (!malformed) errors.push(parseError('malformed-field', line.number, 'a header line "Label : value" or "Summary: ..."', line.text));
      malformed = true;
      continue;
    }
    addField(field[1]!, field[2]!.trim(), line.number);
  }
  const endLine = fieldsEnd ?? lines[Math.min(i, lines.length - 1)]!.number;
  // Some tools write the page's header box after the statement, with the page's other boxes: where
  // the header has none of its fields, they are taken from there, and those lines are not the body's.
  const movedFields = new Set<number>();
  if (fields.size === 0) {
    for (let k = i + 1; k < lines.length; k++) {
      const field = FIELD.exec(lines[k]!.text);
      const name = field ? normaliseLabel(field[1]!) : '';
      if (field && lines[k]!.indent === 0 && (name === 'category' || name === 'decision' || name === 'decision date') && !fields.has(name) && field[2]!.trim() !== '') {
        fields.set(name, { value: field[2]!.trim(), line: lines[k]!.number });
        movedFields.add(lines[k]!.number);
      }
    }
    // All three, or it is no header box: a stray "Decision : …" in the text is not one.
    if (fields.size < 3) {
      fields.clear();
      movedFields.clear();
    }
  }
  const afterTitle = lines.slice(first + 1).find((l) => l.text !== '')?.number ?? titleLine.number;
  if (fields.size === 0) {
    errors.push(
      parseError('missing-field', afterTitle, 'the header lines "Category : …", "Decision : …" and "Decision date : …" after the title', lines.find((l) => l.number === afterTitle)?.text ?? ''),
    );
  }
  const category = fields.get('category');
  let categoryName = '';
  let subcategory: string | null = null;
  if (!category || category.value === '') {
    if (fields.size > 0) errors.push(parseError('missing-field', category?.line ?? afterTitle, 'a line "Category : Service area > Subcategory"', category?.value ?? ''));
  } else {
    const parts = category.value.split(/\s+>\s+/);
    categoryName = parts[0]!.trim();
    subcategory = parts.length > 1 ? parts.slice(1).join(' > ').trim() : null;
  }

  const decision = fields.get('decision');
  let outcome: Outcome | null = null;
  if (!decision || decision.value === '') {
    if (fields.size > 0) errors.push(parseError('missing-field', decision?.line ?? afterTitle, `a line "Decision : ${OUTCOME_WORDS[0]}" (or ${OUTCOME_WORDS.slice(1).join(', ')})`, decision?.value ?? ''));
  } else {
    outcome = normaliseOutcome(decision.value);
    if (!outcome) {
      errors.push(parseError('unknown-outcome', decision.line, `an outcome of ${KNOWN_OUTCOMES}`, decision.value));
    }
  }

  const date = fields.get('decision date');
  let decisionDate: string | null = null;
  if (!date || date.value === '') {
    if (fields.size > 0) errors.push(parseError('missing-field', date?.line ?? endLine, 'a line "Decision date : 27 May 2021"', date?.value ?? ''));
  } else {
    decisionDate = parseDate(date.value);
    if (!decisionDate) errors.push(parseError('invalid-date', date.line, 'a real date like "27 May 2021"', date.value));
  }

  if (summary === null) {
    errors.push(parseError('missing-summary', endLine, 'a line "Summary: ..." (or "Summary" and its text) after the header', lines[i]?.text ?? ''));
  }
  if (errors.length > 0 || !category || !outcome || !decisionDate || summary === null) return { header: null, errors, bodyStart: i, movedFields };
  return {
    header: {
      authority: authority.trim(),
      reference,
      category: categoryName,
      subcategory,
      outcomeLabel: decision!.value,
      outcome,
      decisionDate,
      otherFields,
      summary,
    },
    errors: [],
    bodyStart: i,
    movedFields,
  };
}

/** Is the title at `index` followed by the header's fields, past any table of contents? */
function fieldFollows(lines: Line[], index: number): boolean {
  for (let n = index + 1; n < Math.min(lines.length, index + TITLE_LOOKAHEAD); n++) {
    const text = lines[n]!.text;
    if (text === '' || isContentsLine(text)) continue;
    return /^(category|decision|decision date)\s*:/i.test(text);
  }
  return false;
}

/**
 * The summary is one line in every statement we have seen. In the standard layout (blank lines
 * between blocks) a wrapped summary would run on to the next blank line, so such lines stay with it;
 * the compact layout has no blank lines, and the next line there is already a heading.
 */
function readSummary(lines: Line[], at: number, firstText: string): { summary: string | null; next: number } {
  const parts = firstText === '' ? [] : [firstText];
  let next = at + 1;
  if (parts.length === 0) {
    while (next < lines.length && lines[next]!.text === '') next++;
    if (next < lines.length) parts.push(lines[next++]!.text);
  }
  // Blank lines between blocks, not merely at the end of the file (a compact copy may end with one).
  const standardLayout = lines.slice(next, next + 20).some((l, i, near) => l.text === '' && near.slice(i + 1).some((n) => n.text !== ''));
  while (standardLayout && next < lines.length && lines[next]!.text !== '' && !endsSummary(lines[next]!)) parts.push(lines[next++]!.text);
  return { summary: parts.length ? parts.join('\n') : null, next };
}

/** A section heading, a numbered paragraph or a "- " line cannot belong to the summary, whatever the spacing. */
function endsSummary(line: Line): boolean {
  return line.indent > 0 || isSectionHeading(line.text) || isBackToTop(line) || isContentsLine(line.text);
}

const OUTCOME_PREFIXES = Object.entries(OUTCOME_NAMES).map(([outcome, name]) => [normaliseLabel(name), outcome as Outcome] as const);
const OUTCOME_WORDS = Object.values(OUTCOME_NAMES);
const KNOWN_OUTCOMES = `${OUTCOME_WORDS.slice(0, -1).map((n) => `"${n}"`).join(', ')} or "${OUTCOME_WORDS.at(-1)}" (optionally with ": detail")`;

/** "Upheld: maladministration and injustice" → upheld. Anything else is unknown, never a silent "other". */
export function normaliseOutcome(label: string): Outcome | null {
  const normal = normaliseLabel(label);
  for (const [prefix, outcome] of OUTCOME_PREFIXES) {
    if (normal === prefix) return outcome;
    if (normal.startsWith(prefix) && /^\s*[:–-]/.test(normal.slice(prefix.length))) return outcome;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "27 May 2021", "1 May 2023", "11 Oct 2019", "3 Sept 2018" → ISO; null when not a real date. */
export function parseDate(text: string): string | null {
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]) - 1, Number(numeric[1]));
  const match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const monthName = match[2]!.toLowerCase();
  const month = MONTHS.findIndex((m, i) => monthName === m || monthName === FULL_MONTHS[i] || (m === 'sep' && monthName === 'sept'));
  if (month === -1) return null;
  return isoDate(Number(match[3]), month, day);
}

/** The ISO date, or null where the day does not exist (31 February). Month from 0. */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
