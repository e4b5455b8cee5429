/**
 * Everything the index pages, related links and exports need, computed once for the whole archive
 * at ingest, so that no page scans every decision.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { NamedSchema, OUTCOMES, OutcomeSchema, REMEDY_KINDS, RemedyKindSchema, type Decision, type Outcome, type Remedy, type RemedyKind } from '../schemas/decision';
import { distinctiveName, letterOf } from './authority-name';
import { OUTCOME_NAMES } from './labels';
import { addPounds, distressTotal, paymentsTotal, remedyTotal } from './remedies';
import { RemedyStatsSchema, remedyStats } from './remedy-stats';
import { similarDecisions, type TermCounts } from './similar';

export const DecisionMetaSchema = z.object({
  slug: z.string(),
  reference: z.string(),
  authority: NamedSchema,
  category: NamedSchema,
  subcategory: NamedSchema.nullable(),
  outcome: OutcomeSchema,
  outcomeLabel: z.string(),
  decisionDate: z.string(),
  summary: z.string(),
  paragraphCount: z.number().int(),
  /** Pounds of payments and refunds the agreed action names. */
  remedyTotal: z.number(),
  /** Pounds of payments alone (no refunds), for the exports. */
  paymentsTotal: z.number(),
  /** Pounds of those payments the statement says are for distress alone (src/utils/remedies.ts). */
  distressTotal: z.number(),
  /** The kinds of action agreed, each once: what lists and search results show at a glance. */
  remedyKinds: z.array(RemedyKindSchema),
  /** The decision's page on the Ombudsman's site, or null. */
  sourceUrl: z.string().nullable(),
});
export type DecisionMeta = z.infer<typeof DecisionMetaSchema>;

export function toMeta(decision: Decision): DecisionMeta {
  return {
    slug: decision.slug,
    reference: decision.reference,
    authority: decision.authority,
    category: decision.category,
    subcategory: decision.subcategory,
    outcome: decision.outcome.value,
    outcomeLabel: decision.outcome.label,
    decisionDate: decision.decisionDate,
    summary: decision.summary,
    paragraphCount: decision.paragraphCount,
    remedyTotal: remedyTotal(decision.remedies),
    paymentsTotal: paymentsTotal(decision.remedies),
    distressTotal: distressTotal(decision.remedies),
    remedyKinds: remedyKinds(decision.remedies),
    sourceUrl: decision.sourceUrl,
  };
}

/** Every kind of action the decision's remedies ask for, once each, in the schema's order. */
export function remedyKinds(remedies: Remedy[]): RemedyKind[] {
  const kinds = new Set(remedies.flatMap((r) => r.kinds));
  return REMEDY_KINDS.filter((kind) => kinds.has(kind));
}

const countsSchema = z.record(z.string(), z.number().int());
const OutcomeCountsSchema = z.object(Object.fromEntries(OUTCOMES.map((o) => [o, z.number().int()])) as Record<Outcome, z.ZodNumber>);
export type OutcomeCounts = Record<Outcome, number>;

/** A named share of a group: how many of its decisions fall in one category. */
export const CountSchema = z.object({ name: z.string(), slug: z.string(), count: z.number().int() });
export type Count = z.infer<typeof CountSchema>;

/** The earliest and the latest decision date of a group (ISO 8601): what the archive covers. */
export const DateRangeSchema = z.object({ earliest: z.string(), latest: z.string() });
export type DateRange = z.infer<typeof DateRangeSchema>;

/** Counts and money over a group of decisions: an authority, a category, an outcome, a year. */
export const GroupSchema = z.object({
  name: z.string(),
  slug: z.string(),
  count: z.number().int(),
  outcomes: OutcomeCountsSchema,
  /** Upheld as a share of decisions that were investigated (upheld + not upheld); null when none were. */
  upholdRate: z.number().nullable(),
  remedyTotal: z.number(),
  /** The group's decision dates, from the earliest to the latest; null for a group without decisions. */
  dates: DateRangeSchema.nullable(),
  years: countsSchema,
  /** Money remedies per year (oldest year first), for figures over a range of years. */
  yearRemedyTotals: z.record(z.string(), z.number()),
  /** Decisions per year (oldest year first) by outcome, for the group's chart. */
  yearOutcomes: z.record(z.string(), OutcomeCountsSchema),
  /** The group's decisions by category, most first (then by name). */
  categories: z.array(CountSchema),
  /** What its upheld decisions agreed: payments and kinds of action. */
  remedies: RemedyStatsSchema,
  /** Slugs of the group's decisions, newest first. */
  decisions: z.array(z.string()),
});
export type Group = z.infer<typeof GroupSchema>;

