/**
 * The councils index, enhanced (GOV.UK's sortable table pattern: a button in each column's header,
 * aria-sort on the sorted one, the new order announced): every authority in one table, from
 * figures.json, sortable by each column and with its figures recomputed for a range of years.
 * Without this script the page is the server's: 100 to a page, A to Z, and no year filter.
 */
import { CouncilFiguresSchema } from '../contracts/council-figures';
import { firstDirection, rowsBetween, sortRows, SORT_KEYS, type CouncilRow, type Direction, type SortKey } from '../utils/council-table';
import { capitalise, formatCount, formatMoney, formatShare } from '../utils/format';

const isSortKey = (key: string | undefined): key is SortKey => (SORT_KEYS as readonly (string | undefined)[]).includes(key);

export async function startCouncilTable(table: HTMLTableElement): Promise<void> {
  const response = await fetch(table.dataset.councilFigures ?? '').catch(() => null);
  if (!response?.ok) return;
  const parsed = CouncilFiguresSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return;
  const { councils, years } = parsed.data;
  if (years.length === 0) return;

  const form = document.querySelector<HTMLFormElement>('[data-year-filter]')!;
  const from = form.querySelector<HTMLSelectElement>('select[name="from"]')!;
  const to = form.querySelector<HTMLSelectElement>('select[name="to"]')!;
  const status = document.querySelector<HTMLElement>('[data-councils-status]')!;
  const caption = table.querySelector<HTMLElement>('[data-councils-caption]')!;
  const aToZ = document.querySelector<HTMLElement>('[data-councils-a-z]');
  const template = document.getElementById('council-row') as HTMLTemplateElement;
  const body = table.tBodies[0]!;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];

  let key: SortKey = 'name';
  let direction: Direction = 'ascending';

  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent?.trim() ?? '';
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const column = th.dataset.sort;
      if (!isSortKey(column)) return;
      direction = column === key ? (direction === 'ascending' ? 'descending' : 'ascending') : firstDirection(column);
      key = column;
      render(true);
    });
  }
  for (const select of [from, to]) {
    select.addEventListener('change', () => {
      // A range the wrong way round is read as the reader meant it.
      if (from.value > to.value) (select === from ? to : from).value = select.value;
      render(true);
    });
  }
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-councils-pagination]')?.setAttribute('hidden', '');

  const render = (announce: boolean) => {
    const rows = sortRows(rowsBetween(councils, from.value, to.value), key, direction);
    body.replaceChildren(...rows.map(rowOf));
    for (const th of headers) {
      if (th.dataset.sort === key) th.setAttribute('aria-sort', direction);
      else th.removeAttribute('aria-sort');
    }
    markLetters(rows);
    const column = headers.find((th) => th.dataset.sort === key)?.textContent?.trim().toLowerCase() ?? key;
    const span = from.value === to.value ? `in ${from.value}` : `from ${from.value} to ${to.value}`;
    const what = `${formatCount(rows.length)} ${rows.length === 1 ? 'authority' : 'authorities'} with decisions ${span}`;
    const order = `sorted by ${column}, ${orderWords(key, direction)}`;
    caption.textContent = `All ${what}, ${order}, with their decisions, uphold rate and money remedies`;
    if (announce) status.textContent = `${capitalise(what)}, ${order}.`;
  };

  const rowOf = (row: CouncilRow): HTMLTableRowElement => {
    const tr = (template.content.firstElementChild as HTMLTableRowElement).cloneNode(true) as HTMLTableRowElement;
    const part = (name: string) => tr.querySelector<HTMLElement>(`[data-council="${name}"]`)!;
    const link = part('link') as HTMLAnchorElement;
    link.href = row.council.href;
    link.textContent = row.council.distinctiveName;
    if (row.council.distinctiveName === row.council.name) part('name').remove();
    else part('name').textContent = row.council.name;
    part('count').textContent = formatCount(row.count);
    part('rate').textContent = formatShare(row.upheld, row.investigated);
    part('money').textContent = formatMoney(row.remedyTotal);
    return tr;
  };

  /** In name order the A–Z jumps to each letter's first row on this page; in any other it has nothing to jump to. */
  const markLetters = (rows: CouncilRow[]) => {
    if (!aToZ) return;
    aToZ.hidden = key !== 'name';
    if (key !== 'name') return;
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const id = `letter-${row.council.letter === '#' ? 'other' : row.council.letter.toLowerCase()}`;
      if (!seen.has(id)) body.rows[i]!.id = id;
      seen.add(id);
    });
    for (const link of aToZ.querySelectorAll<HTMLAnchorElement>('a[data-letter]')) {
      link.href = `#${link.dataset.letter}`;
      link.parentElement!.hidden = !seen.has(link.dataset.letter!);
    }
  };

  render(false);
  // A link to a letter ("/councils/3/#letter-m") lands on the row it names, now that all are here.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  table.dataset.enhanced = '';
}

function orderWords(key: SortKey, direction: Direction): string {
  if (key === 'name') return direction === 'ascending' ? 'A to Z' : 'Z to A';
  return direction === 'ascending' ? 'lowest first' : 'highest first';
}
