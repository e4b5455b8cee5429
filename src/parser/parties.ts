/** Who the statement is about, as it names them: the complainant's pseudonym and the body's role. */
const PSEUDONYM = /\b(Mr|Mrs|Ms|Miss|Mx|Dr)\s+([A-Z])(?![\w’'])/g;
const BODY = /\bthe (Council|Care Provider|care provider|Provider|provider|Trust|Home|home|Care Home|care home|School|Academy|Authority|Board)\b/;

export interface Parties {
  complainant: string | null;
  others: string[];
  body: string | null;
}

/** The complainant is the first person the summary (or failing that the complaint) names. */
export function findParties(summary: string, body: string): Parties {
  const names: string[] = [];
  for (const text of [summary, body]) {
    for (const match of text.matchAll(PSEUDONYM)) {
      const name = `${match[1]} ${match[2]}`;
      if (!names.includes(name)) names.push(name);
    }
  }
  const bodyMatch = BODY.exec(summary) ?? BODY.exec(body);
  return {
    complainant: names[0] ?? null,
    others: names.slice(1),
    body: bodyMatch ? `the ${bodyMatch[1]}` : null,
  };
}
