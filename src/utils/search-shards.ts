/**
 * The search index is split into shards of consecutive decision dates, because Pagefind holds
 * everything it indexes in memory (about 0.7 MB a decision page: ≈ 40 GB for 60,000 decisions in
 * one index). Each shard is indexed by its own Pagefind process, and the browser merges them.
 *
 * Shards are date ranges that do not overlap, listed newest first (the first is the primary index): a search sorted by date is then
 * the shards' own sorted results one after another (see scripts/integrations/pagefind.ts). A shard
 * is one or more whole years when they fit, else a run of whole months of one year, so that adding
 * decisions to the latest year leaves the other shards, and their cached indexes, as they were.
 */
import { INDEX_END_MARKER } from '../contracts/search-index';

export interface SearchShard {
  /** `2019`, `2013-2016` for whole years, `2019-01-06` for January to June 2019, or `2024-10_2024-11` for the newest months. */
  id: string;
  /** Slugs of the shard's decisions, in the order given. */
  slugs: string[];
}

interface Dated {
  slug: string;
  decisionDate: string;
}

/**
 * The shards, newest first. With `newestSize` below `maxSize`, the newest whole months, at most
 * `newestSize` decisions (at least one month), are a shard of their own, ahead of the rest: the
 * search page asks it first, so that its first results come from a small index.
 *
 * Where it begins moves in steps of half its size, counted from the oldest decision (as lists are
 * paged, src/utils/listing.ts): it begins after the month of the decision at the last whole step
 * before the newest. New decisions of the latest months then re-index it alone until half its size
 * more have come; only then does the boundary move, and the months it lets go join the next shard,
 * which is indexed again once. (A boundary kept at the newest `newestSize` would move with every
 * update, and re-index the next shard, of thousands of decisions, every time.)
 */
export function planSearchShards(decisions: readonly Dated[], maxSize: number, newestSize = maxSize): SearchShard[] {
  if (newestSize >= maxSize || decisions.length <= newestSize) return planByYears(decisions, newestSize >= maxSize ? maxSize : Number.POSITIVE_INFINITY);
  const months = decisions.map((d) => d.decisionDate.slice(0, 7)).sort();
  const step = Math.max(1, Math.floor(newestSize / 2));
  // At least `step` decisions from the one at the boundary to the newest, fewer than twice that.
  const boundary = months[Math.floor((months.length - step) / step) * step]!;
  // The months after the boundary's own (fewer than 2 × step decisions); the boundary's month
  // alone where it is the newest.
  const after = months.at(-1)! > boundary ? (m: string) => m > boundary : (m: string) => m >= boundary;
  const inNewest = decisions.filter((d) => after(d.decisionDate.slice(0, 7)));
  const newest = inNewest.map((d) => d.decisionDate.slice(0, 7)).sort();
  const first: SearchShard = { id: `${newest[0]}_${newest.at(-1)}`, slugs: inNewest.map((d) => d.slug) };
  const rest = decisions.filter((d) => !after(d.decisionDate.slice(0, 7)));
  return rest.length ? [first, ...planByYears(rest, maxSize)] : planByYears(decisions, Number.POSITIVE_INFINITY);
}

function planByYears(decisions: readonly Dated[], maxSize: number): SearchShard[] {
  const byMonth = new Map<string, string[]>();
  for (const d of decisions) {
    const month = d.decisionDate.slice(0, 7);
    let slugs = byMonth.get(month);
    if (!slugs) byMonth.set(month, (slugs = []));
    slugs.push(d.slug);
  }
  const years = new Map<string, string[]>();
  for (const month of [...byMonth.keys()].sort()) {
    const year = month.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push(month);
  }

  const shards: SearchShard[] = [];
  const count = (months: string[]) => months.reduce((n, m) => n + byMonth.get(m)!.length, 0);
  const slugsOf = (months: string[]) => months.flatMap((m) => byMonth.get(m)!);
  // Whole years, oldest first, packed together while they fit: new decisions, which are mostly of
  // the latest year, then change the newest shard only.
  let pack: { first: string; last: string; months: string[] } | null = null;
  const closePack = () => {
    if (pack) shards.push({ id: pack.first === pack.last ? pack.first : `${pack.first}-${pack.last}`, slugs: slugsOf(pack.months) });
    pack = null;
  };
  for (const [year, months] of years) {
    const size = count(months);
    if (size <= maxSize) {
      if (pack && count(pack.months) + size > maxSize) closePack();
      pack ??= { first: year, last: year, months: [] };
      pack.last = year;
      pack.months.push(...months);
      continue;
    }
    closePack();
    // A year too large for one shard: runs of whole months. A month larger than the limit stays whole.
    let run: string[] = [];
    const closeRun = () => {
      if (run.length) shards.push({ id: `${year}-${run[0]!.slice(5)}-${run.at(-1)!.slice(5)}`, slugs: slugsOf(run) });
      run = [];
    };
    for (const month of months) {
      if (run.length && count(run) + byMonth.get(month)!.length > maxSize) closeRun();
      run.push(month);
    }
    closeRun();
  }
  closePack();
  return shards.reverse();
}

/**
 * The part of a page the search index depends on: the bytes before INDEX_END_MARKER, when the
 * element that Pagefind indexes (data-pagefind-body) has closed before it and nothing after it
 * carries a data-pagefind attribute; otherwise the whole page. A shard's cache key hashes this, so
 * that a change to a page's links to other decisions, which Pagefind never reads, does not force
 * its shard to be indexed again.
 */
export function indexedPart(html: Buffer): Buffer {
  const end = html.indexOf(INDEX_END_MARKER);
  if (end < 0) return html;
  const head = html.subarray(0, end);
  if (html.indexOf('data-pagefind', end) >= 0) return html;
  const body = head.indexOf('data-pagefind-body');
  const tag = body < 0 ? null : /^<([a-z][a-z0-9-]*)/i.exec(head.subarray(head.lastIndexOf('<', body), body).toString('latin1'))?.[1];
  if (!tag) return html;
  return occurrences(head, `<${tag}`) === occurrences(head, `</${tag}>`) ? head : html;
}

function occurrences(haystack: Buffer, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    // "<article" must not count "<articles": the next byte ends the tag name.
    const next = haystack[at + needle.length];
    if (needle.endsWith('>') || next === undefined || !/[a-z0-9-]/i.test(String.fromCharCode(next))) n++;
  }
  return n;
}

/** Whether an archive's search index has more than one shard: its searches of words then have a first page of their own (src/contracts/first-page.ts). */
export function hasFirstPage(decisions: readonly Dated[], maxSize: number, newestSize = maxSize): boolean {
  return planSearchShards(decisions, maxSize, newestSize).length > 1;
}
