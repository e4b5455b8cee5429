import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { filesBelow, relativePath } from '../../src/data/tree';

/** Every file below a folder (a built site), in a stable order. */
export async function walk(dir: string): Promise<string[]> {
  return (await filesBelow(dir)).map((file) => path.join(dir, file.path)).sort();
}

/** Every file below a folder, by its path relative to it, with the SHA-256 of its bytes. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await walk(dir)) out[relativePath(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  return out;
}
