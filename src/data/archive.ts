/**
 * The archive index that ingest computed, read once per build and shared by every page, so that
 * no page scans the whole collection.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatedDir } from './paths';
import type { PaginateFunction } from 'astro';
import { ArchiveIndexSchema, type ArchiveIndex, type DecisionMeta, type Group } from '../utils/archive-index';

let cached: ArchiveIndex | undefined;
let metaBySlug: Map<string, DecisionMeta> | undefined;

export function archive(): ArchiveIndex {
  if (!cached) {
    const file = path.join(generatedDir(), 'archive.json');
    cached = ArchiveIndexSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  }
  return cached;
}

export function decisionMeta(slug: string): DecisionMeta {
  metaBySlug ??= new Map(archive().decisions.map((d) => [d.slug, d]));
  const meta = metaBySlug.get(slug);
  if (!meta) throw new Error(`no decision ${slug} in the archive index`);
  return meta;
}

export const PAGE_SIZE = 50;

/** The pages of each group's decisions, newest first, PAGE_SIZE a page: every index lists this way. */
export function paginateGroups<K extends string>(paginate: PaginateFunction, groups: Group[], param: K) {
  return groups.flatMap((group) =>
    paginate(group.decisions.map(decisionMeta), { params: { [param]: group.slug } as Record<K, string>, props: { group }, pageSize: PAGE_SIZE }),
  );
}
