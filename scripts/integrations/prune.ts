/**
 * The output folder is kept between builds (vite.build.emptyOutDir: false in astro.config.mjs), so
 * that the pages Astro's incremental build keeps stay where they are instead of being copied back
 * from its cache (60,000 decision pages, 3 GB, on every rebuild). This step, the first at the end
 * of the build, removes what this build did not write: the pages of withdrawn decisions, an old
 * build's scripts and styles, and what the later steps write afresh (the service worker), so that
 * the folder is what a clean build would give. Files a later step keeps up to date itself (each
 * decision's JSON, the search index) are left to it: it keeps what is still right and removes the
 * rest, instead of this step removing 60,000 files for that step to write back.
 */
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesBelow, relativePath } from '../../src/data/tree.ts';
import type { BuildReporter } from './build-report.ts';

/** Whether a later step keeps a file (its path in the site) up to date itself. */
export type OwnedBy = (file: string) => boolean;

export function pruneEarlierBuilds(report: BuildReporter, owned: OwnedBy[] = []): AstroIntegration {
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
        const written = new Set([...assets.values()].flat().map((url) => relativePath(site, fileURLToPath(url))));
        for (const file of await filesBelow(publicDir).catch(() => [])) written.add(file.path);
        let removed = 0;
        for (const { path: name } of await filesBelow(site)) {
          if (written.has(name) || owned.some((owns) => owns(name))) continue;
          const file = path.join(site, name);
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

/** Every folder below `dir` left with no file in it, however deep; `dir` itself stays. */
async function removeEmptyFolders(dir: string): Promise<void> {
  const folders = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name));
  // Longest paths first: a folder's own folders go before it, so one that held only empty folders is empty by its turn.
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    await rmdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  }
}
