/**
 * Who the statement is about, as it names them: who complains, on whose behalf, who else it names by
 * pseudonym, and the body's role. Statements name people only by pseudonym ("Mr X", "Mrs B") and
 * sometimes by a bare letter ("her son, Y"), so a name here is a title and a letter, or a letter a
 * relation introduces; anything longer ("Mr J Smith") is a real person the archive does not list.
 */

export interface Parties {
  complainants: string[];
  affected: string[];
  others: string[];
  body: string | null;
}

const BODY = /\bthe (Council|Care Provider|care provider|Provider|provider|Trust|Home|home|Care Home|care home|School|Academy|Authority|Board)\b/;

const TITLE = String.raw`(?:Mrs|Mr|Ms|Miss|Mx|Dr)`;
// "Mr J Smith" is a real person's initial, not a pseudonym; a letter inside a word is no letter.
const LETTER = String.raw`[A-Z](?![A-Za-z0-9])(?![ \u00a0][A-Z][a-z])`;
// "Mr and Mrs G" shares one letter between two people.
const UNIT = String.raw`\b${TITLE}(?:\s+(?:and|&)\s+${TITLE})?\s+${LETTER}`;
// A comma list counts only if it ends in "and": "her father, Mr Y, Mrs X complains" is two clauses.
const GROUP = String.raw`${UNIT}(?:(?:\s*,\s*${UNIT}){0,8}\s+(?:and|&)\s+${UNIT})?`;
// A bare letter names a person only where a relation introduces it ("her son, Y"); "I" is the writer.
const BARE = String.raw`(?<![A-Za-z0-9’'])[A-HJ-Z](?![A-Za-z0-9])(?![ \u00a0][A-Z][a-z])`;
const BARE_GROUP = String.raw`${BARE}(?:(?:\s*,\s*${BARE}){0,8}\s+and\s+${BARE})?`;
// "Miss X’s daughter complains" is the daughter complaining, not Miss X.
const NOT_POSSESSIVE = String.raw`(?![’']s\b)`;
const QUOTE = String.raw`[‘'"“(]?`;

const RELATION = String.raw`(?:family\s+member|(?:great-?)?(?:step-?)?(?:grand)?(?:mother|father|mum|dad|parent|son|daughter|child|children|brother|sister|sibling|husband|wife|partner|spouse|aunt|uncle|nephew|niece|cousin|friend|neighbour|client|relative|carer|baby|twin)(?:-in-law)?s?)`;
const NAMING = String.raw`(?:(?:who|whom)\s+)?(?:I|we)\s+(?:will\s+|shall\s+|have\s+|had\s+)?(?:call(?:ed)?|refer(?:red)?\s+to\s+as|name[ds]?|describe[ds]?\s+as)`;
// "her late father, Mr Y", "the estate of her mother, who I call Mrs Y", "her son (Y)".
const RELATION_PHRASE = String.raw`(?:[a-z][a-z-]*\s+){0,4}?${RELATION}(?:\s*,\s*|\s+)(?:${NAMING}\s+)?${QUOTE}`;
const SELF = String.raw`(?:(?:herself|himself|themselves|themself)\s+and\s+)?`;
const TARGET = String.raw`${SELF}(?:(?:the\s+late\s+|${RELATION_PHRASE})?(${GROUP})|${RELATION_PHRASE}(${BARE_GROUP}))`;

const COMPLAIN_VERB = String.raw`(?:(?:also|now|further|first|initially|originally|previously|then|both|has|have|had|is|are|was|were|who)\s+){0,2}(?:complain(?:s|ed|ing)?\b|(?:brings?|brought|bringing|makes?|made|making)\s+(?:this|the|a|her|his|their)\s+complaint\b)`;

/** Forms that say who complains; the earliest in the text wins, as it opens the statement. */
const COMPLAINANT_FORMS: RegExp[] = [
  // "Mrs X complains", "Mr and Mrs G complain", "Ms Y, her daughter, complains", "Mr X and his wife, Mrs X,
  // complain". An aside may hold commas only after "on behalf of": otherwise "the death of Mr Y, his
  // daughter, Mrs X, complains" would make Mr Y the complainant.
  new RegExp(
    String.raw`(${GROUP})${NOT_POSSESSIVE}(?:\s+and\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?${RELATION}(?:\s*,\s*|\s+)(${GROUP}|${BARE_GROUP})${NOT_POSSESSIVE})?(?:\s*,[^,.;]{1,80},|\s*,\s*(?:acting\s+)?on\s+behalf\s+of\s+[^.;]{1,80}?,)?(?:\s*,\s*|\s+)${COMPLAIN_VERB}`,
  ),
  // "The complainant, Mrs B,", "I call the complainant Miss P", "I have called the complainant, ‘Miss C’",
  // "the complainant, whom I refer to as Miss B", "I refer to the complainant as Mr X".
  new RegExp(
    String.raw`\b[Tt]he\s+complainants?(?:\s*,\s*|\s+)(?:(?:${NAMING}(?:\s+(?:here|in\s+this\s+(?:statement|decision|report)))?|(?:referred\s+to|known)\s+(?:here\s+|in\s+this\s+(?:statement|decision|report)\s+)?as|as|is|was)(?:\s*,\s*|\s+))?${QUOTE}(${GROUP})${NOT_POSSESSIVE}`,
  ),
  // "Mr X, the complainant," and "Mr X (the complainant)".
  new RegExp(String.raw`(${GROUP})${NOT_POSSESSIVE}\s*(?:,\s*|\(\s*)the\s+complainants?\b(?![’'])`),
  // "We will not investigate Mr M’s complaint", "Mr and Mrs X's complaints".
  new RegExp(String.raw`(${GROUP})[’']s\s+(?:[a-z]+\s+)?complaints?\b`),
  // "this complaint by Mr X", "a complaint from Mrs Y".
  new RegExp(String.raw`\bcomplaints?\s+(?:made\s+)?(?:by|from)\s+(${GROUP})${NOT_POSSESSIVE}`),
];

