/** A source line with what every concern needs to know about it. */
export interface Line {
  /** 1-based, as an editor shows it. */
  number: number;
  /** Without trailing white space. */
  raw: string;
  /** Leading spaces. */
  indent: number;
  /** Without the indent. */
  text: string;
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((raw, i) => {
    const trimmed = raw.trimEnd();
    const text = trimmed.trimStart();
    return { number: i + 1, raw: trimmed, indent: trimmed.length - text.length, text };
  });
}

/** For comparing headings and labels: straight apostrophes, single spaces, lower case. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
