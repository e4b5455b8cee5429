/**
 * On a decision opened from a search result, the words the search found are marked (<mark>) in the
 * statement, so that the reader sees at once why the paragraph they landed on matched. Text nodes
 * are split, never parsed as HTML; the marks are plain elements, styled by the site's stylesheet
 * (the Content-Security-Policy allows no inline style).
 */
import { highlightRanges, highlightWords } from '../utils/highlight';
import { HIGHLIGHT_PARAM } from '../contracts/highlight';

export function highlight(root: Element, search = location.search): number {
  const words = highlightWords(search, HIGHLIGHT_PARAM);
  if (!words.size) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    // Not inside what search never indexed (the paragraph numbers, hidden fields) or a mark already.
    acceptNode: (node) => (node.parentElement?.closest('[data-pagefind-ignore], mark, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let marked = 0;
  for (const node of nodes) {
    const ranges = highlightRanges(node.data, words);
    // From the end, so that earlier offsets stay valid as the node is split.
    for (const [start, end] of ranges.reverse()) {
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      word.replaceWith(mark);
      mark.append(word);
      marked++;
    }
  }
  return marked;
}

const statement = document.querySelector('[data-pagefind-body]');
if (statement) {
  const count = highlight(statement);
  if (count) document.documentElement.dataset.highlighted = String(count);
}
