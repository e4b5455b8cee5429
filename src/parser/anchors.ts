/**
 * Anchors a reader can link to and cite below the paragraph: the lettered sub-items of a paragraph
 * (published as a), b), c), and i), ii) one level deeper: "paragraph 34(b)" is #p34b), and the
 * blocks outside any paragraph, which have no number (#b1, #b2, … in reading order).
 */
import type { ListItem, Section } from '../schemas/decision';

const ROMAN: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** 1 → "a", 26 → "z", 27 → "aa". */
export function letter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

/** 1 → "i", 4 → "iv", 12 → "xii". */
export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, numeral] of ROMAN) {
    const times = Math.floor(rest / value);
    out += numeral.repeat(times);
    rest -= times * value;
  }
  return out;
}

/**
 * Sets every label and anchor on sections the caller has just built and owns: in place, since a
 * copy of every statement's tree showed in the parser's profile.
 */
export function placeAnchors(sections: Section[]): Section[] {
  let block = 0;
  for (const section of sections) {
    for (const sub of section.subsections) {
      for (const content of sub.content) {
        if (content.type === 'paragraph') {
          for (const b of content.blocks) if (b.type === 'list') labelItems(b.items, b.ordered, `p${content.number}`, 0);
        } else {
          content.anchor = `b${++block}`;
          // Letters a summary page printed ("a) apologise …") are shown; the block's anchor serves them.
          if (content.type === 'list') for (const item of content.items) if (/^[a-z]+$/.test(item.marker)) item.label = item.marker;
        }
      }
    }
  }
  return sections;
}

/**
 * Numbered items take the letters of their depth among numbered lists (a, b, … then i, ii, …);
 * bullets take none, but numbered lists below them are still lettered from their own depth.
 */
function labelItems(items: ListItem[], ordered: boolean, prefix: string, depth: number): void {
  items.forEach((item, i) => {
    // A letter the copy printed is the page's own; a number is the scrape's, replaced by the page's letter.
    const printed = /^[a-z]+$/.test(item.marker) ? item.marker : null;
    const label = printed ?? (ordered && depth < 2 ? (depth === 0 ? letter(i + 1) : roman(i + 1)) : null);
    const anchor = label === null ? null : depth === 0 ? `${prefix}${label}` : `${prefix}-${label}`;
    item.label = label;
    item.anchor = anchor;
    const childrenOrdered = item.children.every((c) => /^(\d+|[a-z]+)$/.test(c.marker));
    labelItems(item.children, childrenOrdered, anchor ?? prefix, label === null ? depth : depth + 1);
  });
}

/** Every sub-item anchor of a statement, for linking "paragraph 34(b)" to #p34b. */
export function itemAnchors(sections: Section[]): Set<string> {
  const anchors = new Set<string>();
  const walk = (items: ListItem[]) => {
    for (const item of items) {
      if (item.anchor) anchors.add(item.anchor);
      walk(item.children);
    }
  };
  for (const section of sections) {
    for (const sub of section.subsections) {
      for (const content of sub.content) {
        if (content.type === 'paragraph') for (const block of content.blocks) if (block.type === 'list') walk(block.items);
      }
    }
  }
  return anchors;
}
