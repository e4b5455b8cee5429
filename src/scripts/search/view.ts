/**
 * The search page's results, rendered from its server-side template (src/components/SearchResult.astro)
 * with what the engine and the presenter computed: text nodes and <mark> elements only, nothing
 * parsed as HTML.
 */
import { formatDate } from '../../utils/format';
import { outcomeFromName } from '../../utils/labels';
import type { ResultLanding, ResultPart } from '../../utils/search-result';
import type { Fragment } from './engine';

export interface ResultModel {
  fragment: Fragment;
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

export function resultItem({ fragment, landing, pinned, unsaved }: ResultModel): HTMLLIElement {
  const template = document.getElementById('search-result') as HTMLTemplateElement;
  const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
  const part = <T extends HTMLElement>(name: string) => li.querySelector<T>(`[data-result="${name}"]`)!;
  li.classList.toggle('result--pinned', pinned);

  const link = part<HTMLAnchorElement>('link');
  link.href = landing.href;
  link.textContent = fragment.filters.council?.[0] ?? fragment.meta.title ?? fragment.url;
  if (!pinned) part('pin').remove();
  part('reference').textContent = fragment.meta.reference ?? '';
  // The outcome filter holds the archive's name of the outcome; the badge shows the label as printed.
  const outcome = fragment.filters.outcome?.[0] ?? '';
  const badge = part('outcome');
  const known = outcomeFromName(outcome);
  if (known) badge.classList.add(`badge--${known}`);
  badge.textContent = fragment.meta.outcome?.trim() || outcome;
  const time = part<HTMLTimeElement>('date');
  const date = fragment.meta.date ?? '';
  time.dateTime = date;
  time.textContent = date ? formatDate(date) : '';
  part('category').textContent = fragment.filters.subcategory?.[0] ?? fragment.filters.category?.[0] ?? '';
  const remedies = fragment.meta.remedies?.trim();
  if (remedies) part('remedy-summary').textContent = remedies;
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
  select.replaceChildren(any, ...list.map((value) => new Option(counts ? `${value} (${(counts[value] ?? 0).toLocaleString('en-GB')})` : value, value)));
  select.value = selected;
}
