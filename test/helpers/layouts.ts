/**
 * The same statement in the other layouts that scraping tools write, made from a statement in the
 * numbered layout: what a reader of the page would get from those tools, for tests that a
 * statement reads the same whichever layout it arrives in.
 */
const MARKED = /^(\s*)(?:\d{1,3}\.|[•·▪◦●○*–-])\s+(.*)$/;
const TOC = ['The complaint', 'What I found', 'Final decision'];

export interface CompactOptions {
  /** Write list items as " - " (one leading space), as some tools do. */
  indentItems?: boolean;
  /** Put a table of contents after the title. */
  toc?: boolean;
  /** Put the table of contents after the summary instead, where some pages have it. */
  tocAfterSummary?: boolean;
}

/** The compact list layout: no blank lines, no "Back to top", every paragraph and item a "- " line. */
export function toCompactLayout(numbered: string, options: CompactOptions = {}): string {
  const lines = numbered.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '' || /^back to top$/i.test(line.trim())) continue;
    const marked = MARKED.exec(line);
    if (!marked) {
      out.push(line.trim());
    } else {
      const paragraph = marked[1]!.length <= 2 && /^\s*\d/.test(line);
      out.push(`${paragraph || !options.indentItems ? '' : ' '}- ${marked[2]}`);
    }
    if (i === firstText(lines) && options.toc) out.push(...TOC.map((t) => `- ${t}`));
    if (/^Summary\s*:/.test(line) && options.tocAfterSummary) out.push(...TOC.map((t) => `- ${t}`));
  }
  return out.join('\n');
}

function firstText(lines: string[]): number {
  return lines.findIndex((l) => l.trim() !== '');
}
