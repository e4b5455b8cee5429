/**
 * A decision's searchable text as the words of its page that the search index reads, in the page's
 * order, with the weight of each and the places where its parts begin: the title, the summary, and
 * the statement's sections other than the ones every statement repeats (src/utils/boilerplate.ts).
 * The shape is the one Pagefind gives of a result (its text, and the elements with an id, with their
 * places), so that the search results' presenter (src/utils/search-result.ts) reads either. Pure.
 *
 * Left out, as the index leaves them out: the paragraph numbers and list labels, the sections
 * every statement repeats, and the page's navigation. Left out here though the index reads them:
 * the remedies panel's lines ("Apology", "£300 … within a month", "para 32"), the archive's summary
 * of what the statement words below it; a first page's results so never land in the panel, and
 * their links may carry a form of the word fewer to mark. Headings weigh 1 here, where Pagefind
 * weighs them more; a result lands on a numbered paragraph where one matches, whatever the headings.
 */
import type { DecisionText } from '../contracts/first-page';
import { isBoilerplateSection } from './boilerplate';
import type { Anchor } from './search-paragraphs';
import { answersWord } from './search-match';
import { wordLanding, type ResultFragment, type ResultLanding } from './search-result';

/** The weights the decision page gives its title and summary (data-pagefind-weight). */
export const TITLE_WEIGHT = 10;
export const SUMMARY_WEIGHT = 5;
/** The words of the summary's heading on the page. */
const SUMMARY_HEADING = 'Summary';

type Section = DecisionText['sections'][number];
type Content = Section['subsections'][number]['content'][number];
type Block = Exclude<Content, { type: 'paragraph' }>;
type ListItem = Extract<Block, { type: 'list' }>['items'][number];

export interface SearchText {
  /** The page's indexed words as printed ("(apologised),"), split at white space. */
  words: string[];
  /** Each word's weight, in step with `words`. */
  weights: number[];
  /** Headings and numbered paragraphs (and lettered items), each at the place of its first word. */
  anchors: Anchor[];
}

/**
 * `page` is what the page around the statement says: its title, and the id of its summary's heading
 * (src/presenters/decision-view.ts).
 */
export function searchText(decision: DecisionText, page: { title: string; summaryId: string }): SearchText {
  return textOf(decision, page, true);
}

/**
 * The head of a decision's searchable text, its title and summary, with their weights (and no
 * parts): what the first pages are ranked by (src/utils/first-page.ts). The words a decision's page
 * weighs most, and a hundred or so of them rather than thousands.
 */
export function headText(decision: Pick<DecisionText, 'summary'>, page: { title: string }): SearchText {
  return textOf({ summary: decision.summary, sections: [] }, { ...page, summaryId: '' }, false);
}

function textOf(decision: DecisionText, page: { title: string; summaryId: string }, whole: boolean): SearchText {
  const words: string[] = [];
  const weights: number[] = [];
  const anchors: Anchor[] = [];
  const add = (text: string, weight = 1) => {
    for (const word of text.split(/\s+/)) {
      if (!word) continue;
      words.push(word);
      weights.push(weight);
    }
  };
  const anchor = (element: string, id: string, text?: string) => anchors.push({ element, id, ...(text === undefined ? {} : { text }), location: words.length });
  const heading = (element: string, id: string, text: string) => {
    anchor(element, id, text);
    add(text);
  };
  const items = (list: ListItem[]) => {
    for (const item of list) {
      if (item.anchor) anchor('li', item.anchor);
      add(item.text);
      items(item.children);
    }
  };
  const block = (b: Block) => {
    if (b.anchor) anchor(b.type === 'list' ? 'ol' : 'p', b.anchor);
    if (b.type === 'list') items(b.items);
    else add(b.text);
  };

  add(page.title, TITLE_WEIGHT);
  if (whole) heading('h2', page.summaryId, SUMMARY_HEADING);
  add(decision.summary, SUMMARY_WEIGHT);
  for (const section of decision.sections) {
    if (isBoilerplateSection(section.heading)) continue;
    if (section.heading) heading('h2', section.id, section.heading);
    for (const sub of section.subsections) {
      if (sub.heading && sub.id) heading('h3', sub.id, sub.heading);
      for (const content of sub.content) {
        if (content.type === 'paragraph') {
          anchor('div', `p${content.number}`);
          add(content.text);
          content.blocks.forEach(block);
        } else block(content);
      }
    }
  }
  return { words, weights, anchors };
}

/** Letters a word's stem may differ from it in at its end (Porter2 rewrites only a word's ending). */
const STEM_ENDING = 2;

/**
 * Where a search of these stems' words lands in a decision, and what it shows of its matches (the search
 * page, for a decision of a first page ranked at build time: src/contracts/first-page.ts): the decision's searchable text in the shape of Pagefind's
 * fragment, with the places of the words that answer the stem.
 */
export function stemLanding(text: SearchText, url: string, stems: readonly string[]): ResultLanding {
  // Stemming every word of a statement would take tens of milliseconds: only the words that could
  // answer, those holding a stem's beginning, are stemmed.
  const beginnings = stems.map((stem) => stem.slice(0, Math.max(1, stem.length - STEM_ENDING)));
  const weighted_locations: ResultFragment['weighted_locations'] = [];
  text.words.forEach((printed, location) => {
    const lower = printed.toLowerCase();
    const bare = lower.replace(/[\p{P}]/gu, '');
    if (!beginnings.some((b) => lower.includes(b) || bare.includes(b))) return;
    if (stems.some((stem) => answersWord(stem, printed))) weighted_locations.push({ location, balanced_score: text.weights[location] ?? 1 });
  });
  return wordLanding({ url, content: text.words.join(' '), word_count: text.words.length, anchors: text.anchors, weighted_locations }, text.words);
}
