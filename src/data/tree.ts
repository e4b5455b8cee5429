/**
 * The files below a folder, as readdir's own recursive walk finds them (a symbolic link is listed,
 * not followed), in tree order: each folder's entries by name, a folder's contents where its name
 * falls among its neighbours'. What depends on that order (the build id's hash, the service
 * worker's lists) was first computed by a walk that sorted each folder, and plain path order differs
 * from it: "pagefind/shards.json" would come before "pagefind/shards/…".
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface TreeFile {
  /** Relative to the folder, '/'-separated. */
  path: string;
  entry: Dirent;
}

/** Every entry below `dir` but its folders, in tree order. */
export async function filesBelow(dir: string): Promise<TreeFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => {
      const relative = relativePath(dir, path.join(entry.parentPath, entry.name));
      return { key: treeKey(relative), file: { path: relative, entry } };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ file }) => file);
}

/** A file's path inside a folder, '/'-separated as in a URL, whatever the platform's separator. */
export function relativePath(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

/**
 * A '/'-separated path as a key whose code-unit order is tree order: the separator ranks below any
 * character a name can hold (NUL is the one a name cannot), so "a/b" comes before "a.b" and "ab".
 */
function treeKey(relative: string): string {
  return relative.replaceAll('/', '\0');
}
