/**
 * The output folder is kept between builds (vite.build.emptyOutDir: false in astro.config.mjs), so
 * that the pages Astro's incremental build keeps stay where they are instead of being copied back
 * from its cache (60,000 decision pages, 3 GB, on every rebuild). This step, the first at the end
 * of the build, removes what this build did not write: the pages of withdrawn decisions, an old
 * build's scripts and styles, and everything the later steps write afresh (decision JSON, the
 * search index, the service worker), so that the folder is what a clean build would give.
 */
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildReporter } from './build-report.ts';

export function pruneEarlierBuilds(report: BuildReporter): AstroIntegration {
  let publicDir = '';
  let started = 0;
  return {
    name: 'archive:prune',
    hooks: {
      'astro:config:setup': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => report.phase('prune', async () => {
        const site = fileURLToPath(dir);
        // Every page and endpoint of this build, kept or rendered, and the public files Vite copied.
        const written = new Set([...assets.values()].flat().map((url) => relative(site, fileURLToPath(url))));
        for (const file of await files(publicDir).catch(() => [])) written.add(relative(publicDir, file));
        let removed = 0;
        for (const file of await files(site)) {
          const name = relative(site, file);
          if (written.has(name)) continue;
          // Vite writes every script and style of this build, changed or not.
          if (name.startsWith('_astro/') && (await stat(file)).mtimeMs >= started) continue;
          await rm(file);
          removed++;
        }
        await removeEmptyFolders(site);
        if (removed) logger.info(`${removed.toLocaleString('en-GB')} files of an earlier build removed`);
        report.record({ pruned: { files: removed } });
      }),
    },
  };
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(full)));
    else out.push(full);
  }
  return out;
}

async function removeEmptyFolders(dir: string): Promise<boolean> {
  let empty = true;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && (await removeEmptyFolders(path.join(dir, entry.name)))) await rmdir(path.join(dir, entry.name));
    else empty = false;
  }
  return empty;
}
