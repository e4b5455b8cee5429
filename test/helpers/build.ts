/**
 * The real build, as `npm run build` runs it (ingest, then astro build, which ends with Pagefind and
 * the service worker), into folders of the test's own so that builds with other sources never touch
 * the developer's content/ or dist/.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'node_modules/.bin');

export interface BuiltSite {
  /** The folder that holds the three below. */
  work: string;
  dist: string;
  generated: string;
  /** Output of every step, for assertions on the messages a user sees. */
  log: string;
  /** Exit code of the first failing step, or 0. */
  code: number;
}

export interface BuildOptions {
  sources?: string;
  base?: string;
  lenient?: boolean;
  /** Stop after ingest. */
  ingestOnly?: boolean;
  /** More environment for both steps (e.g. ARCHIVE_SEARCH_SHARD_SIZE). */
  env?: Record<string, string>;
  /** Build in this folder (its dist, generated and cache), as a rebuild would; a new one otherwise. */
  work?: string;
  /** Keep Astro's log of every page it renders or keeps from its cache. */
  verbose?: boolean;
}

/**
 * Test builds live inside the project folder (under .cache/, which git ignores), not in the system's
 * temporary folder: Astro stages the pages it prerenders in `<outDir>/.prerender/` when the output
 * folder is inside the working folder, but in the project's one `.astro/.prerender/` when it is not,
 * and removes that folder when its build ends, under any other build still rendering from it.
 * Test files build at the same time, so each build needs its own.
 */
const TEST_BUILDS = path.join(ROOT, '.cache', 'test-builds');

export async function buildSite(options: BuildOptions = {}): Promise<BuiltSite> {
  const work = options.work ?? (await newWorkFolder());
  const dist = path.join(work, 'dist');
  const generated = path.join(work, 'generated');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: '1',
    ARCHIVE_GENERATED: generated,
    ARCHIVE_CACHE_DIR: path.join(work, 'cache'),
    ...(options.sources ? { ARCHIVE_SOURCES: options.sources } : {}),
    ...(options.base ? { ARCHIVE_BASE: options.base } : {}),
    ...(options.lenient ? { ARCHIVE_LENIENT: '1' } : {}),
    ...options.env,
  };
  // Vitest puts its own import.meta.env into process.env (BASE_URL=/, MODE=test, DEV=1, PROD='') and sets
  // NODE_ENV=test; the build would read them back into the site's import.meta.env: links would lose
  // ARCHIVE_BASE, and PROD would be false. Build as `npm run build` does.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  let log = '';
  const steps: [string, string[]][] = [
    [path.join(BIN, 'tsx'), ['scripts/ingest.ts']],
    // Astro's build ends with the Pagefind index and the service worker (astro.config.mjs).
    [path.join(BIN, 'astro'), ['build', '--outDir', dist, ...(options.verbose ? [] : ['--silent'])]],
  ];
  for (const [command, args] of options.ingestOnly ? steps.slice(0, 1) : steps) {
    const { code, output } = await run(command, args, env);
    log += output;
    if (code !== 0) return { work, dist, generated, log, code };
  }
  return { work, dist, generated, log, code: 0 };
}

async function newWorkFolder(): Promise<string> {
  await mkdir(TEST_BUILDS, { recursive: true });
  return mkdtemp(path.join(TEST_BUILDS, 'build-'));
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
