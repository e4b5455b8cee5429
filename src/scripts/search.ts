/**
 * Search over the Pagefind index, with our own accessible markup. The state lives in the URL
 * (/search/?q=…&outcome=…), so a shared link reproduces a search and Back/Forward work.
 */
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (
    term: string | null,
    o: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[]; filters: FilterCounts; unfilteredResultCount: number }>;
}

const FILTERS = ['council', 'outcome', 'category', 'subcategory', 'year'] as const;
const PAGE = 20;
const REFERENCE = /^\s*(\d{2})[\s-]?(\d{3})[\s-]?(\d{3})([a-z]?)\s*$/i;

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const base = (form.dataset.base ?? '/').replace(/\/?$/, '/');
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const moreWrap = document.getElementById('search-more-wrap')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const selects = new Map(FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[name="${f}"]`)!]));

  status.textContent = 'Loading search…';
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  const allFilters = await pagefind.filters();

  let shown: PagefindResult[] = [];
  let pinned: string | null = null;
  let run = 0;

  const readState = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    sort.value = params.get('sort') ?? '';
    for (const [name, select] of selects) fillSelect(select, allFilters[name] ?? {}, params.get(name) ?? '');
  };

  const search = async () => {
    const current = ++run;
    const term = input.value.trim();
    const filters: Record<string, string> = {};
    for (const [name, select] of selects) if (select.value) filters[name] = select.value;
    const sortBy = sort.value === 'newest' ? { date: 'desc' as const } : sort.value === 'oldest' ? { date: 'asc' as const } : undefined;
    if (term === '' && Object.keys(filters).length === 0 && !sortBy) {
      list.replaceChildren();
      moreWrap.hidden = true;
      status.textContent = 'Type a word or a reference, or choose a filter.';
      return;
    }
    status.textContent = 'Searching…';
    const reference = REFERENCE.exec(term);
    pinned = reference ? await findReference(base, reference) : null;
    const response = await pagefind.search(reference ? null : term || null, { filters, ...(sortBy ? { sort: sortBy } : {}) });
    if (current !== run) return;
    const results = reference ? [] : response.results;
    for (const [name, select] of selects) fillSelect(select, response.filters[name] ?? allFilters[name] ?? {}, select.value);
    shown = [];
    list.replaceChildren();
    if (pinned) list.append(await pinnedItem(base, pinned));
    await showMore(results);
    const count = results.length + (pinned ? 1 : 0);
    status.textContent =
      count === 0
        ? `No decisions match${term ? ` “${term}”` : ''}. Try fewer or different words, or remove a filter.`
        : `${count.toLocaleString('en-GB')} ${count === 1 ? 'decision' : 'decisions'} found.`;
  };

  const showMore = async (results: PagefindResult[]) => {
    const next = results.slice(shown.length, shown.length + PAGE);
    const items = await Promise.all(next.map(async (r) => resultItem(await r.data())));
    list.append(...items);
    shown = shown.concat(next);
    moreWrap.hidden = shown.length >= results.length;
    more.onclick = async () => {
      const firstNew = shown.length;
      await showMore(results);
      list.querySelectorAll('a')[firstNew + (pinned ? 1 : 0)]?.focus();
    };
  };

  const pushState = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [name, select] of selects) if (select.value) params.set(name, select.value);
    if (sort.value) params.set('sort', sort.value);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    pushState();
    void search();
  });
  for (const select of [...selects.values(), sort]) {
    select.addEventListener('change', () => {
      pushState();
      void search();
    });
  }
  window.addEventListener('popstate', () => {
    readState();
    void search();
  });
  readState();
  await search();
}

function fillSelect(select: HTMLSelectElement, counts: Record<string, number>, selected: string): void {
  const options = Object.entries(counts)
    .filter(([value, n]) => n > 0 || value === selected)
    .sort(([a], [b]) => (select.name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
  const any = new Option('Any', '');
  select.replaceChildren(any, ...options.map(([value, n]) => new Option(`${value} (${n})`, value)));
  if (selected && !options.some(([value]) => value === selected)) select.append(new Option(`${selected} (0)`, selected));
  select.value = selected;
}

/** A reference typed in any usual form goes straight to its decision, if the archive has it. */
async function findReference(base: string, match: RegExpExecArray): Promise<string | null> {
  const slug = `${match[1]}-${match[2]}-${match[3]}${match[4]!.toLowerCase()}`;
  try {
    const response = await fetch(`${base}decisions/${slug}.json`);
    return response.ok ? slug : null;
  } catch {
    return null;
  }
}

async function pinnedItem(base: string, slug: string): Promise<HTMLLIElement> {
  const data = (await (await fetch(`${base}decisions/${slug}.json`)).json()) as {
    authority: { name: string };
    reference: string;
    outcome: { label: string; value: string };
    decisionDate: string;
    summary: string;
  };
  return item(`${base}decisions/${slug}/`, `${data.authority.name} (${data.reference})`, data.outcome.label, data.decisionDate, document.createTextNode(data.summary));
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  return item(data.url, data.meta.title ?? data.url, data.meta.outcome ?? '', data.meta.date ?? '', excerpt(data.excerpt));
}

function item(url: string, title: string, outcome: string, date: string, summary: Node): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = title;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const badge = document.createElement('span');
  badge.className = `badge badge--${outcomeSlug(outcome)}`;
  badge.textContent = outcome;
  const time = document.createElement('time');
  time.dateTime = date;
  time.textContent = date ? new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';
  meta.append(badge, ' · ', time);
  const p = document.createElement('p');
  p.className = 'muted';
  p.append(summary);
  li.append(heading, meta, p);
  return li;
}

function outcomeSlug(label: string): string {
  const l = label.toLowerCase();
  return l.startsWith('not upheld') ? 'not-upheld' : l.startsWith('upheld') ? 'upheld' : 'closed-after-initial-enquiries';
}

/** Pagefind's excerpt is escaped text with <mark> around matches; keep only those marks. */
function excerpt(html: string): Node {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of doc.body.firstChild!.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}
