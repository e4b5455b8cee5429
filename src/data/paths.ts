import { readConfig } from '../config';

/**
 * Where ingest writes the typed entries and the archive index, and where Astro reads them:
 * content/generated, or ARCHIVE_GENERATED so that tests and benchmarks can build side by side.
 */
export function generatedDir(): string {
  return readConfig().ARCHIVE_GENERATED;
}