export const CategoryGroupSchema = GroupSchema.extend({ subcategories: z.array(GroupSchema) });
export type CategoryGroup = z.infer<typeof CategoryGroupSchema>;

/**
 * A council (or care provider) with what its own pages need: the name an A–Z files it under, and
 * its decisions by outcome and by category, so that its links stay within it. Only groups with
 * decisions are kept, so each decision is in one of each and the pages grow with the archive only.
 */
export const AuthorityGroupSchema = GroupSchema.extend({
  /** "Barnet" for "London Borough of Barnet" (see distinctiveName): what the A–Z sorts by. */
  distinctiveName: z.string(),
  letter: z.string(),
  byOutcome: z.array(GroupSchema),
  byCategory: z.array(GroupSchema),
});
export type AuthorityGroup = z.infer<typeof AuthorityGroupSchema>;

export const NeighboursSchema = z.object({
  previous: z.string().nullable(),
  next: z.string().nullable(),
  sameAuthority: z.array(z.string()),
  sameCategoryAndOutcome: z.array(z.string()),
  /** Decisions decided before it that share its distinctive words (src/utils/similar.ts), most similar first. */
  similar: z.array(z.string()),
});
export type Neighbours = z.infer<typeof NeighboursSchema>;

/** A decision's neighbours with each slug resolved to its metadata: what its page links to. */
export interface RelatedDecisions {
  previous: DecisionMeta | null;
  next: DecisionMeta | null;
  sameAuthority: DecisionMeta[];
  sameCategoryAndOutcome: DecisionMeta[];
  similar: DecisionMeta[];
}

export function relatedDecisions(neighbours: Neighbours, metaOf: (slug: string) => DecisionMeta): RelatedDecisions {
  return {
    previous: neighbours.previous === null ? null : metaOf(neighbours.previous),
    next: neighbours.next === null ? null : metaOf(neighbours.next),
    sameAuthority: neighbours.sameAuthority.map(metaOf),
    sameCategoryAndOutcome: neighbours.sameCategoryAndOutcome.map(metaOf),
    similar: neighbours.similar.map(metaOf),
  };
}

export const ArchiveIndexSchema = z.object({
  totals: GroupSchema.omit({ decisions: true }),
  /** Every decision's metadata, newest first. */
  decisions: z.array(DecisionMetaSchema),
  /** By distinctive name, A to Z. */
  authorities: z.array(AuthorityGroupSchema),
  outcomes: z.array(GroupSchema),
  categories: z.array(CategoryGroupSchema),
  years: z.array(GroupSchema),
  neighbours: z.record(z.string(), NeighboursSchema),
});
export type ArchiveIndex = z.infer<typeof ArchiveIndexSchema>;

const RELATED = 5;

/** Newest first; the reference breaks ties so that the order never depends on input order. */
export function byNewest(a: DecisionMeta, b: DecisionMeta): number {
  return a.decisionDate < b.decisionDate ? 1 : a.decisionDate > b.decisionDate ? -1 : a.slug.localeCompare(b.slug);
}

type Named = { name: string; slug: string };

/**
 * A spelling with case and spacing set aside: two spellings of one slug with the same key name one
 * council. Only visible spaces count as spacing (Unicode's space separators and tab), so that a
 * zero-width or other invisible character keeps a look-alike apart.
 */
export function spellingKey(name: string): string {
  return name.normalize('NFC').replace(/[\p{Zs}\t]+/gu, '').toLowerCase();
}

/**
 * The council each decision's authority belongs to, keyed by `councilKey`. The slug alone would
 * merge "St. Helens Council" with "St Helens Council", or a genuine council with a look-alike
 * spelling that slugs the same, and name the merged council after whichever came last. Instead:
 * spellings of one slug that differ only in case or spacing are one council, named by the spelling
 * most of its decisions use (ties: the first in code-point order, so builds are deterministic);
 * spellings that differ otherwise are councils of their own, the first in code-point order keeping
 * the plain slug and each other one the slug plus a hash of its spelling, which stays the same
 * whatever other decisions come and go.
 */
