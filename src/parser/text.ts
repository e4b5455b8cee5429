/** The statement's text in reading order, for citation finding and the words-are-kept checks. */
import type { Block, Content, ListItem, Section } from '../schemas/decision';

export interface PlacedText {
  /** The paragraph the text belongs to, or null for headings and text outside paragraphs. */
  paragraph: number | null;
  text: string;
}

export function statementTexts(sections: Section[]): PlacedText[] {
  const out: PlacedText[] = [];
  for (const section of sections) {
    if (section.heading) out.push({ paragraph: null, text: section.heading });
    for (const sub of section.subsections) {
      if (sub.heading) out.push({ paragraph: null, text: sub.heading });
      for (const content of sub.content) contentTexts(content, out);
    }
  }
  return out;
}

function contentTexts(content: Content, out: PlacedText[]): void {
  if (content.type === 'paragraph') {
    out.push({ paragraph: content.number, text: content.text });
    for (const block of content.blocks) blockTexts(block, content.number, out);
  } else {
    blockTexts(content, null, out);
  }
}

function blockTexts(block: Block, paragraph: number | null, out: PlacedText[]): void {
  if (block.type === 'text') out.push({ paragraph, text: block.text });
  else for (const item of block.items) itemTexts(item, paragraph, out);
}

function itemTexts(item: ListItem, paragraph: number | null, out: PlacedText[]): void {
  out.push({ paragraph, text: item.text });
  for (const child of item.children) itemTexts(child, paragraph, out);
}

/** Words as a reader sees them: split on white space, nothing else changed. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}
