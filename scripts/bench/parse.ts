/** Parse throughput: the tree's own parser over every statement of the corpus, in this process, on one core. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { status } from './console';
import { round } from './format';

export interface ParseResult {
  files: number;
  bytes: number;
  seconds: number;
  mbPerSecond: number;
  msPerStatement: number;
  failures: number;
  examples: { file: string; errors: string[]; snippet: string }[];
}

export async function parseThroughput(tree: string, dir: string, timeoutMs: number): Promise<ParseResult> {
  // The parser of the tree under test, which may not be this file's.
  const parser = (await import(pathToFileURL(path.join(tree, 'src/parser/index.ts')).href)) as typeof import('../../src/parser/index');
  const decode = (await import(pathToFileURL(path.join(tree, 'src/parser/decode.ts')).href)) as typeof import('../../src/parser/decode');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const deadline = performance.now() + timeoutMs;
  // Warm the JIT first (up to 1,000 statements, untimed): steady throughput, not start-up, is the figure.
  for (const file of files.slice(0, 1000)) {
    const decoded = decode.decodeSource(await readFile(path.join(dir, file)));
    if (decoded.ok) parser.parseStatement(decoded.value);
  }
  let bytes = 0;
  let seconds = 0;
  let parsed = 0;
  let failures = 0;
  const examples: ParseResult['examples'] = [];
  for (const file of files) {
    if (performance.now() > deadline) throw new Error(`stopped after the step limit, ${parsed} of ${files.length} parsed`);
    const raw = await readFile(path.join(dir, file));
    const decoded = decode.decodeSource(raw);
    if (!decoded.ok) throw new Error(`${file}: ${decoded.errors[0]?.code}`);
    const started = performance.now();
    const result = parser.parseStatement(decoded.value);
    seconds += (performance.now() - started) / 1000;
    bytes += raw.length;
    parsed++;
    if (!result.ok) {
      failures++;
      if (examples.length < 3) {
        const lines = decoded.value.split('\n');
        const line = result.errors[0]?.line ?? 1;
        examples.push({ file, errors: result.errors.map((e) => parser.formatError(file, e)), snippet: lines.slice(Math.max(0, line - 3), line + 2).join('\n') });
      }
    }
    if (parsed % 500 === 0) status(`parse ${parsed}/${files.length}`);
  }
  return { files: parsed, bytes, seconds: round(seconds, 3), mbPerSecond: round(bytes / 1e6 / seconds, 1), msPerStatement: round((seconds * 1000) / parsed, 3), failures, examples };
}