export function assignCouncils(metas: readonly DecisionMeta[]): Map<string, Named> {
  const bySlug = new Map<string, Map<string, Map<string, number>>>();
  for (const d of metas) {
    const spellings = bySlug.get(d.authority.slug) ?? new Map<string, Map<string, number>>();
    bySlug.set(d.authority.slug, spellings);
    const key = spellingKey(d.authority.name);
    const names = spellings.get(key) ?? new Map<string, number>();
    spellings.set(key, names);
    names.set(d.authority.name, (names.get(d.authority.name) ?? 0) + 1);
  }
  const councils = new Map<string, Named>();
  for (const [slug, spellings] of bySlug) {
    const clusters = [...spellings]
      .map(([key, names]) => ({ key, names, name: [...names].sort(([a, m], [b, n]) => n - m || codePointOrder(a, b))[0]![0] }))
      .sort((a, b) => codePointOrder(a.name, b.name));
    clusters.forEach(({ key, names, name }, i) => {
      const council = { name, slug: i === 0 ? slug : `${slug}-${createHash('sha256').update(key).digest('hex').slice(0, 8)}` };
      for (const spelling of names.keys()) councils.set(councilKey({ name: spelling, slug }), council);
    });
  }
  return councils;
}

function councilKey(authority: Named): string {
  return `${authority.slug}\u0000${authority.name}`;
}

function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The index, and the one place that decides which council a decision is about: each decision's
 * metadata here carries its council's name and slug (see `assignCouncils`), and every page, feed
 * and export links councils by it, never by the slug the parser gave the statement's own spelling.
 */
export function buildArchiveIndex(metas: DecisionMeta[], terms: ReadonlyMap<string, TermCounts> = new Map()): ArchiveIndex {
  const councils = assignCouncils(metas);
  const decisions = metas.map((d) => ({ ...d, authority: councils.get(councilKey(d.authority))! })).sort(byNewest);
  const bySlug = new Map(decisions.map((d) => [d.slug, d]));
  const authorities = groupBy(decisions, (d) => d.authority).map(authorityGroup).sort(byDistinctiveName);
  const categories = groupBy(decisions, (d) => d.category).map((group) => ({
    ...group,
    subcategories: groupBy(
      group.decisions.map((slug) => bySlug.get(slug)!),
      subcategoryOf,
    ),
  }));
  const outcomes = OUTCOMES.map((o) => group({ name: OUTCOME_NAMES[o], slug: o }, decisions.filter((d) => d.outcome === o)));
  const years = groupBy(decisions, (d) => ({ name: d.decisionDate.slice(0, 4), slug: d.decisionDate.slice(0, 4) })).sort((a, b) =>
    b.slug.localeCompare(a.slug),
  );

  const similar = similarDecisions(decisions.map((d) => ({ slug: d.slug, decisionDate: d.decisionDate, terms: terms.get(d.slug) ?? [] })));
  const neighbours: Record<string, Neighbours> = {};
  const byCategoryOutcome = new Map<string, string[]>();
  for (const d of decisions) {
    const key = sameCategoryAndOutcome(d);
    byCategoryOutcome.set(key, [...(byCategoryOutcome.get(key) ?? []), d.slug]);
  }
  for (const authority of authorities) {
    authority.decisions.forEach((slug, i, list) => {
      const d = bySlug.get(slug)!;
      const key = sameCategoryAndOutcome(d);
      neighbours[slug] = {
        // Previous means older, as a reader paging back through the authority's decisions expects.
        previous: list[i + 1] ?? null,
        next: list[i - 1] ?? null,
        sameAuthority: nearest(list, i),
        sameCategoryAndOutcome: nearest(byCategoryOutcome.get(key)!, byCategoryOutcome.get(key)!.indexOf(slug)),
        similar: similar.get(slug) ?? [],
      };
    });
  }
  const { decisions: _all, ...totals } = group({ name: 'All decisions', slug: 'all' }, decisions);
  return { totals, decisions, authorities, outcomes, categories, years, neighbours };

  function authorityGroup(council: Group): AuthorityGroup {
    const members = council.decisions.map((slug) => bySlug.get(slug)!);
    const name = distinctiveName(council.name);
    return {
      ...council,
      distinctiveName: name,
      letter: letterOf(name),
      byOutcome: OUTCOMES.flatMap((o) => {
        const of = members.filter((d) => d.outcome === o);
        return of.length > 0 ? [group({ name: OUTCOME_NAMES[o], slug: o }, of)] : [];
      }),
      byCategory: groupBy(members, (d) => d.category),
    };
  }

  function groupBy(list: DecisionMeta[], key: (d: DecisionMeta) => { name: string; slug: string }): Group[] {
    const groups = new Map<string, { named: { name: string; slug: string }; members: DecisionMeta[] }>();
    for (const d of list) {
      const named = key(d);
      const entry = groups.get(named.slug) ?? { named, members: [] };
      entry.members.push(d);
      groups.set(named.slug, entry);
    }
    return [...groups.values()]
      .map(({ named, members }) => group(named, members))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || codePointOrder(a.slug, b.slug));
  }
}

