/**
 * The statement as text, in the layouts its copies come in: the numbered layout of the Ombudsman's
 * pages as copied (blocks between blank lines, "Back to top" after each section), the compact one
 * (no blank lines), and the compact list layout of HTML-to-text tools.
 */
import type { Section } from './structure';

/** The page noise a copy of the Ombudsman's page ends with, after the sign-off. */
export const FOOTER = [
  'Print this page',
  'LGO logogram',
  'Review your privacy settings',
  'Required cookies',
  'These cookies enable the website to function properly. You can only disable these by changing your browser preferences, but this will affect how the website performs.',
  'View required cookies',
  'Analytical cookies',
  "Google Analytics cookies help us improve the performance of the website by understanding how visitors use the site.\nWe recommend you set these 'ON'.",
  'View analytical cookies',
  'In using Google Analytics, we do not collect or store personal information that could identify you (for example your name or address). We do not allow Google to use or share our analytics data. Google has developed a tool to help you opt out of Google Analytics cookies.',
  'Privacy settings',
];

/** The text as the scrape has it. */
export function render(header: string[], sections: Section[], compact: boolean, bulletIndent: number, decisionMaker: string): string {
  const blocks: string[] = [...header];
  for (const section of sections) {
    blocks.push(section.heading);
    for (const sub of section.subs) {
      if (sub.heading) blocks.push(sub.heading);
      // Consecutive paragraphs share a block, numbered from 1; a list or run-on line ends the block.
      let lines: string[] = [];
      let shown = 0;
      const flush = () => {
        if (lines.length) blocks.push(lines.join('\n'));
        lines = [];
        shown = 0;
      };
      for (const p of sub.paras) {
        lines.push(`  ${++shown}. ${p.sentences.join(' ')}`);
        if (p.list) {
          for (const [i, item] of p.list.items.entries()) {
            if (p.list.ordered) lines.push(`      ${i + 1}. ${item.text}`);
            else {
              lines.push(`${' '.repeat(bulletIndent)}• ${item.text}`);
              for (const [j, child] of item.children.entries()) {
                lines.push(item.orderedChildren ? `      ${j + 1}. ${child.text}` : `${' '.repeat(bulletIndent + 2)}• ${child.text}`);
              }
            }
          }
          // The page restarts its numbering after a list, as the seeds show; a run-on line stands
          // between blank lines.
          shown = 0;
          if (p.runOn) {
            flush();
            blocks.push(p.runOn);
          }
        }
      }
      flush();
    }
    if (!compact) blocks.push('Back to top');
  }
  blocks.push(decisionMaker, ...FOOTER);
  const text = compact ? blocks.join('\n') : blocks.join('\n\n');
  return text;
}

/**
 * The compact list layout that common HTML-to-text tools write: no blank lines, no "Back to top",
 * every paragraph and item a "- " line (items " - " where `indentItems`).
 */
export function toListLayout(numbered: string, indentItems: boolean): string {
  const out: string[] = [];
  for (const line of numbered.split('\n')) {
    if (line.trim() === '' || line === 'Back to top') continue;
    const marked = /^( *)(?:\d{1,3}\.|•) (.*)$/.exec(line);
    if (!marked) out.push(line);
    else if (marked[1]!.length === 2 && /^ *\d/.test(line)) out.push(`- ${marked[2]}`);
    else out.push(`${indentItems ? ' ' : ''}- ${marked[2]}`);
  }
  return out.join('\n');
}
