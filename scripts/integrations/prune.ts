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
import { rm, rmdir, stat } from 'node:fs/promises';
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
        const removed: string[] = [];
        for (const { path: name } of await filesBelow(site)) {
          if (written.has(name) || owned.some((owns) => owns(name))) continue;
          const file = path.join(site, name);
          // Vite writes every script and style of this build, changed or not.
          if (name.startsWith('_astro/') && (await stat(file)).mtimeMs >= started) continue;
          await rm(file);
          removed.push(name);
        }
        await removeEmptyFolders(site, removed);
        if (removed.length) logger.info(`${removed.length.toLocaleString('en-GB')} files of an earlier build removed`);
        report.record({ pruned: { files: removed.length } });
      }),
    },
  };
}

/**
 * The folders that held the removed files, and those above them, where left with nothing in them;
 * `dir` itself stays. Only those (asking each of 70,000 folders took seconds): the steps that keep
 * their own files (decision JSON, the search index) remove their own emptied folders.
 */
async function removeEmptyFolders(dir: string, removed: string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of removed) {
    for (let folder = path.posix.dirname(file); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder);
  }
  // Deepest first, so that a folder whose only content was an emptied folder goes too.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    await rmdir(path.join(dir, folder)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST' && error.code !== 'ENOENT') throw error;
    });
  }
}
