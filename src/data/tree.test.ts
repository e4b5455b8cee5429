import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow } from './tree';

/** The walk the build id and the service worker's lists were first computed with: each folder sorted by name. */
async function sortedWalk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await sortedWalk(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

async function tree(files: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'archive-tree-'));
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), file);
  }
  return dir;
}

describe('filesBelow', () => {
  it('lists a folder’s contents where its name falls, as a walk that sorts each folder does, not in plain path order', async () => {
    const dir = await tree(['pagefind/shards.json', 'pagefind/shards/2019-abc/pagefind-entry.json', 'pagefind/shards-old', 'pagefind/pagefind.js', 'a.ts', 'a/b.ts', 'ab/c.ts', 'B.ts', 'é.ts', 'z/y/x.ts']);
    const listed = (await filesBelow(dir)).map((f) => f.path);
    expect(listed).toEqual(await sortedWalk(dir));
    expect(listed).toEqual(['B.ts', 'a/b.ts', 'a.ts', 'ab/c.ts', 'pagefind/pagefind.js', 'pagefind/shards/2019-abc/pagefind-entry.json', 'pagefind/shards-old', 'pagefind/shards.json', 'z/y/x.ts', 'é.ts']);
    expect([...listed].sort()).not.toEqual(listed);
  });

  it('lists a symbolic link as itself, without following it into a folder', async () => {
    const dir = await tree(['real/file.txt']);
    await symlink(path.join(dir, 'real'), path.join(dir, 'link'));
    const listed = await filesBelow(dir);
    expect(listed.map((f) => [f.path, f.entry.isSymbolicLink()])).toEqual([
      ['link', true],
      ['real/file.txt', false],
    ]);
  });

  it('lists nothing for an empty folder, and no folder itself', async () => {
    const dir = await tree([]);
    await mkdir(path.join(dir, 'empty/inner'), { recursive: true });
    expect(await filesBelow(dir)).toEqual([]);
  });
});