const AFFECTED_HINT = /\bbehalf\b|\bcomplain(?:s|ed|ing|ts?)?(?:\s+to\s+(?:us|the\s+\w+))?\s+for\b/;

/** Forms that say on whose behalf the complaint was made. */
const AFFECTED_FORMS: RegExp[] = [
  // "Miss X complains on behalf of her mother, Mrs X", "complained to us for her son, Y".
  new RegExp(String.raw`\bcomplain(?:s|ed|ing|ts?)?(?:\s+to\s+(?:us|the\s+Ombudsman|the\s+[A-Z][a-z]+))?\s+(?:on\s+behalf\s+of|for)\s+${TARGET}`, 'g'),
  // "Mrs X, on behalf of her father, Mr Y, complains".
  new RegExp(String.raw`\bon\s+behalf\s+of\s+${TARGET}(?:\s*,\s*|\s+)${COMPLAIN_VERB}`, 'g'),
];

// Names one at a time: a list ("Mr X, Mrs Y and Ms Z") gives the same names, and the list pattern costs more.
const NAMES = new RegExp(UNIT, 'g');

/** How far into the statement's body its parties are looked for (characters). */
const PARTIES_INTRODUCED_WITHIN = 6000;

/** "Mr and Mrs G" is "Mr G" and "Mrs G"; "Y and Z" is "Y" and "Z". */
const EXPANDED_UNIT = new RegExp(String.raw`(${TITLE})(?:\s+(?:and|&)\s+(${TITLE}))?\s+([A-Z])`, 'g');

function expand(written: string): string[] {
  const units = [...written.matchAll(EXPANDED_UNIT)];
  if (units.length === 0) return [...written.matchAll(/[A-Z]/g)].map((m) => m[0]);
  return units.flatMap((m) => (m[2] ? [`${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`] : [`${m[1]} ${m[3]}`]));
}

const unique = (names: string[]): string[] => [...new Set(names)];

function complainantsIn(text: string): string[] {
  let first: RegExpExecArray | null = null;
  for (const form of COMPLAINANT_FORMS) {
    const match = form.exec(text);
    if (match && (!first || match.index < first.index)) first = match;
  }
  return first ? unique(first.slice(1).flatMap((group) => (group ? expand(group) : []))) : [];
}

function affectedIn(text: string): string[] {
  // Both forms need "on behalf of" or "complain(s) … for": most statements have neither, and the
  // patterns are long.
  if (!AFFECTED_HINT.test(text)) return [];
  const matches = AFFECTED_FORMS.flatMap((form) => [...text.matchAll(form)]).sort((a, b) => a.index - b.index);
  return matches.flatMap((m) => expand(m[1] ?? m[2] ?? ''));
}

/**
 * The complainants are those the summary says complain, or failing that the statement's body;
 * where neither says, there are none rather than a guess from the first name mentioned.
 */
export function findParties(summary: string, body: string): Parties {
  // Statements introduce their parties in the summary and the complaint, at the start; the long
  // sentence patterns need not read the findings after them (a fifth of the parser's time when they did).
  const opening = body.slice(0, PARTIES_INTRODUCED_WITHIN);
  const fromSummary = complainantsIn(summary);
  const complainants = fromSummary.length > 0 ? fromSummary : complainantsIn(opening);
  const affected = unique([...affectedIn(summary), ...affectedIn(opening)]).filter((n) => !complainants.includes(n));
  // Each way of writing a name is expanded once, however often the statement repeats it.
  const written = new Set([summary, body].flatMap((text) => [...text.matchAll(NAMES)].map((m) => m[0])));
  const named = unique([...written].flatMap(expand));
  const bodyMatch = BODY.exec(summary) ?? BODY.exec(body);
  return {
    complainants,
    affected,
    others: named.filter((n) => !complainants.includes(n) && !affected.includes(n)),
    body: bodyMatch ? `the ${bodyMatch[1]}` : null,
  };
}
