import { citation, citationFollowing, citedParagraph, type Citable } from '../utils/format';

/**
 * The citation's progressive enhancement: a Copy button in the panel (hidden until this runs), a
 * citation that follows the paragraph in the address (#p18 → "…, para 18, …#p18"), and a "Copy
 * citation for para 18" button on the paragraph the address points at, where a reader on a phone
 * is, far from the panel. Without JavaScript the citation is plain text a reader can select and
 * no button shows.
 */
export function enhanceCitation(panel: HTMLElement): void {
  const text = panel.querySelector<HTMLElement>('[data-citation]');
  const button = panel.querySelector<HTMLButtonElement>('button[data-copy]');
  const status = panel.querySelector<HTMLElement>('[data-copy-status]');
  if (!text || !button || !status) return;
  const { authority = '', reference = '', date = '', url } = text.dataset;
  const decision: Citable = { authority, reference, date, url: url || null };
  const paragraphs = Number(text.dataset.paragraphs ?? 0);

  /** The anchor in the address ("p18", "p34b") when it is a paragraph or sub-item this page has, else null. */
  const cited = () => {
    const anchor = decodeURIComponent(location.hash.slice(1));
    const paragraph = citedParagraph(anchor);
    if (!paragraph || Number.parseInt(paragraph, 10) > paragraphs || !document.getElementById(anchor)) return null;
    return anchor;
  };
  // The citation's own markup (which keeps the reference and the date from breaking across lines)
  // stays; only the parts that follow the paragraph change.
  const slots = {
    pinpoint: text.querySelector<HTMLElement>('[data-citation-paragraph]'),
    address: text.querySelector<HTMLElement>('[data-citation-address]'),
  };
  const update = () => {
    const following = citationFollowing(decision, cited());
    for (const role of ['pinpoint', 'address'] as const) if (slots[role]) slots[role].textContent = following[role];
    status.textContent = '';
  };
  update();
  addEventListener('hashchange', update);

  const copy = async (value: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(value);
      status.textContent = `Copied: ${value}`;
      return true;
    } catch {
      // No clipboard (an insecure context, or permission refused): select the panel's citation,
      // which follows the address, for Ctrl+C instead.
      const range = document.createRange();
      range.selectNodeContents(text);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      status.textContent = 'The citation is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
      return false;
    }
  };

  button.hidden = false;
  button.addEventListener('click', () => void copy(citation(decision, cited())));

  for (const own of document.querySelectorAll<HTMLButtonElement>('button[data-cite-paragraph]')) {
    const anchor = own.dataset.citeParagraph ?? '';
    const label = own.textContent ?? '';
    own.hidden = false;
    own.addEventListener('click', async () => {
      // The panel's status tells a screen reader; the button tells the eye, where the reader is.
      if (await copy(citation(decision, anchor))) {
        own.textContent = 'Copied';
        setTimeout(() => (own.textContent = label), 4000);
      } else text.scrollIntoView({ block: 'center' });
    });
  }
}

export function enhanceAll(): void {
  for (const panel of document.querySelectorAll<HTMLElement>('[data-citation-panel]')) enhanceCitation(panel);
}
