/**
 * The search page's results, rendered from its server-side template (src/components/SearchResult.astro)
 * with what the engine and the presenter computed: text nodes and <mark> elements only, nothing
 * parsed as HTML.
 */
import { formatCount, formatDate } from '../../utils/format';
import { outcomeFromName } from '../../utils/labels';
import type { ResultCard, ResultLanding, ResultPart } from '../../utils/search-result';

export interface ResultModel {
  card: ResultCard;
  landing: ResultLanding;
  pinned: boolean;
  /** Offline, and the decision is not saved on this device. */
  unsaved: boolean;
}

function excerptNodes(excerpt: ResultPart['excerpt']): DocumentFragment {
  const out = document.createDocumentFragment();
  if (excerpt.before) out.append('… ');
  for (const s of excerpt.segments) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      out.append(mark);
    } else out.append(s.text);
  }
  if (excerpt.after) out.append(' …');
  return out;
}

export function resultItem({ card, landing, pinned, unsaved }: ResultModel): HTMLLIElement {
  const template = document.getElementById('search-result') as HTMLTemplateElement;
  const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
  const part = <T extends HTMLElement>(name: string) => li.querySelector<T>(`[data-result="${name}"]`)!;
  li.classList.toggle('result--pinned', pinned);

  const link = part<HTMLAnchorElement>('link');
  link.href = landing.href;
  link.textContent = card.council;
  if (!pinned) part('pin').remove();
  part('reference').textContent = card.reference;
  const badge = part('outcome');
  const known = outcomeFromName(card.outcome);
  if (known) badge.classList.add(`badge--${known}`);
  badge.textContent = card.outcomeLabel;
  const time = part<HTMLTimeElement>('date');
  time.dateTime = card.date;
  time.textContent = card.date ? formatDate(card.date) : '';
  part('category').textContent = card.category;
  if (card.remedies) part('remedy-summary').textContent = card.remedies;
  else part('remedies').remove();

  const excerpt = part('excerpt');
  if (landing.excerpt) excerpt.append(excerptNodes(landing.excerpt));
  else excerpt.remove();
  if (landing.paragraphs > 1) {
    part('paragraphs').textContent = `${landing.paragraphs} matching paragraphs`;
    const list = part<HTMLUListElement>('parts');
    const item = list.firstElementChild!;
    const items = landing.parts.map((p) => {
      const li = item.cloneNode(true) as HTMLLIElement;
      const a = li.querySelector('a')!;
      a.href = p.href;
      a.textContent = p.label;
      li.querySelector('[data-result="part-excerpt"]')!.append(excerptNodes(p.excerpt));
      return li;
    });
    list.replaceChildren(...items);
  } else {
    part('matches').remove();
  }
  if (!unsaved) part('offline').remove();
  return li;
}

/** Every value of a filter, with how many results each would have within the current search when known. */
export function fillSelect(select: HTMLSelectElement, values: readonly string[], counts: Record<string, number> | null, selected: string, order: (a: string, b: string) => number): void {
  const list = [...new Set(selected ? [...values, selected] : values)].sort(order);
  const any = new Option(select.dataset.any ?? 'Any', '');
  select.replaceChildren(any, ...list.map((value) => new Option(counts ? `${value} (${formatCount(counts[value] ?? 0)})` : value, value)));
  select.value = selected;
}
