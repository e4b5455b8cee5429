/**
 * An oracle for "no word is lost, added or reordered", written independently of the parser: the
 * words of a source's body are those of every line between the summary and the sign-off, less the
 * "Back to top" lines, the list markers the page drew, and the compliance line the archive keeps as
 * data ("Ombudsman satisfied with council's response: …").
 */
const SIGN_OFF = /(decision on behalf of the Ombudsman|^Ombudsman['’]s decision|^Print this page)$/;
const MARKER = /^\s*(?:\d{1,3}\.|[•·▪◦●○–-])\s+/;

export function sourceBodyWords(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u00A0\u2007\u202F]/g, ' ').split('\n');
  let summary = lines.findIndex((l) => /^Summary\s*(:|$)/i.test(l.trim()));
  // "Summary" alone on its line: its text is the next line that has any.
  if (/^Summary$/i.test(lines[summary]?.trim() ?? '')) {
    summary++;
    while (lines[summary]?.trim() === '') summary++;
  }
  const words: string[] = [];
  for (const line of lines.slice(summary + 1)) {
    const trimmed = line.trim();
    if (SIGN_OFF.test(trimmed)) break;
    if (/^back to top$/i.test(trimmed) || /^Ombudsman satisfied with /i.test(trimmed)) continue;
    words.push(...splitWords(line.replace(MARKER, '')));
  }
  return words;
}

export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}
