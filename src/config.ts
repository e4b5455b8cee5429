/**
 * The archive's settings, read from the environment here and nowhere else. README.md ("Deployment")
 * documents each variable with its default, and test/readme.test.ts holds the table to this schema.
 *
 * An empty variable counts as unset. A value that is set but wrong stops whatever reads it (ingest,
 * the Astro config, the integrations) with one message per variable, the same everywhere:
 * `ARCHIVE_OFFLINE_LIMIT_MB must be a number of megabytes, 0 or more, not "ten"`.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import * as z from 'zod';

/** The end of a message that follows the variable's name. */
const must = (what: string) => ({ error: (issue: { input?: unknown }) => `must be ${what}, not ${JSON.stringify(issue.input)}` });

const wholeNumber = (unit: string) =>
  z
    .string()
    .refine((raw) => Number.isInteger(Number(raw)) && Number(raw) >= 1, must(`a whole number of ${unit}`))
    .transform(Number);

/** A folder, relative to the project folder (where npm runs the build) or absolute. */
const folder = (fallback: string) =>
  z
    .string()
    .transform((dir) => path.resolve(dir))
    .prefault(fallback);

const ConfigSchema = z.object({
  // No default: an archive published with a made-up address would point its canonical links, feeds
  // and sitemap elsewhere. Unset, what needs an absolute address is left out (SITE_UNSET).
  ARCHIVE_SITE: z.url({ protocol: /^https?$/, ...must('the http(s) address of the site, such as https://decisions.example.org') }).optional(),
  ARCHIVE_BASE: z.string().startsWith('/', must('the path the archive is served under, from "/", such as /archive/')).default('/'),
  ARCHIVE_SOURCES: folder('content/sources'),
  ARCHIVE_LENIENT: z.stringbool(must('1 (publish the valid sources, report the rest) or 0')).default(false),
  ARCHIVE_GENERATED: folder('content/generated'),
  // Astro's own default (node_modules/.astro) when unset; Astro resolves it from the project folder.
  ARCHIVE_CACHE_DIR: z.string().optional(),
  ARCHIVE_OFFLINE_LIMIT_MB: z
    .string()
    .refine((raw) => Number.isFinite(Number(raw)) && Number(raw) >= 0, must('a number of megabytes, 0 or more'))
    .transform(Number)
    .default(10),
  ARCHIVE_SEARCH_SHARD_SIZE: wholeNumber('decisions').default(3000),
  // The newest months' shard, which the search page asks first (src/utils/search-shards.ts).
  ARCHIVE_SEARCH_NEWEST_SIZE: wholeNumber('decisions').default(600),
  // Pagefind uses about one core, and each shard's memory is bounded (scripts/integrations/pagefind.ts).
  ARCHIVE_SEARCH_JOBS: wholeNumber('processes').default(() => Math.max(1, Math.min(2, availableParallelism()))),
});

export type Config = z.output<typeof ConfigSchema>;
export type ConfigName = keyof Config;
export const CONFIG_NAMES = Object.keys(ConfigSchema.shape) as ConfigName[];

/** What the build says, once, when ARCHIVE_SITE is unset (astro.config.mjs). */
export const SITE_UNSET =
  'ARCHIVE_SITE is not set: canonical links, feeds, the sitemap and absolute addresses are left out; set it to the address the archive is served from';

/** Invalid settings: the message names each variable and says what it must be. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

let last: { key: string; config: Config } | undefined;

/** The settings, from process.env unless told otherwise; throws ConfigError, naming each wrong variable. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const given = CONFIG_NAMES.map((name) => env[name] || undefined);
  // Read once per build, however many pages ask (60,000 decisions ask for the generated folder).
  const key = JSON.stringify(given);
  if (last?.key === key) return last.config;
  const result = ConfigSchema.safeParse(Object.fromEntries(CONFIG_NAMES.map((name, i) => [name, given[i]])));
  if (!result.success) throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('\n'));
  last = { key, config: result.data };
  return result.data;
}
