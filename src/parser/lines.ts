/** A source line with what every concern needs to know about it. */
export interface Line {
  /** 1-based, as an editor shows it. */
  number: number;
  /** Leading spaces. */
  indent: number;
  /** Without the indent and without trailing white space. */
  text: string;
}

export function toLines(text: string): Line[] {
  const raw = text.split('\n');
  const lines: Line[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    // Most lines have no trailing space, and many no indent: trim only what is there.
    const end = line.length > 0 && isTrimmed(line.charCodeAt(line.length - 1)) ? line.trimEnd().length : line.length;
    const start = end > 0 && isTrimmed(line.charCodeAt(0)) ? end - line.slice(0, end).trimStart().length : 0;
    lines[i] = { number: i + 1, indent: start, text: start === 0 && end === line.length ? line : line.slice(start, end) };
  }
  return lines;
}

/** Could String.prototype.trim remove this character? (A cheap first look; trim itself decides.) */
function isTrimmed(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0xfeff || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** For comparing headings and labels: straight apostrophes, single spaces, lower case. */
export function normaliseLabel(text: string): string {
  let out = text;
  if (/[’‘`]/.test(out)) out = out.replace(/[’‘`]/g, "'");
  if (/\s{2}|[^\S ]/.test(out)) out = out.replace(/\s+/g, ' ');
  return out.trim().toLowerCase();
}
