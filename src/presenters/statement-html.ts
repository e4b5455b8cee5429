/**
 * The statement itself as HTML: its sections, subheadings, numbered paragraphs and unnumbered
 * blocks, verbatim, every word of text escaped. The sections every statement has in the same words
 * are shown but kept out of the search index, so that they neither match nearly every search nor
 * fill its excerpts.
 *
 * A string template rather than nested Astro components: the statement is most of a decision
 * page's markup, and the components' per-element rendering was a fifth of a decision page's render
 * time at 2,000 (BENCHMARKS.md, "Ingest's work in its threads, the statement as one string"). The
 * markup is the one the components made, byte for byte (statement-html.test.ts holds it to their
 * rules).
 */
import type { Block, Content, ListItem, Paragraph, Section } from '../schemas/decision';
import { isBoilerplateSection } from '../utils/boilerplate';
import type { StatementLinks } from './statement-links';

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text as Astro escapes an expression's text: & < > ' " as entities. */
export function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => ESCAPED[c]!);
}

/** An attribute's value as Astro writes it: & and " as entities. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

export function statementHtml(sections: Section[], links: StatementLinks): string {
  let html = '<div class="statement">';
  for (const section of sections) html += sectionHtml(section, links);
  return `${html}</div>`;
}

function sectionHtml(section: Section, links: StatementLinks): string {
  const labelled = section.heading ? ` aria-labelledby="${attribute(section.id)}"` : ` id="${attribute(section.id)}"`;
  const ignored = isBoilerplateSection(section.heading) ? ' data-pagefind-ignore' : '';
  let html = `<section${labelled}${ignored}>`;
  if (section.heading) html += headingHtml(2, section.id, section.heading);
  for (const sub of section.subsections) {
    if (sub.heading && sub.id) html += headingHtml(3, sub.id, sub.heading);
    for (const content of sub.content) html += contentHtml(content, links);
  }
  return `${html}</section>`;
}

/** A heading with its own anchor beside it, not inside it, so that its name stays its words. */
function headingHtml(level: 2 | 3, id: string, text: string): string {
  const anchor = attribute(id);
  return (
    `<div class="anchored anchored--h${level}"><h${level} id="${anchor}">${escapeText(text)}</h${level}>` +
    `<a class="heading-anchor" href="#${anchor}" data-pagefind-ignore><span class="visually-hidden">Link to “${escapeText(text)}”</span><span aria-hidden="true">#</span></a></div>`
  );
}

function contentHtml(content: Content, links: StatementLinks): string {
  return content.type === 'paragraph' ? paragraphHtml(content, links) : blockHtml(content, links, null);
}

/**
 * A numbered paragraph. Its number is the permalink to #pN, the way the statement is cited, with a
 * pilcrow shown on hover and focus. The citation button (src/components/citation.ts shows it, with
 * JavaScript) comes first, so that Tab after following the link reaches it.
 */
function paragraphHtml(paragraph: Paragraph, links: StatementLinks): string {
  // Escaped though the schema makes it a number: the page reads the entry without validating it again.
  const number = escapeText(String(paragraph.number));
  const id = `p${number}`;
  let html =
    `<div class="para" id="${id}">` +
    `<button type="button" class="button button--secondary para-cite no-print" data-cite-paragraph="${id}" data-pagefind-ignore hidden>Copy citation for para ${number}</button>` +
    `<a class="para-number" href="#${id}" data-pagefind-ignore><span class="visually-hidden">Paragraph </span>${number}.<span class="permalink" aria-hidden="true">¶</span></a>` +
    `<p>${linkedText(paragraph.text, links, paragraph.number)}</p>`;
  for (const block of paragraph.blocks) html += blockHtml(block, links, paragraph.number);
  return `${html}</div>`;
}

/** A text line or a list, inside a paragraph or directly in a subsection (where each has its own anchor). */
function blockHtml(block: Block, links: StatementLinks, from: number | null): string {
  if (block.type === 'list') return listHtml(block.items, links, from, block.anchor);
  const anchored = block.anchor ? ` id="${attribute(block.anchor)}" class="block"` : '';
  return `<p${anchored}>${linkedText(block.text, links, from)}</p>`;
}

/**
 * A list as the page published it. Numbered sub-items show their letters, a), b), … each a
 * permalink to its own anchor, the way statements cite them. role="list": Safari drops the list
 * role of a list drawn without markers.
 */
function listHtml(items: ListItem[], links: StatementLinks, from: number | null, id: string | null | undefined): string {
  const ordered = items.every((i) => /^(\d+|[a-z]+)$/.test(i.marker));
  const lettered = items.every((i) => i.label !== null);
  const tag = ordered ? 'ol' : 'ul';
  const classes = ['items', ...(lettered ? ['items--lettered'] : []), ...(id ? ['block'] : [])].join(' ');
  let html = `<${tag}${id ? ` id="${attribute(id)}"` : ''}${lettered ? ' role="list"' : ''} class="${classes}">`;
  for (const item of items) {
    html += `<li${item.anchor ? ` id="${attribute(item.anchor)}"` : ''}>`;
    if (item.anchor) {
      html += `<a class="item-label" href="#${attribute(item.anchor)}" data-pagefind-ignore><span class="visually-hidden">Item </span>${escapeText(item.label ?? '')})</a>`;
    } else if (item.label) {
      html += `<span class="item-label" data-pagefind-ignore>${escapeText(item.label)})</span>`;
    }
    html += linkedText(item.text, links, from);
    if (item.children.length > 0) html += listHtml(item.children, links, from, undefined);
    html += '</li>';
  }
  return `${html}</${tag}>`;
}

/** Text with its references to other paragraphs ("see paragraph 18", "paragraph 34(b)") as links. */
function linkedText(text: string, links: StatementLinks, from: number | null): string {
  let html = '';
  for (const s of links.segments(text, from)) html += s.type === 'text' ? escapeText(s.text) : `<a href="#${attribute(s.anchor)}">${escapeText(s.text)}</a>`;
  return html;
}
