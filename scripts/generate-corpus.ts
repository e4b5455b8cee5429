/**
 * A synthetic corpus of decision statements in the raw scraped text format, for benchmarks:
 *
 *   npm run generate-corpus -- --n 1000 --seed 1 --out /tmp/corpus [--start 0] [--recent]
 *
 * Each statement is written as it is copied from the Ombudsman's website (title line, header fields,
 * summary, sections closed by "Back to top", paragraphs numbered "  1." afresh in every block,
 * bullets and nested lists, the sign-off and the page noise after it); 1 in 50 in the compact layout
 * (no blank lines, no "Back to top"), and a third of those decided from 2022 on in the compact list
 * layout (every paragraph and item a "- " line). The same seed gives byte-identical files; statement i depends
 * only on the seed and i, so `--start 1000 --n 100` adds 100 statements to a corpus of 1000 with
 * references that are still unique; `--recent` makes those new statements the newest decisions
 * (registered in 2025, decided in its last two months), as the next batch a live archive publishes.
 * Every statement comes with what the generator meant it to hold (`expected`), so a test can check
 * the parser reads it back.
 *
 * The generator itself is in scripts/corpus/: random (seeded draws), calendar (dates), parties,
 * places and phrases (what is drawn from), structure (sections and paragraph kinds), writer (the
 * slots and sentences of one statement, and what it is meant to hold), paragraphs (the sentences of
 * every paragraph), render (the text layouts), statement (one statement) and corpus (the sequence).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pMap from 'p-map';
import { generateCorpus, type CorpusOptions } from './corpus/corpus';

export { generateCorpus, type CorpusOptions } from './corpus/corpus';
export type { ExpectedDecision, GeneratedStatement } from './corpus/statement';

export interface WrittenCorpus {
  files: number;
  bytes: number;
  seconds: number;
}

export async function writeCorpus(options: CorpusOptions & { out: string; onFile?: () => void }): Promise<WrittenCorpus> {
  const started = performance.now();
  await mkdir(options.out, { recursive: true });
  let files = 0;
  let bytes = 0;
  // p-map draws statements from the generator only as writes finish, so memory stays flat.
  await pMap(
    generateCorpus(options),
    async (statement) => {
      const data = Buffer.from(statement.text, 'utf8');
      bytes += data.length;
      files++;
      options.onFile?.();
      await writeFile(path.join(options.out, statement.file), data);
    },
    { concurrency: 64 },
  );
  return { files, bytes, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      start: { type: 'string', default: '0' },
      recent: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const usage = 'usage: npm run generate-corpus -- --n 1000 --seed 1 --out /tmp/corpus [--start 0] [--recent]';
  if (values.help) {
    console.log(usage);
    return;
  }
  if (!values.out) {
    console.error(usage);
    process.exit(2);
  }
  const n = Number(values.n);
  const seed = Number(values.seed);
  const start = Number(values.start);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || !Number.isInteger(start) || start < 0) {
    console.error('generate-corpus: --n, --seed and --start must be whole numbers (n ≥ 1)');
    process.exit(2);
  }
  const { Progress } = await import('./lib/progress');
  const progress = new Progress('generate-corpus', n);
  const out = path.resolve(values.out);
  const written = await writeCorpus({ n, seed, start, recent: values.recent, out, onFile: () => progress.tick() });
  progress.done(`${written.files} statements, ${(written.bytes / 1e6).toFixed(1)} MB (${Math.round(written.bytes / written.files)} bytes each) in ${out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
