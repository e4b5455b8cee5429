import { citedParagraph, paragraphPinpoint } from '../utils/format';

/**
 * The citation panel's progressive enhancement: a Copy button (hidden until this runs), and a
 * citation that follows the paragraph in the address (#p18 → "…, para 18"). Without JavaScript
 * the citation is plain text a reader can select.
 */
export function enhanceCitation(panel: HTMLElement): void {
  const text = panel.querySelector<HTMLElement>('[data-citation]');
  const button = panel.querySelector<HTMLButtonElement>('button[data-copy]');
  const status = panel.querySelector<HTMLElement>('[data-copy-status]');
  if (!text || !button || !status) return;
  const citation = text.dataset.citation ?? text.textContent ?? '';
  const paragraphs = Number(text.dataset.paragraphs ?? 0);

  /** "18" for #p18, "34(b)" for #p34b: a paragraph or sub-item this page has, else "". */
  const paragraph = () => {
    const anchor = decodeURIComponent(location.hash.slice(1));
    const cited = citedParagraph(anchor);
    if (!cited || Number.parseInt(cited, 10) > paragraphs || !document.getElementById(anchor)) return '';
    return cited;
  };
  // The citation's own markup (which keeps the reference and the date from breaking across lines)
  // stays; only the paragraph after it changes.
  const suffix = text.querySelector<HTMLElement>('[data-citation-paragraph]');
  const current = () => citation + paragraphPinpoint(paragraph());
  const update = () => {
    if (suffix) suffix.textContent = paragraphPinpoint(paragraph());
    else text.textContent = current();
    status.textContent = '';
  };
  update();
  addEventListener('hashchange', update);

  button.hidden = false;
  button.addEventListener('click', async () => {
    const value = current();
    try {
      await navigator.clipboard.writeText(value);
      status.textContent = `Copied: ${value}`;
    } catch {
      // No clipboard (an insecure context, or permission refused): select it for Ctrl+C instead.
      const range = document.createRange();
      range.selectNodeContents(text);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      status.textContent = 'The citation is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  });
}

export function enhanceAll(): void {
  for (const panel of document.querySelectorAll<HTMLElement>('[data-citation-panel]')) enhanceCitation(panel);
}
