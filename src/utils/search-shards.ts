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
 * The shards, newest first. With `newestSize` below `maxSize`, the newest whole months, up to
 * `newestSize` decisions (at least one month), are a shard of their own, ahead of the rest: the
 * search page asks it first, so that its first results come from a small index, and new decisions
 * of the latest months re-index mostly it (as a month begins, the months it lets go join the next
 * shard, which is indexed again then).
 */
export function planSearchShards(decisions: readonly Dated[], maxSize: number, newestSize = maxSize): SearchShard[] {
  if (newestSize >= maxSize) return planByYears(decisions, maxSize);
  const months = [...new Set(decisions.map((d) => d.decisionDate.slice(0, 7)))].sort().reverse();
  const count = new Map<string, number>();
  for (const d of decisions) count.set(d.decisionDate.slice(0, 7), (count.get(d.decisionDate.slice(0, 7)) ?? 0) + 1);
  const newest: string[] = [];
  let size = 0;
  for (const month of months) {
    if (newest.length && size + count.get(month)! > newestSize) break;
    newest.push(month);
    size += count.get(month)!;
  }
  // Every month of the archive in the newest shard: no other shard.
  if (newest.length === months.length) return planByYears(decisions, Number.POSITIVE_INFINITY);
  const inNewest = new Set(newest);
  const first: SearchShard = {
    id: `${newest.at(-1)}_${newest[0]}`,
    slugs: decisions.filter((d) => inNewest.has(d.decisionDate.slice(0, 7))).map((d) => d.slug),
  };
  return [first, ...planByYears(decisions.filter((d) => !inNewest.has(d.decisionDate.slice(0, 7))), maxSize)];
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
