/** What a run works on: the project's tree, the machine it runs on, and the synthetic corpus. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../generate-corpus';
import { status } from './console';
import { round } from './format';

export interface CorpusResult {
  files: number;
  bytes: number;
  seconds: number;
  meanBytes: number;
}

/** N statements of the seed's sequence in `out`. */
export async function generateCorpus(n: number, seed: number, out: string): Promise<CorpusResult> {
  let written = 0;
  const corpus = await writeCorpus({ n, seed, out, onFile: () => ++written % 500 === 0 && status(`generate (N=${n}) ${written}/${n}`) });
  return { ...corpus, seconds: round(corpus.seconds, 2), meanBytes: Math.round(corpus.bytes / corpus.files) };
}

/**
 * The project's files in a temporary folder, sharing its node_modules: the working tree as it is now
 * (tracked and untracked files, less what .gitignore excludes), or the committed tree (HEAD).
 */
export async function treeCopy(root: string, head: boolean): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'archive-bench-tree-'));
  const dir = path.join(parent, 'tree');
  await mkdir(dir);
  if (head) {
    execFileSync('sh', ['-c', `git -C "${root}" archive HEAD | tar -x -C "${dir}"`]);
  } else {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .split('\0')
      .filter((f) => f !== '' && !f.startsWith('node_modules/'));
    for (const file of files) {
      const from = path.join(root, file);
      if (!existsSync(from)) continue; // deleted in the working tree
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await copyFile(from, path.join(dir, file));
    }
  }
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** The machine and the versions a run's figures depend on; the commit of the project at `root`. */
export async function machine(root: string, tree: string): Promise<Record<string, string | number>> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const version = async (pkg: string) => (JSON.parse(await readFile(path.join(tree, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    cpus: os.availableParallelism(),
    cpuModel: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    kernel: os.release(),
    node: process.version,
    astro: await version('astro').catch(() => '?'),
    pagefind: await version('pagefind').catch(() => '?'),
    loadAverageAtStart: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length,
  };
}
