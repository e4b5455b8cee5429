/**
 * The archive index that ingest computed, read once per build and shared by every page, so that
 * no page scans the whole collection. Ingest validated what it holds (every decision against the
 * Decision schema before its metadata went in), so it is read as the typed file it is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatedDir } from './paths';
import type { ArchiveIndex } from '../utils/archive-index';

let cached: ArchiveIndex | undefined;

export function archive(): ArchiveIndex {
  if (!cached) {
    const file = path.join(generatedDir(), 'archive.json');
    cached = JSON.parse(readFileSync(file, 'utf8')) as ArchiveIndex;
  }
  return cached;
}