/**
 * The subcategory a decision is listed under within its category: a decision that names none is
 * listed under "Other", with those that name it so. Subcategories are only ever grouped within
 * their category (the archive index's `categories[].subcategories`, /categories/<category>/<sub>/),
 * so "Other" of one category is never "Other" of another.
 */
function subcategoryOf(d: DecisionMeta): Named {
  return d.subcategory ?? { name: 'Other', slug: 'other' };
}

/** Decisions with the same key are related as "also <outcome> in <subcategory>". */
function sameCategoryAndOutcome(d: DecisionMeta): string {
  return `${d.category.slug}/${subcategoryOf(d).slug}/${d.outcome}`;
}

function group(named: { name: string; slug: string }, members: DecisionMeta[]): Group {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
  const years: Record<string, number> = {};
  const yearRemedies: Record<string, number[]> = {};
  const yearOutcomes: Record<string, OutcomeCounts> = {};
  const categories = new Map<string, Count>();
  for (const m of members) {
    outcomes[m.outcome]++;
    const year = m.decisionDate.slice(0, 4);
    years[year] = (years[year] ?? 0) + 1;
    (yearRemedies[year] ??= []).push(m.remedyTotal);
    (yearOutcomes[year] ??= Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts)[m.outcome]++;
    const category = categories.get(m.category.slug) ?? { name: m.category.name, slug: m.category.slug, count: 0 };
    category.count++;
    categories.set(m.category.slug, category);
  }
  const investigated = outcomes.upheld + outcomes['not-upheld'];
  return {
    name: named.name,
    slug: named.slug,
    count: members.length,
    outcomes,
    upholdRate: investigated === 0 ? null : outcomes.upheld / investigated,
    remedyTotal: addPounds(members.map((m) => m.remedyTotal)),
    dates: dateRange(members),
    years: Object.fromEntries(Object.entries(years).sort(([a], [b]) => a.localeCompare(b))),
    yearRemedyTotals: Object.fromEntries(Object.entries(yearRemedies).sort(([a], [b]) => a.localeCompare(b)).map(([year, sums]) => [year, addPounds(sums)])),
    yearOutcomes: Object.fromEntries(Object.entries(yearOutcomes).sort(([a], [b]) => a.localeCompare(b))),
    categories: [...categories.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en')),
    remedies: remedyStats(members),
    decisions: [...members].sort(byNewest).map((m) => m.slug),
  };
}

function dateRange(members: DecisionMeta[]): DateRange | null {
  if (members.length === 0) return null;
  let { decisionDate: earliest } = members[0]!;
  let latest = earliest;
  for (const { decisionDate } of members) {
    if (decisionDate < earliest) earliest = decisionDate;
    if (decisionDate > latest) latest = decisionDate;
  }
  return { earliest, latest };
}

function byDistinctiveName(a: AuthorityGroup, b: AuthorityGroup): number {
  return a.distinctiveName.localeCompare(b.distinctiveName, 'en') || a.name.localeCompare(b.name, 'en') || codePointOrder(a.slug, b.slug);
}

/** Up to RELATED other slugs, those nearest in date to position i first. */
function nearest(list: string[], i: number): string[] {
  const out: string[] = [];
  for (let step = 1; out.length < RELATED && (i - step >= 0 || i + step < list.length); step++) {
    if (i - step >= 0) out.push(list[i - step]!);
    if (out.length < RELATED && i + step < list.length) out.push(list[i + step]!);
  }
  return out;
}
