/**
 * `astro build`, as `npm run build` runs it after ingest. Astro prints a line for every page it
 * writes or keeps: 60,000 lines for 60,000 decisions, on a terminal and in CI alike. Here those
 * lines become one progress line on a terminal (pages so far, and the rate), and a summary in CI or
 * a pipe; everything else Astro and the archive's integrations print is passed through. Arguments
 * go to `astro build` (`npm run build -- --outDir /tmp/site`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { pageLine } from './lib/astro-log';
import { Progress } from './lib/progress';

const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  // Astro colours its log for a terminal only; this pipe is one when the user's is.
  env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
});

const progress = new Progress('pages', null, (line) => console.log(line));
let rendered = 0;
let kept = 0;
for (const [stream, write] of [
  [child.stdout, (line: string) => console.log(line)],
  [child.stderr, (line: string) => console.error(line)],
] as const) {
  createInterface({ input: stream }).on('line', (line) => {
    const page = pageLine(line);
    if (!page) return progress.note(line, write);
    if (page.kept) kept++;
    else rendered++;
    progress.tick();
  });
}

child.on('close', (code, signal) => {
  if (rendered + kept > 0) progress.done(`${rendered.toLocaleString('en-GB')} rendered, ${kept.toLocaleString('en-GB')} kept from the last build`);
  process.exit(code ?? (signal ? 1 : 0));
});
